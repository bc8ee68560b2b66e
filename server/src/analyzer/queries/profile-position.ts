/**
 * Position queries over one parsed profile: which token, which statement, which block. Used by
 * hover, completion, highlight and quick fixes; pure functions of the ProfileDocument.
 */
import type { ProfileDocument, ProfileToken, Statement, VipaDynamicBlock, BlockStatement, Word } from '../profile/ast.js';
import { comparePositions, containsPosition, type Position, type Range } from '../base/range.js';

/** The address operands of a statement in source order (the outline lists them). */
export { addressesOf } from '../profile/statement-addresses.js';

/** The token under the cursor (its end counts, so a cursor right after a word still finds it). */
export function tokenAt(document: ProfileDocument, position: Position): ProfileToken | undefined {
  const tokens = document.tokens;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid];
    if (comparePositions(token.range.end, position) < 0) low = mid + 1;
    else if (comparePositions(token.range.start, position) > 0) high = mid - 1;
    else return token;
  }
  return undefined;
}

/** The last token that ends strictly before `position` (the word being typed excluded). */
export function tokenBefore(document: ProfileDocument, position: Position): ProfileToken | undefined {
  const tokens = document.tokens;
  let low = 0;
  let high = tokens.length - 1;
  let found: ProfileToken | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (comparePositions(tokens[mid].range.end, position) < 0) {
      found = tokens[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export function isBlock(statement: Statement): statement is VipaDynamicBlock | BlockStatement {
  return statement.kind === 'VIPADYNAMIC' || statement.kind === 'BLOCK';
}

/** Full name of a statement's keyword (VIPADEF -> VIPADEFINE), as the keyword table spells it. */
export function statementName(statement: Statement): string {
  if (statement.kind === 'BLOCK' || statement.kind === 'GENERIC') return statement.name;
  if (statement.kind === 'UNKNOWN') return statement.keyword.upper;
  return statement.keyword.keyword ?? statement.kind;
}

/** The range a block spans, END keyword included; for statements their own range. */
export function extentOf(statement: Statement): Range {
  if (isBlock(statement) && statement.end) return { start: statement.range.start, end: statement.end.range.end };
  return statement.range;
}

/** Blocks that enclose the position, outermost first, then the statement the position is in. */
export function statementPath(document: ProfileDocument, position: Position): Statement[] {
  const path: Statement[] = [];
  let level: Statement[] = document.statements;
  for (;;) {
    const hit = level.find((statement) => containsPosition(extentOf(statement), position));
    if (!hit) return path;
    path.push(hit);
    if (!isBlock(hit)) return path;
    level = hit.statements;
  }
}

export interface CompletionSite {
  /** 'statement': a statement keyword may go here; 'operand': inside a statement's operands. */
  kind: 'statement' | 'operand';
  /** Innermost enclosing block (full name), if any: VIPADYNAMIC, BEGINROUTES, AUTOLOG ... */
  block?: VipaDynamicBlock | BlockStatement;
  /** The statement whose operands the position continues (for 'operand', and for a new line). */
  statement?: Statement;
  /** Operand words of that statement written before the position. */
  previousOperands: Word[];
}

/**
 * What may be typed at a position. Profiles are free format and a statement may continue on the
 * next line without a mark, so the first word of a line is a statement start *or* an operand of the
 * statement above; callers offer both, statements first.
 */
export function completionSite(document: ProfileDocument, position: Position, wordStart: Position): CompletionSite {
  const before = tokenBefore(document, wordStart);
  const path = statementPath(document, before ? before.range.end : position);
  const enclosing = path.filter(isBlock);
  // A block contains the position only while its END has not been passed.
  const block = [...enclosing].reverse().find((candidate) => {
    const end = candidate.end;
    return !end || comparePositions(wordStart, end.range.start) <= 0;
  });
  const last = path[path.length - 1];
  const statement = last && !isBlock(last) ? last : undefined;
  const previousOperands = statement ? statement.operands.filter((word) => comparePositions(word.range.end, wordStart) <= 0) : [];
  const firstOnLine = !before || before.range.end.line < wordStart.line;
  return { kind: firstOnLine ? 'statement' : 'operand', block, statement, previousOperands };
}
