/** Workspace symbols (Ctrl+T): the sysplex's named things, fuzzy-matched, role in containerName. */
import { SymbolKind, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { searchWorkspaceSymbols, type SymbolRole } from '../analyzer/queries/workspace-symbols.js';
import type { FeatureContext } from './context.js';

const KIND: Record<SymbolRole, SymbolKind> = {
  stack: SymbolKind.Module,
  dvipa: SymbolKind.Constant,
  viparange: SymbolKind.Array,
  'static-vipa': SymbolKind.Constant,
  'distributed-port': SymbolKind.Event,
  'liberty-server': SymbolKind.Class,
  'liberty-endpoint': SymbolKind.Interface,
};

export function provideWorkspaceSymbols(context: FeatureContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const result = context.freshResult();
  if (!result) return [];
  // VS Code shows containerName next to the name: that is where the role goes.
  return searchWorkspaceSymbols(result, params.query).map((entry) => ({ name: entry.name, kind: KIND[entry.role], location: entry.location, containerName: entry.detail }));
}
