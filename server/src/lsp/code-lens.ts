/**
 * A code lens on each stack's VIPADYNAMIC block: "If TCPIPA goes down: 5 addresses move, 2 lost;
 * 1 server lost". It runs the failover simulation (analyzer/takeover) for that stack; clicking it
 * runs the client command vipaCheck.showWhatIf, which asks for the full report (vipa/whatIf). A file
 * INCLUDEd by several stacks gets one lens per stack, on its first VIPADYNAMIC block.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import type { Statement } from '../analyzer/profile/ast.js';
import { failoverCountsOf, type FailoverCounts } from '../analyzer/queries/what-if.js';
import { uriKey } from '../analyzer/base/uris.js';

/** The client command a lens runs; arguments: [{ down: string[] }]. */
export const SHOW_WHAT_IF_COMMAND = 'vipaCheck.showWhatIf';

export async function provideCodeLenses(context: FeatureContext, params: CodeLensParams): Promise<CodeLens[]> {
  const uri = params.textDocument.uri;
  if (context.kindOf(uri) !== 'profile') return [];
  const document = context.profile(uri);
  const block = document && firstVipaDynamic(document.statements);
  if (!block) return [];
  // The lens sits on the current text and stays there until the next request: the analysis that saw it.
  const result = await context.settledResult();
  if (!result) return [];
  const key = uriKey(uri);
  const stacks = result.model.stacks.filter((stack) => stack.fileUris.some((file) => uriKey(file) === key));
  if (stacks.length === 0) return [];
  return stacks.map((stack) => {
    const counts = failoverCountsOf(result, [stack.name]);
    return {
      range: block.keyword.range,
      command: { title: lensTitle(stack.name, counts), command: SHOW_WHAT_IF_COMMAND, arguments: [{ down: [stack.name] }] },
    };
  });
}

export function lensTitle(stack: string, counts: FailoverCounts): string {
  const { addressesMoved: moved, addressesLost: lost, serversLost } = counts;
  const addresses = `${moved} ${moved === 1 ? 'address moves' : 'addresses move'}${lost > 0 ? `, ${lost} lost` : ''}`;
  const servers = `${serversLost.length} ${serversLost.length === 1 ? 'server' : 'servers'} lost`;
  return `If ${stack} goes down: ${addresses}; ${servers}`;
}

function firstVipaDynamic(statements: readonly Statement[]): Extract<Statement, { kind: 'VIPADYNAMIC' }> | undefined {
  for (const statement of statements) {
    if (statement.kind === 'VIPADYNAMIC') return statement;
    if (statement.kind === 'BLOCK') {
      const nested = firstVipaDynamic(statement.statements);
      if (nested) return nested;
    }
  }
  return undefined;
}
