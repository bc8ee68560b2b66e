/** Folding: END-terminated blocks, and runs of two or more whole-line comments. */
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import type { ProfileDocument, Statement } from '../analyzer/profile/ast.js';
import { isBlock } from '../analyzer/queries/profile-position.js';
import type { FeatureContext } from './context.js';

export function provideFoldingRanges(context: FeatureContext, params: FoldingRangeParams): FoldingRange[] {
  if (context.kindOf(params.textDocument.uri) !== 'profile') return [];
  const document = context.profile(params.textDocument.uri);
  return document ? foldingRanges(document) : [];
}

export function foldingRanges(document: ProfileDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (statements: Statement[]) => {
    for (const statement of statements) {
      if (!isBlock(statement)) continue;
      const startLine = statement.range.start.line;
      // Keep the END line visible when folded, as editors do for braces.
      const endLine = statement.end ? statement.end.range.start.line - 1 : statement.range.end.line;
      if (endLine > startLine) ranges.push({ startLine, endLine });
      visit(statement.statements);
    }
  };
  visit(document.statements);

  const codeLines = new Set(document.tokens.map((token) => token.range.start.line));
  let runStart = -1;
  let previous = -2;
  const closeRun = () => {
    if (runStart >= 0 && previous > runStart) ranges.push({ startLine: runStart, endLine: previous, kind: FoldingRangeKind.Comment });
  };
  for (const comment of document.comments) {
    const line = comment.start.line;
    if (codeLines.has(line)) continue; // a comment after a statement is not a comment line
    if (line !== previous + 1) {
      closeRun();
      runStart = line;
    }
    previous = line;
  }
  closeRun();
  return ranges;
}
