/**
 * Quick fixes that edit the word or the blank a profile finding is about:
 *  - "did you mean" (unknown-statement, syntax-error with data.suggestions from the parser's
 *    misspelling pass, analyzer/profile/misspellings.ts): replace the misspelt word by the keyword;
 *  - comment-without-blank: insert the blank IBM requires before the ';' of a comment.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { Range } from '../analyzer/base/range.js';

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined;
  return typeof range?.start?.line === 'number' && typeof range?.end?.character === 'number';
}

/** `uri`: the document as the client names it (the request's), where the finding is. */
export function spellingFixes(finding: Finding, diagnostic: Diagnostic, uri: string, currentText: string | undefined): CodeAction[] {
  const suggestions = Array.isArray(finding.data?.suggestions) ? finding.data.suggestions.filter((name): name is string => typeof name === 'string') : [];
  if (suggestions.length === 0) return [];
  const range = isRange(finding.data?.misspeltRange) ? finding.data.misspeltRange : finding.range;
  const word = currentText !== undefined ? textAt(currentText, range) : undefined;
  return suggestions.map((name, index) => ({
    title: `Change ${word ? `'${word}' ` : ''}to ${name}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: suggestions.length === 1 && index === 0 ? true : undefined,
    edit: { changes: { [uri]: [{ range, newText: name }] } },
  }));
}

export function commentBlankFix(finding: Finding, diagnostic: Diagnostic, uri: string): CodeAction[] {
  if (finding.code !== 'comment-without-blank') return [];
  const at = finding.range.start;
  return [
    {
      title: "Insert a blank before ';'",
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: ' ' }] } },
    },
  ];
}

function textAt(text: string, range: Range): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  let offset = 0;
  for (let line = 0; line < range.start.line; line++) {
    offset = text.indexOf('\n', offset) + 1;
    if (offset === 0) return undefined;
  }
  return text.slice(offset + range.start.character, offset + range.end.character) || undefined;
}
