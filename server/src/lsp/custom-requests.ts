/**
 * Requests beyond LSP for the VS Code client's commands and status bar:
 *  - `vipaCheck/rescan`  -> re-scans the workspace folders (command "re-scan the workspace");
 *  - `vipaCheck/summary` -> stacks, Liberty servers and problem counts (command and status bar).
 * Other editors can ignore them.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';
import type { AnalysisSession } from './session.js';
import type { WorkspaceController } from './workspace-controller.js';

export interface SysplexSummary {
  stacks: { name: string; sysplex: string; system?: string; rootUri: string; files: number; dvipas: number; ranges: number }[];
  servers: { name: string; serverXmlUri: string; sysplex: string; endpoints: { id: string; host: string; address?: string }[] }[];
  problems: { error: number; warning: number; information: number; hint: number };
}

export const RescanRequest = new RequestType0<SysplexSummary, void>('vipaCheck/rescan');
export const SummaryRequest = new RequestType0<SysplexSummary, void>('vipaCheck/summary');

export function summarize(session: AnalysisSession): SysplexSummary {
  const result = session.freshResult();
  const problems = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!result) return { stacks: [], servers: [], problems };
  for (const findings of result.findingsByUri.values()) for (const finding of findings) problems[finding.severity]++;
  return {
    stacks: result.model.stacks.map((stack) => ({
      name: stack.name,
      sysplex: stack.sysplex,
      system: stack.system,
      rootUri: stack.rootUri,
      files: stack.fileUris.length,
      dvipas: stack.dvipas.length,
      ranges: stack.ranges.length,
    })),
    servers: result.servers.map((server) => ({
      name: server.name,
      serverXmlUri: server.serverXmlUri,
      sysplex: server.sysplex,
      endpoints: server.endpoints.filter((endpoint) => endpoint.enabled).map((endpoint) => ({ id: endpoint.id, host: endpoint.host.value ?? endpoint.host.raw, address: endpoint.address })),
    })),
    problems,
  };
}

export function registerCustomRequests(connection: Connection, session: AnalysisSession, controller: WorkspaceController): void {
  connection.onRequest(RescanRequest, async () => {
    await controller.rescan();
    return summarize(session);
  });
  connection.onRequest(SummaryRequest, async () => {
    await controller.scanned;
    return summarize(session);
  });
}
