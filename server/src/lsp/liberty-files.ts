/**
 * `vipa/libertyFiles` answers the files of every Liberty server (analyzer/queries/liberty-members.ts)
 * to the client, which sends feature requests for XML files only when they are on it
 * (client/src/liberty-files.ts), rather than guessing by file name.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import { LIBERTY_FILES_REQUEST, type LibertyFilesAnswer } from '../protocol/custom-requests.js';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import { libertyMemberUris } from '../analyzer/queries/liberty-members.js';

export const LibertyFilesRequest = new RequestType0<LibertyFilesAnswer, void>(LIBERTY_FILES_REQUEST);

/** Answers vipa/libertyFiles once the first scan is done, from the analysis that saw every change so far. */
export function registerLibertyFiles(connection: Connection, scanned: () => Promise<unknown>, settledResult: () => Promise<AnalysisResult | undefined>, toClient: (uri: string) => string): void {
  connection.onRequest(LibertyFilesRequest, async () => {
    await scanned();
    const files = new Set(libertyMemberUris(await settledResult()).map(toClient));
    return { files: [...files].sort() };
  });
}
