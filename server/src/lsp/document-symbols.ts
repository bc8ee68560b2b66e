/** Outline of a profile: blocks with their statements, VIPA addresses under VIPA statements. */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { Statement } from '../analyzer/profile/ast.js';
import { addressesOf, extentOf, isBlock, statementName } from '../analyzer/queries/profile-position.js';
import type { FeatureContext } from './context.js';

export function provideDocumentSymbols(context: FeatureContext, params: DocumentSymbolParams): DocumentSymbol[] {
  if (context.kindOf(params.textDocument.uri) !== 'profile') return [];
  const document = context.profile(params.textDocument.uri);
  return document ? document.statements.map(statementSymbol) : [];
}

function detailOf(statement: Statement): string {
  const words = statement.operands.slice(0, 8).map((word) => word.text);
  return statement.operands.length > 8 ? `${words.join(' ')} …` : words.join(' ');
}

function statementSymbol(statement: Statement): DocumentSymbol {
  const range = extentOf(statement);
  const name = statementName(statement);
  if (isBlock(statement)) {
    return { name, kind: SymbolKind.Namespace, range, selectionRange: statement.keyword.range, children: statement.statements.map(statementSymbol) };
  }
  const children = addressesOf(statement).map((address) => ({
    name: address.prefixLength !== undefined && !address.text.includes('/') ? `${address.text}/${address.prefixLength}` : address.text,
    kind: SymbolKind.Constant,
    range: address.range,
    selectionRange: address.range,
  }));
  return { name, detail: detailOf(statement), kind: SymbolKind.Property, range, selectionRange: statement.keyword.range, children };
}
