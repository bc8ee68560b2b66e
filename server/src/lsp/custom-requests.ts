/**
 * The requests beyond LSP (defined once, for the client and the server, in
 * server/src/protocol/custom-requests.ts): vipa/rescan, vipa/summary and vipa/settled.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import { RESCAN_REQUEST, SETTLED_REQUEST, SUMMARY_REQUEST, type RescanResult, type SettledResult, type SysplexSummary } from '../protocol/custom-requests.js';
import { sysplexSummary } from '../analyzer/queries/sysplex-summary.js';
import type { AnalysisSession } from './session.js';
import type { WorkspaceController } from './workspace-controller.js';

export const RescanRequest = new RequestType0<RescanResult, void>(RESCAN_REQUEST);
export const SummaryRequest = new RequestType0<SysplexSummary, void>(SUMMARY_REQUEST);
export const SettledRequest = new RequestType0<SettledResult, void>(SETTLED_REQUEST);

export function registerCustomRequests(connection: Connection, session: AnalysisSession, controller: WorkspaceController): void {
  connection.onRequest(RescanRequest, async () => {
    await controller.rescan();
    const result = session.lastResult();
    return { stacks: result?.stats.stacks ?? 0, servers: result?.stats.servers ?? 0, files: session.files.size };
  });
  connection.onRequest(SummaryRequest, async () => {
    await controller.scanned;
    return sysplexSummary(await session.settledResult());
  });
  connection.onRequest(SettledRequest, async () => {
    await controller.scanned;
    await session.settledResult();
    const stats = session.service.stats;
    return {
      completedBuilds: stats.completed,
      cancelledBuilds: stats.cancelled,
      lastBuildMs: stats.lastDurationMs,
      publishedDiagnostics: session.publishedCount,
      files: session.files.size,
      idleCollections: session.idleCollector.collections,
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576),
    };
  });
}
