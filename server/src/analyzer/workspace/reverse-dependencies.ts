/**
 * Which files' findings may change when one file changes (from the last analysis):
 *  - a profile or INCLUDE member -> every stack that reads it -> every file of every stack in those
 *    sysplexes (cross-stack checks such as no-backup) and every file of the Liberty servers of those
 *    sysplexes (bind-not-covered);
 *  - a Liberty file -> the files of the servers that read it (Liberty findings land on Liberty files
 *    only);
 *  - the config file, or anything before a first analysis -> every known file.
 */
import type { AnalysisResult, FileKind } from './analysis.js';
import { uriKey } from '../base/uris.js';

export function reverseDependencies(uri: string, kind: FileKind | undefined, result: AnalysisResult | undefined, knownUris: readonly string[]): Set<string> {
  const affected = new Set<string>([uri]);
  if (!result || kind === 'config') {
    for (const known of knownUris) affected.add(known);
    return affected;
  }
  const key = uriKey(uri);
  const readers = result.servers.filter((server) => server.fileUris.some((file) => uriKey(file) === key));
  for (const server of readers) for (const file of server.fileUris) affected.add(file);

  const stacks = result.model.stacks.filter((stack) => stack.fileUris.some((file) => uriKey(file) === key));
  const sysplexes = new Set(stacks.map((stack) => stack.sysplex));
  for (const sysplex of sysplexes) {
    for (const stack of result.model.sysplexes.get(sysplex) ?? []) for (const file of stack.fileUris) affected.add(file);
  }
  for (const server of result.servers) {
    if (sysplexes.has(server.sysplex)) for (const file of server.fileUris) affected.add(file);
  }
  return affected;
}
