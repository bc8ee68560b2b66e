/**
 * parseProfile: PROFILE.TCPIP text -> ProfileDocument (typed AST, tokens, comments, findings).
 *
 * The Chevrotain lexer (lexer.ts) produces words; statements are found by keyword, because the
 * language has no statement terminator: a statement runs until the next word that starts a
 * statement in the current context (parse-context.ts). Blocks (VIPADYNAMIC, BEGINROUTES and the
 * END-terminated entry blocks) are read here; the statements themselves in parse-statements.ts and
 * parse-vipa.ts. Pure, linear in the input, and it never throws.
 */
import type { IToken } from 'chevrotain';
import { LineIndex, type Range } from '../text/range.js';
import type { BlockStatement, ProfileDocument, ProfileToken, Statement, UnknownStatement, VipaDynamicBlock } from './ast.js';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { FOREIGN_BLOCKS, REMOVED_STATEMENTS, lookupKeyword } from '../keywords/keyword-table.js';
import { lexProfile } from './lexer.js';
import { ParseContext, spanOf } from './parse-context.js';
import { parseStatement } from './parse-statements.js';
import { parseVipaStatement } from './parse-vipa.js';
import { BlockEnds } from './block-ends.js';

const BLANKS = new Set([' ', '\t', '\r', '\n', '\f', '\v', '\u00a0']);

export function parseProfile(uri: string, text: string): ProfileDocument {
  const lines = new LineIndex(text);
  try {
    return parseChecked(uri, text, lines);
  } catch (failure) {
    const at = lines.rangeOf(0, 0);
    return {
      uri,
      statements: [],
      tokens: [],
      comments: [],
      lineCount: lines.lineCount,
      findings: [
        {
          uri,
          range: at,
          severity: 'error',
          code: 'syntax-error',
          message: `internal parser failure, the profile was not analysed: ${failure instanceof Error ? failure.message : String(failure)}`,
        },
      ],
    };
  }
}

function parseChecked(uri: string, text: string, lines: LineIndex): ProfileDocument {
  const lexed = lexProfile(text);
  const ctx = new ParseContext(uri, lines, lexed.tokens);
  const comments = lexed.comments.map((comment) => lines.rangeOf(comment.startOffset, comment.startOffset + comment.image.length));
  reportLexicalProblems(ctx, text, lexed.tokens, lexed.comments, lines);
  const parser = new ProfileParser(ctx);
  const statements = parser.parseTopLevel();
  ctx.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { uri, statements, tokens: ctx.tokens, comments, findings: ctx.findings, lineCount: lines.lineCount };
}

function reportLexicalProblems(ctx: ParseContext, text: string, tokens: IToken[], comments: IToken[], lines: LineIndex): void {
  for (const comment of comments) {
    const before = comment.startOffset > 0 ? text[comment.startOffset - 1] : ' ';
    if (!BLANKS.has(before)) {
      ctx.report(
        'comment-without-blank',
        lines.rangeOf(comment.startOffset, comment.startOffset + 1),
        "A value is immediately followed by ';': IBM requires a blank before a comment",
      );
    }
  }
  for (const token of tokens) {
    if (token.image.startsWith('"') && (token.image.length === 1 || !token.image.endsWith('"'))) {
      ctx.error(lines.rangeOf(token.startOffset, token.startOffset + token.image.length), 'unterminated string: a closing " is missing on this line');
    }
  }
}

type Place = 'top' | 'VIPADYNAMIC' | 'BEGINROUTES';

class ProfileParser {
  private readonly ends: BlockEnds;

  constructor(private readonly ctx: ParseContext) {
    this.ends = new BlockEnds(ctx);
  }

  parseTopLevel(): Statement[] {
    const statements: Statement[] = [];
    while (!this.ctx.done) {
      const statement = this.parseOne('top');
      if (statement) statements.push(statement);
    }
    return statements;
  }

  /** Parses one statement at ctx.pos in `place`; undefined when only a stray word was consumed. */
  private parseOne(place: Place): Statement | undefined {
    const ctx = this.ctx;
    const token = ctx.peek()!;
    const info = ctx.statementWord(ctx.pos);
    if (!info) return this.unknown(token, place);
    switch (info.role) {
      case 'block-end':
        ctx.markKeyword(token, info.name);
        token.statement = info.name;
        ctx.error(token.range, `${info.name} without ${info.context?.[0] ?? 'its block start'}`);
        ctx.pos++;
        return undefined;
      case 'vipa-statement':
        if (place !== 'VIPADYNAMIC') {
          ctx.report('statement-out-of-place', token.range, `${info.name} is only valid inside a VIPADYNAMIC ... ENDVIPADYNAMIC block`);
        }
        return parseVipaStatement(ctx, token, info.name);
      case 'block-statement':
        if (place !== 'BEGINROUTES') {
          ctx.report('statement-out-of-place', token.range, `${info.name} is only valid inside a BEGINROUTES ... ENDROUTES block`);
        }
        return parseStatement(ctx, token, info.name);
      case 'block-start':
        if (info.name === 'VIPADYNAMIC') return this.vipaDynamic(token, info);
        if (info.name === 'BEGINROUTES') return this.routes(token, info);
        return this.entryBlock(token, info);
      default:
        return parseStatement(ctx, token, info.name);
    }
  }

  private unknown(token: ProfileToken, place: Place): UnknownStatement {
    const ctx = this.ctx;
    ctx.pos++;
    const where = place === 'top' ? '' : ` inside ${place}`;
    const known = REMOVED_STATEMENTS[token.upper];
    if (token.kind === 'string' || token.kind === 'number' || token.kind === 'other' || token.kind.startsWith('ipv')) {
      ctx.report('syntax-error', token.range, `expected a statement keyword${where}, found '${token.text}'`);
    } else {
      ctx.report('unknown-statement', token.range, `'${token.text}' is not a z/OS TCP/IP profile statement${where}${known ? ` (${known})` : ''}`);
    }
    token.statement = undefined;
    // The operands of an unknown statement run to the next statement keyword; a line that starts
    // with another statement we know is foreign (z/VM, removed) also ends it, so each is named.
    const operands = ctx.skipToStatement(undefined, (next, index) => REMOVED_STATEMENTS[next.upper] !== undefined && ctx.startsLine(index));
    return { kind: 'UNKNOWN', range: spanOf(token.range, (operands[operands.length - 1] ?? token).range), keyword: token, operands };
  }

  private startBlock(token: ProfileToken, info: KeywordInfo): void {
    this.ctx.markKeyword(token, info.name);
    token.statement = info.name;
    this.ctx.pos++;
  }

  private finishBlock(token: ProfileToken, info: KeywordInfo, end: ProfileToken | undefined, last: Range): Range {
    if (!end) this.ctx.error(token.range, `${info.name} has no ${info.endKeyword}`);
    return spanOf(token.range, end ? end.range : last);
  }

  /** True when the word at ctx.pos is the END of the block `info`. */
  private atEnd(info: KeywordInfo): boolean {
    return this.ctx.statementWord(this.ctx.pos)?.name === info.endKeyword;
  }

  private takeEnd(info: KeywordInfo): ProfileToken | undefined {
    if (!this.atEnd(info)) return undefined;
    const end = this.ctx.peek()!;
    this.ctx.markKeyword(end, info.endKeyword!);
    end.statement = info.name;
    this.ctx.pos++;
    return end;
  }

  /**
   * VIPADYNAMIC ... ENDVIPADYNAMIC. A statement that does not belong inside (HOME, PORT, ...) is
   * handled by whether the block is closed later: if an ENDVIPADYNAMIC follows (before another
   * VIPADYNAMIC), the statement is out of place inside the block and stops the block's processing,
   * as a syntax error does on the stack; if none follows, the END was forgotten, so the block ends
   * before that statement and only the missing END is reported. Either way the rest of the profile
   * is parsed in its right context, and one error is reported, not one per following statement.
   */
  private vipaDynamic(token: ProfileToken, info: KeywordInfo): VipaDynamicBlock {
    const ctx = this.ctx;
    const closed = this.ends.isClosed(ctx.pos, info);
    this.startBlock(token, info);
    const block: VipaDynamicBlock = { kind: 'VIPADYNAMIC', range: token.range, keyword: token, operands: [], statements: [] };
    let firstErrorAt: number | undefined;
    let last: Range = token.range;
    while (!ctx.done) {
      const end = this.takeEnd(info);
      if (end) {
        block.end = end;
        break;
      }
      const word = ctx.statementWord(ctx.pos);
      const belongs = !word || word.role === 'vipa-statement' || word.role === 'block-end';
      if (!belongs && !closed) break;
      const errorsBefore = ctx.errorCount;
      if (!belongs) {
        ctx.report('statement-out-of-place', ctx.peek()!.range, `${word!.name} is not valid inside VIPADYNAMIC (only VIPADEFINE, VIPABACKUP, VIPADELETE, VIPADISTRIBUTE, VIPARANGE, VIPAROUTE and VIPASMPARMS are)`);
      }
      const statement = this.parseOne('VIPADYNAMIC');
      if (statement) {
        block.statements.push(statement);
        last = statement.range;
      }
      if (ctx.errorCount > errorsBefore && firstErrorAt === undefined) firstErrorAt = block.statements.length;
    }
    block.range = this.finishBlock(token, info, block.end, last);
    if (firstErrorAt !== undefined && firstErrorAt < block.statements.length) {
      block.ignoredFrom = firstErrorAt;
      const ignored = block.statements.slice(firstErrorAt);
      const errorLine = block.statements[firstErrorAt - 1]?.range.start.line ?? token.range.start.line;
      ctx.report(
        'ignored-after-error',
        spanOf(ignored[0].range, ignored[ignored.length - 1].range),
        `The stack ignores ${ignored.length === 1 ? 'this statement' : `these ${ignored.length} statements`}: a syntax error in the VIPADYNAMIC block (line ${errorLine + 1}) ends its processing`,
      );
    }
    return block;
  }

  /** BEGINROUTES: ROUTE statements up to ENDROUTES. */
  private routes(token: ProfileToken, info: KeywordInfo): BlockStatement {
    const ctx = this.ctx;
    const closed = this.ends.isClosed(ctx.pos, info);
    this.startBlock(token, info);
    const block: BlockStatement = { kind: 'BLOCK', name: info.name, range: token.range, keyword: token, operands: [], statements: [] };
    let last: Range = token.range;
    while (!ctx.done) {
      const end = this.takeEnd(info);
      if (end) {
        block.end = end;
        break;
      }
      const word = ctx.statementWord(ctx.pos);
      const belongs = !word || word.name === 'ROUTE' || word.role === 'block-end';
      if (!belongs && !closed) break;
      if (!belongs) {
        ctx.report('statement-out-of-place', ctx.peek()!.range, `${word!.name} is not valid inside BEGINROUTES (only ROUTE statements are)`);
      }
      const statement = this.parseOne('BEGINROUTES');
      if (statement) {
        block.statements.push(statement);
        last = statement.range;
      }
    }
    block.range = this.finishBlock(token, info, block.end, last);
    return block;
  }

  /**
   * AUTOLOG, BSDROUTINGPARMS, DEFADDRTABLE, IPSEC, NETACCESS, SRCIP (and the Telnet blocks, see
   * FOREIGN_BLOCKS): entries up to the END keyword,
   * kept as operands. With the END present every word up to it is an entry (as on the stack: job
   * and link names may look like keywords). Without it the stack would read the rest of the file as
   * entries; we report the missing END and end the block at the next statement keyword instead.
   */
  private entryBlock(token: ProfileToken, info: KeywordInfo): BlockStatement {
    const ctx = this.ctx;
    const closed = this.ends.isClosed(ctx.pos, info);
    const foreign = FOREIGN_BLOCKS[info.name];
    // Not a stack statement, but no IBM text says the stack rejects it: a warning, not an error.
    if (foreign) ctx.report('unknown-statement', token.range, `${info.name} is not a TCP/IP stack statement (${foreign})`, 'warning');
    this.startBlock(token, info);
    const block: BlockStatement = { kind: 'BLOCK', name: info.name, range: token.range, keyword: token, operands: [], statements: [] };
    while (!ctx.done && !this.atEnd(info)) {
      if (!closed && ctx.statementWord(ctx.pos)) break;
      const operand = ctx.peek()!;
      operand.statement = info.name;
      const keyword = operand.kind === 'string' ? undefined : lookupParameter(operand.text, info.name);
      if (keyword) ctx.markKeyword(operand, keyword);
      block.operands.push(operand);
      ctx.pos++;
    }
    block.end = this.takeEnd(info);
    const last = (block.operands[block.operands.length - 1] ?? token).range;
    block.range = this.finishBlock(token, info, block.end, last);
    return block;
  }
}

function lookupParameter(text: string, statement: string): string | undefined {
  return lookupKeyword(text, ['parameter'], statement)?.name;
}
