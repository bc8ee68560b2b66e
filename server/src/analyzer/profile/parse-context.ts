/**
 * Shared state of one parse: the AST words, findings, and the keyword-driven statement-boundary
 * rule the grammar's GATEs use (profile-grammar.ts). Statement readers interpret the operands the
 * grammar collected with an OperandReader (operand-reader.ts).
 */
import { CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { parameterKeyword } from '../keywords/keyword-table.js';
import type { LineIndex, Range } from '../base/range.js';
import type { ProfileToken, Word } from './ast.js';
import type { ScannedProfile } from './scanner.js';
import { ProfileWord, REMOVED_STATEMENT_WORD, type WordTable } from './word-table.js';

/** Roles of words that can begin (or end) a statement somewhere. */
export { STATEMENT_ROLES } from '../keywords/keyword-table.js';

/** Whether the position after `operands` takes a name, so a keyword-like word there is an operand. */
export type Protect = (operands: ProfileToken[], next: ProfileToken) => boolean;

/** Codes that mean "the stack would reject this statement" (they stop a VIPADYNAMIC block). */
const ERROR_CODES = new Set<DiagnosticCode>(['syntax-error', 'statement-out-of-place', 'mixed-address-families', 'unknown-statement']);

export class ParseContext {
  /** The scanned words (scanner.ts): AST words and grammar tokens at once. */
  readonly tokens: ProfileWord[];
  readonly findings: Finding[] = [];
  /** Number of findings that make the stack reject a statement. */
  errorCount = 0;
  private readonly table: WordTable;

  constructor(
    readonly uri: string,
    readonly lines: LineIndex,
    scanned: ScannedProfile,
  ) {
    this.tokens = scanned.words;
    this.table = scanned.table;
  }

  /** True when the token is the first word on its line. */
  startsLine(index: number): boolean {
    return index === 0 || this.table.lines[index - 1] < this.table.lines[index];
  }

  /** The statement-level keyword a token could be (any block), as the scanner looked it up; strings never are. */
  statementWord(index: number): KeywordInfo | undefined {
    return this.table.statementWord(index);
  }

  /** A statement of z/VM or of a removed release (REMOVED_STATEMENTS), as the scanner looked it up. */
  isRemovedStatement(index: number): boolean {
    return (this.table.flags[index] & REMOVED_STATEMENT_WORD) !== 0;
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
    return !(this.isRemovedStatement(index) && this.startsLine(index) && !isProtected(operands, next));
  }

  private isOwnParameter(token: ProfileToken, statement: string, index: number): boolean {
    // DELETE's operands (DEVICE, LINK, PORT, PORTRANGE) are statements too: only its first operand
    // position takes them, which its protection rule covers. INTERFACE's action DELETE likewise.
    if (statement === 'DELETE') return false;
    const param = token.kind === 'string' ? undefined : parameterKeyword(token.upper, statement);
    if (!param) return false;
    if (statement === 'INTERFACE' && param.name === 'DELETE' && index !== 1) return false;
    return true;
  }
}

/**
 * The range from the start of one word to the end of another, built directly from the scanner's
 * line and column (a word's `range` makes new objects on every read).
 */
export function spanWords(first: Word, last: Word): Range {
  if (first instanceof ProfileWord && last instanceof ProfileWord) {
    return { start: { line: first.line, character: first.column }, end: { line: last.line, character: last.column + last.text.length } };
  }
  return spanOf(first.range, last.range);
}

export function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}
