/**
 * The requests beyond LSP (defined once, for the client and the server, in
 * server/src/protocol/custom-requests.ts): vipa/rescan, vipa/summary, vipa/settled and
 * vipa/proposeConfig. vipa/whatIf and vipa/sysplexMap have a file each (what-if.ts, sysplex-map.ts).
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import {
  PROPOSE_CONFIG_REQUEST,
  RESCAN_REQUEST,
  SETTLED_REQUEST,
  SUMMARY_REQUEST,
  type ConfigProposal,
  type RescanResult,
  type SettledResult,
  type SysplexSummary,
} from '../protocol/custom-requests.js';
import { sysplexSummary } from '../analyzer/queries/sysplex-summary.js';
import { proposeConfig } from '../analyzer/queries/propose-config.js';
import type { AnalysisSession } from './session.js';
import type { WorkspaceController } from './workspace-controller.js';

export const RescanRequest = new RequestType0<RescanResult, void>(RESCAN_REQUEST);
export const SummaryRequest = new RequestType0<SysplexSummary, void>(SUMMARY_REQUEST);
export const SettledRequest = new RequestType0<SettledResult, void>(SETTLED_REQUEST);
export const ProposeConfigRequest = new RequestType0<ConfigProposal, void>(PROPOSE_CONFIG_REQUEST);

/**
 * A proposed vipa-check.json for the first workspace folder (analyzer/queries/propose-config.ts),
 * from the analysis that saw every change so far, and the config files that already exist.
 */
export async function proposeWorkspaceConfig(session: AnalysisSession, controller: WorkspaceController): Promise<ConfigProposal> {
  const result = await session.settledResult();
  const folder = controller.folders[0];
  const existing = [...session.files].filter(([, kind]) => kind === 'config').map(([uri]) => session.uris.toClient(uri));
  if (!result || !folder) return { text: '', notes: ['Open a folder first: the proposal is written for the first workspace folder.'], folder, existing };
  const proposal = proposeConfig({ result, folderUri: folder, knownFiles: [...session.files.keys()] });
  return { ...proposal, folder, existing };
}

export function registerCustomRequests(connection: Connection, session: AnalysisSession, controller: WorkspaceController): void {
  connection.onRequest(RescanRequest, async () => {
    await controller.rescan();
    const result = session.lastResult();
    return { stacks: result?.stats.stacks ?? 0, servers: result?.stats.servers ?? 0, files: session.files.size };
  });
  connection.onRequest(SummaryRequest, async () => {
    await controller.scanned;
    return sysplexSummary(await session.settledResult(), (uri) => session.uris.toClient(uri));
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
  connection.onRequest(ProposeConfigRequest, async () => {
    await controller.scanned;
    return proposeWorkspaceConfig(session, controller);
  });
}
