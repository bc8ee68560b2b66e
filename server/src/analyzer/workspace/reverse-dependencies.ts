/**
 * Which files' findings may change when one file changes (from the last analysis), and how far
 * back each must go (see file-states.ts):
 *  - a profile or INCLUDE member -> `read` itself; the other files of every stack that reads it ->
 *    `parsed` (the stack model is rebuilt); every file of every stack in those sysplexes and of the
 *    Liberty servers of those sysplexes -> `modelled` (cross-stack checks, bind-not-covered);
 *  - a Liberty file -> the files of the servers that read it -> `read` (Liberty findings land on
 *    Liberty files only);
 *  - the config file, or anything before a first analysis -> every other known file -> `parsed`
 *    (the dependencies are unknown, but a text that did not change keeps its parse).
 */
import type { AnalysisResult, FileKind } from './analysis.js';
import { uriKey } from '../base/uris.js';

export interface Dependents {
  read: Set<string>;
  parsed: Set<string>;
  modelled: Set<string>;
}

export function dependentsOf(uri: string, kind: FileKind | undefined, result: AnalysisResult | undefined, knownUris: readonly string[]): Dependents {
  const dependents: Dependents = { read: new Set([uri]), parsed: new Set(), modelled: new Set() };
  if (!result || kind === 'config') {
    for (const known of knownUris) if (known !== uri) dependents.parsed.add(known);
    return dependents;
  }
  const key = uriKey(uri);
  for (const server of result.servers) {
    if (server.fileUris.some((file) => uriKey(file) === key)) for (const file of server.fileUris) dependents.read.add(file);
  }
  const stacks = result.model.stacks.filter((stack) => stack.fileUris.some((file) => uriKey(file) === key));
  for (const stack of stacks) for (const file of stack.fileUris) if (!dependents.read.has(file)) dependents.parsed.add(file);
  const sysplexes = new Set(stacks.map((stack) => stack.sysplex));
  const inModel = (file: string) => !dependents.read.has(file) && !dependents.parsed.has(file);
  for (const sysplex of sysplexes) {
    for (const stack of result.model.sysplexes.get(sysplex) ?? []) for (const file of stack.fileUris) if (inModel(file)) dependents.modelled.add(file);
  }
  for (const server of result.servers) {
    if (sysplexes.has(server.sysplex)) for (const file of server.fileUris) if (inModel(file)) dependents.modelled.add(file);
  }
  return dependents;
}

/** Every file whose findings may change when `uri` changes (itself included). */
export function reverseDependencies(uri: string, kind: FileKind | undefined, result: AnalysisResult | undefined, knownUris: readonly string[]): Set<string> {
  const { read, parsed, modelled } = dependentsOf(uri, kind, result, knownUris);
  return new Set([...read, ...parsed, ...modelled]);
}
