/**
 * Which files belong to a Liberty server, as the last analysis read them: server.xml, every file it
 * includes (wherever it lives: `${server.config.dir}/includes/endpoints.xml`, a shared folder ...),
 * configDropins, bootstrap.properties and server.env. An included file is a Liberty file like
 * server.xml for every feature (hover, quick fixes, definition ...), although discovery, which goes
 * by name and folder, does not know it.
 *
 * `vipa/libertyFiles` answers the list to the client, which sends feature requests for XML files
 * only when they are on it (client/src/liberty-files.ts), rather than guessing by file name.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import type { AnalysisResult, FileKind } from '../analyzer/workspace/analysis.js';
import { libertyFileKind } from '../analyzer/liberty/liberty-files.js';
import { uriKey } from '../analyzer/base/uris.js';

export interface LibertyFilesResult {
  /** Client URIs of every file of every Liberty server of the workspace. */
  files: string[];
}

export const LibertyFilesRequest = new RequestType0<LibertyFilesResult, void>('vipa/libertyFiles');

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

/** Answers vipa/libertyFiles once the first scan is done, from the analysis that saw every change so far. */
export function registerLibertyFiles(connection: Connection, scanned: () => Promise<unknown>, result: () => AnalysisResult | undefined, toClient: (uri: string) => string): void {
  connection.onRequest(LibertyFilesRequest, async () => {
    await scanned();
    const files = new Set((result()?.servers ?? []).flatMap((server) => server.fileUris).map(toClient));
    return { files: [...files].sort() };
  });
}
