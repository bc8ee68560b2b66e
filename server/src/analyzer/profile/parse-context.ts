/**
 * Shared state of one parse: the AST words, findings, and the keyword-driven statement-boundary
 * rule the grammar's GATEs use (profile-grammar.ts). Statement readers interpret the operands the
 * grammar collected with an OperandReader (operand-reader.ts).
 */
import type { IToken } from 'chevrotain';
import { CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { KeywordInfo, KeywordRole } from '../keywords/keyword-info.js';
import { REMOVED_STATEMENTS, lookupKeyword } from '../keywords/keyword-table.js';
import { LineIndex, type Range } from '../base/range.js';
import type { ProfileToken } from './ast.js';
import { classifyValue } from './values.js';

/** Roles of words that can begin (or end) a statement somewhere. */
export const STATEMENT_ROLES: readonly KeywordRole[] = ['statement', 'block-start', 'block-end', 'vipa-statement', 'block-statement'];

/** Whether the position after `operands` takes a name, so a keyword-like word there is an operand. */
export type Protect = (operands: ProfileToken[], next: ProfileToken) => boolean;

/** Codes that mean "the stack would reject this statement" (they stop a VIPADYNAMIC block). */
const ERROR_CODES = new Set<DiagnosticCode>(['syntax-error', 'statement-out-of-place', 'mixed-address-families', 'unknown-statement']);

export class ParseContext {
  readonly tokens: ProfileToken[];
  readonly findings: Finding[] = [];
  /** Number of findings that make the stack reject a statement. */
  errorCount = 0;
  private readonly statementWords: (KeywordInfo | null | undefined)[];

  constructor(
    readonly uri: string,
    readonly lines: LineIndex,
    lexed: IToken[],
  ) {
    this.tokens = lexed.map((token) => {
      const text = token.image;
      const value = classifyValue(text);
      const word: ProfileToken = {
        text,
        upper: text.toUpperCase(),
        kind: value.kind,
        range: lines.rangeOf(token.startOffset, token.startOffset + text.length),
      };
      if (value.numericValue !== undefined) word.numericValue = value.numericValue;
      return word;
    });
    this.statementWords = new Array(this.tokens.length);
  }

  /** True when the token is the first word on its line. */
  startsLine(index: number): boolean {
    const token = this.tokens[index];
    const previous = this.tokens[index - 1];
    return !previous || previous.range.end.line < token.range.start.line;
  }

  /** The statement-level keyword a token could be (any block), cached; strings never are. */
  statementWord(index: number): KeywordInfo | undefined {
    const cached = this.statementWords[index];
    if (cached !== undefined) return cached ?? undefined;
    const token = this.tokens[index];
    const info = token && token.kind !== 'string' ? lookupKeyword(token.text, STATEMENT_ROLES) : undefined;
    this.statementWords[index] = info ?? null;
    return info;
  }

  report(code: DiagnosticCode, range: Range, message: string, severity?: Severity): void {
    const finalSeverity = severity ?? CODES[code].defaultSeverity;
    this.findings.push({ uri: this.uri, range, severity: finalSeverity, code, message });
    if (finalSeverity === 'error' && ERROR_CODES.has(code)) this.errorCount++;
  }

  error(range: Range, message: string): void {
    this.report('syntax-error', range, message);
  }

  /** Marks a token as a keyword with its full name. */
  markKeyword(token: ProfileToken, fullName: string): void {
    token.kind = 'keyword';
    token.keyword = fullName;
  }

  /**
   * The statement-boundary rule, for one token: true when the token at `index` is the next operand
   * of `statement` (which has `operands` so far). A word that is a statement keyword somewhere ends
   * the statement (so the enclosing block can decide what it means here), unless it is a parameter
   * of this statement or `isProtected` says the position takes a name (a job, link or SAF name that
   * merely looks like a keyword). END keywords always end a statement: no name position may swallow
   * the end of a block. The grammar's operand GATE (profile-grammar.ts) asks it for every word.
   */
  continuesStatement(index: number, statement: string, operands: ProfileToken[], isProtected: Protect): boolean {
    const next = this.tokens[index];
    const info = this.statementWord(index);
    if (info) {
      if (info.role === 'block-end') return false;
      return isProtected(operands, next) || this.isOwnParameter(next, statement, operands.length);
    }
    // A foreign (z/VM, removed) statement at the start of a line ends it: reported as unknown.
    return !(REMOVED_STATEMENTS[next.upper] !== undefined && this.startsLine(index) && !isProtected(operands, next));
  }

  private isOwnParameter(token: ProfileToken, statement: string, index: number): boolean {
    // DELETE's operands (DEVICE, LINK, PORT, PORTRANGE) are statements too: only its first operand
    // position takes them, which its protection rule covers. INTERFACE's action DELETE likewise.
    if (statement === 'DELETE') return false;
    const param = lookupKeyword(token.text, ['parameter'], statement);
    if (!param) return false;
    if (statement === 'INTERFACE' && param.name === 'DELETE' && index !== 1) return false;
    return true;
  }
}

export function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}
