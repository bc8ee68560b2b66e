/**
 * `vipa/whatIf` (a request beyond LSP, for the VS Code client's vipaCheck.showWhatIf and any client
 * that wants it; defined in server/src/protocol/custom-requests.ts): params { down: string[] } ->
 * { down, unknown, stacks, text, result }. `text` is the report vipa-check --what-if-down prints,
 * `result` the simulation as JSON (analyzer/takeover/what-if-types). It answers from the analysis
 * that saw every change sent before it: the report opens next to the profile the user just edited.
 */
import { RequestType, type Connection } from 'vscode-languageserver';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import { WHAT_IF_REQUEST, downList, type WhatIfAnswer, type WhatIfParams } from '../protocol/custom-requests.js';
import { resolveStacks, simulateDown, whatIfText } from '../analyzer/queries/what-if.js';
import { isInsideFolder } from '../analyzer/base/uris.js';
import { guarded } from './handlers.js';
import type { FeatureContext } from './context.js';

export const WhatIfRequest = new RequestType<WhatIfParams, WhatIfAnswer, void>(WHAT_IF_REQUEST);

export function answerWhatIf(result: AnalysisResult | undefined, params: unknown, folders: readonly string[]): WhatIfAnswer {
  const requested = downList(params);
  if (!result) return { down: [], unknown: requested, stacks: [], text: 'The workspace has not been analysed yet.\n' };
  const { found, unknown, stacks } = resolveStacks(result, requested);
  if (found.length === 0) {
    const text = `No stack to take down${unknown.length > 0 ? `: no stack named ${unknown.join(', ')}` : ''}. Stacks: ${stacks.join(', ') || 'none'}.\n`;
    return { down: [], unknown, stacks, text };
  }
  const whatIf = simulateDown(result, found);
  const text = whatIfText(whatIf, { displayPath: (uri) => relativeToFolder(uri, folders) });
  return { down: found, unknown, stacks, text, result: whatIf };
}

export function relativeToFolder(uri: string, folders: readonly string[]): string {
  const folder = folders.find((f) => isInsideFolder(uri, f));
  if (!folder) return uri;
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  try {
    return decodeURIComponent(uri.slice(base.length));
  } catch {
    return uri.slice(base.length);
  }
}

export function registerWhatIf(connection: Connection, context: FeatureContext, folders: () => readonly string[], ready: () => Promise<unknown>): void {
  connection.onRequest(
    WhatIfRequest,
    guarded(connection, 'whatIf', { down: [], unknown: [], stacks: [], text: 'The what-if simulation failed; see the server log.\n' }, async (params: WhatIfParams) => {
      await ready();
      return answerWhatIf(await context.settledResult(), params, folders());
    }),
  );
}
