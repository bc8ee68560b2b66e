/**
 * The embedded actions and GATE answers of the grammar's block rules (profile-grammar.ts): one
 * BlockBuilder per block being parsed, holding the node and what decides where the block ends.
 *
 * A statement that does not belong inside a block (HOME inside VIPADYNAMIC) is handled by whether
 * the block is closed later (BlockEnds): if its END follows (before the block is opened again), the
 * statement is out of place inside the block and, in VIPADYNAMIC, stops the block's processing as a
 * syntax error does on the stack; if none follows, the END was forgotten, so the block ends before
 * that statement and only the missing END is reported, at the block start. Either way the rest of
 * the profile is parsed in its right context, with one error rather than one per statement.
 */
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { FOREIGN_BLOCKS, parameterKeyword } from '../keywords/keyword-table.js';
import type { Range } from '../base/range.js';
import type { BlockStatement, ProfileToken, Statement, VipaDynamicBlock } from './ast.js';
import type { BlockEnds } from './block-ends.js';
import { spanOf, type ParseContext } from './parse-context.js';

export type Place = 'top' | 'VIPADYNAMIC' | 'BEGINROUTES';

type BlockKind = 'VIPADYNAMIC' | 'BEGINROUTES' | 'entries';

export class BlockBuilder {
  private last: Range;
  /** Index into the block's statements of the first one after an error (VIPADYNAMIC only). */
  private firstErrorAt: number | undefined;

  private constructor(
    private readonly ctx: ParseContext,
    private readonly info: KeywordInfo,
    private readonly kind: BlockKind,
    private readonly closed: boolean,
    readonly node: VipaDynamicBlock | BlockStatement,
  ) {
    this.last = node.keyword.range;
  }

  static open(ctx: ParseContext, ends: BlockEnds, index: number, kind: BlockKind): BlockBuilder {
    const info = ctx.statementWord(index)!;
    const token = ctx.tokens[index];
    const closed = ends.isClosed(index, info);
    const foreign = kind === 'entries' ? FOREIGN_BLOCKS[info.name] : undefined;
    // Not a stack statement, but no IBM text says the stack rejects it: a warning, not an error.
    if (foreign) ctx.report('unknown-statement', token.range, `${info.name} is not a TCP/IP stack statement (${foreign})`, 'warning');
    ctx.markKeyword(token, info.name);
    token.statement = info.name;
    const base = { range: token.range, keyword: token as ProfileToken, operands: [], statements: [] };
    const node: VipaDynamicBlock | BlockStatement = kind === 'VIPADYNAMIC' ? { kind: 'VIPADYNAMIC', ...base } : { kind: 'BLOCK', name: info.name, ...base };
    return new BlockBuilder(ctx, info, kind, closed, node);
  }

  /** GATE: the word at `index` is this block's END. */
  atEnd(index: number | undefined): boolean {
    return index !== undefined && this.ctx.statementWord(index)?.name === this.info.endKeyword;
  }

  private belongs(word: KeywordInfo | undefined): boolean {
    if (!word || word.role === 'block-end') return true;
    return this.kind === 'VIPADYNAMIC' ? word.role === 'vipa-statement' : word.name === 'ROUTE';
  }

  /** GATE of the block body: the word at `index` is read as a statement of this block. */
  continues(index: number | undefined): boolean {
    if (index === undefined || this.atEnd(index)) return false;
    return this.closed || this.belongs(this.ctx.statementWord(index));
  }

  /** Before a body statement: reports it when out of place; returns the error count so far. */
  beforeStatement(index: number): number {
    const errorsBefore = this.ctx.errorCount;
    const word = this.ctx.statementWord(index);
    if (!this.belongs(word)) {
      const only =
        this.kind === 'VIPADYNAMIC'
          ? 'only VIPADEFINE, VIPABACKUP, VIPADELETE, VIPADISTRIBUTE, VIPARANGE, VIPAROUTE and VIPASMPARMS are'
          : 'only ROUTE statements are';
      this.ctx.report('statement-out-of-place', this.ctx.tokens[index].range, `${word!.name} is not valid inside ${this.info.name} (${only})`);
    }
    return errorsBefore;
  }

  afterStatement(statement: Statement | undefined, errorsBefore: number): void {
    const statements = this.node.statements;
    if (statement) {
      statements.push(statement);
      this.last = statement.range;
    }
    if (this.kind === 'VIPADYNAMIC' && this.ctx.errorCount > errorsBefore && this.firstErrorAt === undefined) this.firstErrorAt = statements.length;
  }

  /**
   * GATE of an entry block: the word at `index` is an entry. With the END present every word up to
   * it is one (as on the stack: job and link names may look like keywords). Without it the stack
   * would read the rest of the file as entries; the block ends at the next statement keyword instead.
   */
  takesEntry(index: number | undefined): boolean {
    if (index === undefined || this.atEnd(index)) return false;
    return this.closed || !this.ctx.statementWord(index);
  }

  addEntry(index: number): void {
    const operand = this.ctx.tokens[index];
    operand.statement = this.info.name;
    const keyword = operand.kind === 'string' ? undefined : parameterKeyword(operand.upper, this.info.name)?.name;
    if (keyword) this.ctx.markKeyword(operand, keyword);
    this.node.operands.push(operand);
    this.last = operand.range;
  }

  takeEnd(index: number): void {
    const end = this.ctx.tokens[index];
    this.ctx.markKeyword(end, this.info.endKeyword!);
    end.statement = this.info.name;
    this.node.end = end;
  }

  /** Closes the node: its range, a missing END at the block start, and what the stack ignores. */
  finish(): Statement {
    const node = this.node;
    if (!node.end) this.ctx.error(node.keyword.range, `${this.info.name} has no ${this.info.endKeyword}`);
    node.range = spanOf(node.keyword.range, node.end ? node.end.range : this.last);
    if (node.kind === 'VIPADYNAMIC' && this.firstErrorAt !== undefined && this.firstErrorAt < node.statements.length) {
      node.ignoredFrom = this.firstErrorAt;
      const ignored = node.statements.slice(this.firstErrorAt);
      const errorLine = node.statements[this.firstErrorAt - 1]?.range.start.line ?? node.keyword.range.start.line;
      this.ctx.report(
        'ignored-after-error',
        spanOf(ignored[0].range, ignored[ignored.length - 1].range),
        `The stack ignores ${ignored.length === 1 ? 'this statement' : `these ${ignored.length} statements`}: a syntax error in the VIPADYNAMIC block (line ${errorLine + 1}) ends its processing`,
      );
    }
    return node;
  }
}
