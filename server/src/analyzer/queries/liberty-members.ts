/**
 * Which files belong to a Liberty server, as an analysis read them: server.xml, every file it
 * includes (wherever it lives: `${server.config.dir}/includes/endpoints.xml`, a shared folder ...),
 * configDropins, bootstrap.properties and server.env. An included file is a Liberty file like
 * server.xml for every feature (hover, quick fixes, definition ...), although discovery, which goes
 * by name and folder, does not know it.
 */
import type { AnalysisResult, FileKind } from '../model/analysis-result.js';
import { libertyFileKind } from '../liberty/liberty-files.js';
import { uriKey } from '../base/uris.js';

const members = new WeakMap<AnalysisResult, Set<string>>();

function memberKeys(result: AnalysisResult): Set<string> {
  let keys = members.get(result);
  if (!keys) members.set(result, (keys = new Set(result.servers.flatMap((server) => server.fileUris.map(uriKey)))));
  return keys;
}

/** The kind of a file some Liberty server of the analysis reads (an include anywhere counts), else undefined. */
export function libertyMemberKind(result: AnalysisResult | undefined, analyzerUri: string): FileKind | undefined {
  if (!result || !memberKeys(result).has(uriKey(analyzerUri))) return undefined;
  return libertyFileKind(analyzerUri) ?? 'liberty-xml';
}

/** Every file of every Liberty server of the analysis (analyzer URIs, each once). */
export function libertyMemberUris(result: AnalysisResult | undefined): string[] {
  return [...new Set((result?.servers ?? []).flatMap((server) => server.fileUris))];
}
