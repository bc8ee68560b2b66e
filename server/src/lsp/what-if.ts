/**
 * `vipa/whatIf` (a request beyond LSP, for the VS Code client's vipaCheck.showWhatIf and any client
 * that wants it): params { down: string[] } -> { down, unknown, text, result }. `text` is the report
 * vipa-check --what-if-down prints, `result` the simulation as JSON (analyzer/takeover/what-if-types).
 */
import { RequestType, type Connection } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { formatWhatIfText, resolveStackNames, simulateFailover, type WhatIfResult } from '../analyzer/takeover/index.js';
import { isInsideFolder } from '../analyzer/base/uris.js';
import { guarded } from './handlers.js';

export interface WhatIfParams {
  down: string[];
}

export interface WhatIfAnswer {
  down: string[];
  /** Names that match no stack of the workspace. */
  unknown: string[];
  /** Every stack of the workspace, for pickers. */
  stacks: string[];
  text: string;
  result?: WhatIfResult;
}

export const WhatIfRequest = new RequestType<WhatIfParams, WhatIfAnswer, void>('vipa/whatIf');

export function answerWhatIf(context: FeatureContext, params: WhatIfParams, folders: readonly string[]): WhatIfAnswer {
  const result = context.freshResult();
  const requested = Array.isArray(params?.down) ? params.down.filter((name): name is string => typeof name === 'string') : [];
  if (!result) return { down: [], unknown: requested, stacks: [], text: 'The workspace has not been analysed yet.\n' };
  const model = result.takeover;
  const stacks = model.stacks.map((stack) => stack.name);
  const { found, unknown } = resolveStackNames(model, requested);
  if (found.length === 0) {
    const text = `No stack to take down${unknown.length > 0 ? `: no stack named ${unknown.join(', ')}` : ''}. Stacks: ${stacks.join(', ') || 'none'}.\n`;
    return { down: [], unknown, stacks, text };
  }
  const whatIf = simulateFailover(model, found);
  const text = formatWhatIfText(whatIf, { displayPath: (uri) => relativeToFolder(uri, folders) });
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
      return answerWhatIf(context, params, folders());
    }),
  );
}
