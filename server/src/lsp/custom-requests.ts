/**
 * Requests beyond LSP for the VS Code client's commands and status bar (shapes agreed with
 * client/src/protocol.ts; other editors can ignore them):
 *  - `vipa/rescan`  -> re-scans the workspace folders; answers the counts found;
 *  - `vipa/summary` -> stacks, Liberty servers with per-stack coverage, problem counts, and what
 *    each file was taken as and why;
 *  - `vipa/proposeConfig` -> a proposed vipa-check.json for the first workspace folder
 *    (analyzer/workspace/propose-config.ts) and the config files that already exist; the client
 *    opens it as an unsaved document and never writes a file itself.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { AnalysisSession } from './session.js';
import type { WorkspaceController } from './workspace-controller.js';
import { activeDvipas, activeRanges } from '../analyzer/model/coverage.js';
import { describeRange } from '../analyzer/checks/support/ranges.js';
import { rejectedDvipas, rejectionLabel, rejectionText } from '../analyzer/model/rejected-dvipas.js';
import { proposeConfig } from '../analyzer/workspace/propose-config.js';

export interface RescanResult {
  stacks: number;
  servers: number;
  files: number;
}

export interface SysplexSummary {
  stacks: {
    name: string;
    sysplex?: string;
    file: string;
    dvipas: { address: string; role: string; rank?: number }[];
    ranges: string[];
    /** VIPADEFINE/VIPABACKUP addresses the stack rejects or ignores: in no other list (model/rejected-dvipas.ts). */
    rejected?: { address: string; role: string; label: string; reason: string; file: string; line: number }[];
  }[];
  servers: { name: string; file: string; endpoints: { id: string; host: string; address?: string; coverage: Record<string, string> }[] }[];
  problems: { error: number; warning: number; information: number; hint: number };
  /** What each analysed or recognised file was taken as, and why. */
  files?: { file: string; role: string; label: string; reason: string }[];
}

export interface ConfigProposalResult {
  /** The proposed vipa-check.json. */
  text: string;
  /** One line per guess. */
  notes: string[];
  /** Folder URI the proposal's paths are relative to (where vipa-check.json belongs). */
  folder?: string;
  /** Config files that already exist (the proposal never replaces them). */
  existing: string[];
}

export const RescanRequest = new RequestType0<RescanResult, void>('vipa/rescan');
export const SummaryRequest = new RequestType0<SysplexSummary, void>('vipa/summary');
export const ProposeConfigRequest = new RequestType0<ConfigProposalResult, void>('vipa/proposeConfig');

function coverageOf(result: AnalysisResult, address: string, sysplex: string, allowed?: string[]): Record<string, string> {
  const coverage: Record<string, string> = {};
  for (const entry of result.index.coverage(address, sysplex)) {
    if (allowed && !allowed.includes(entry.stack.name)) continue;
    coverage[entry.stack.name] = entry.bindable ? (entry.via ?? 'bindable') : 'not covered';
  }
  return coverage;
}

export function summarize(session: AnalysisSession): SysplexSummary {
  const result = session.freshResult();
  const problems = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!result) return { stacks: [], servers: [], problems };
  for (const findings of result.findingsByUri.values()) for (const finding of findings) problems[finding.severity]++;
  return {
    stacks: result.model.stacks.map((stack) => ({
      name: stack.name,
      sysplex: stack.sysplex,
      file: stack.rootUri,
      // What is in force after VIPADELETE / VIPARANGE DELETE, as the stack would show it.
      dvipas: [...activeDvipas(stack).values()].map((fact) => ({ address: fact.address, role: fact.statement, rank: fact.rank })),
      ranges: activeRanges(stack).map(describeRange),
      rejected: [...rejectedDvipas(stack).values()].map((rejection) => ({
        address: rejection.fact.address,
        role: rejection.fact.statement,
        label: rejectionLabel(rejection),
        reason: rejectionText(rejection, stack.name),
        file: session.uris.toClient(rejection.fact.location.uri),
        line: rejection.fact.location.range.start.line + 1,
      })),
    })),
    servers: result.servers.map((server) => ({
      name: server.name,
      file: server.serverXmlUri,
      endpoints: server.endpoints
        .filter((endpoint) => endpoint.enabled)
        .map((endpoint) => ({
          id: endpoint.id,
          host: endpoint.host.value ?? endpoint.host.raw,
          address: endpoint.address,
          coverage: endpoint.address ? coverageOf(result, endpoint.address, server.sysplex, server.allowedStacks) : {},
        })),
    })),
    problems,
    files: (result.files?.list() ?? []).map(({ uri, role, label, reason }) => ({ file: session.uris.toClient(uri), role, label, reason })),
  };
}

export function proposeWorkspaceConfig(session: AnalysisSession, controller: WorkspaceController): ConfigProposalResult {
  const result = session.freshResult();
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
    return summarize(session);
  });
  connection.onRequest(ProposeConfigRequest, async () => {
    await controller.scanned;
    return proposeWorkspaceConfig(session, controller);
  });
}
