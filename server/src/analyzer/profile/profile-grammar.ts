/**
 * The Chevrotain grammar of PROFILE.TCPIP's statement structure:
 *
 *   profile     → statementIn('top')*
 *   statementIn → unknownStatement | strayEnd | vipaStatement | routeStatement
 *               | vipaDynamicBlock | routesBlock | entryBlock | plainStatement
 *   a block     → its START, statementIn(block)* (or entry words), END?
 *   a statement → its keyword, then operands while the next word continues it
 *
 * The language has no statement terminator and its keywords are context-sensitive (PORT is a
 * statement and a VIPADISTRIBUTE operand; a job name may look like a keyword), so where a statement
 * or block ends is decided by GATEs calling the same helpers the operand readers use
 * (ParseContext.continuesStatement, the per-statement protection tables, BlockEnds). The embedded
 * actions hand each statement's token slice to the typed readers (parse-statements.ts,
 * parse-vipa.ts) and assemble the blocks (block-actions.ts).
 *
 * Recovery: a missing END is an OPTION, not left to Chevrotain's single-token insertion, because
 * the finding belongs at the block START and the block must end before the first statement that
 * cannot be inside it (BlockEnds looks ahead for that); Chevrotain would insert the END only where
 * it notices it is missing. A stray END at top level starts nothing here: Chevrotain's
 * in-repetition recovery skips it and re-syncs at the next statement, and parse-profile.ts turns
 * its error into a finding. Inside a block a stray END is matched (strayEnd) because it counts as
 * the block's first error (the stack stops processing a VIPADYNAMIC block there).
 *
 * Built once (module level: Chevrotain's self-analysis is expensive); `parse` resets the input.
 */
import { EmbeddedActionsParser, type IOrAlt, type IRecognitionException, type TokenType } from 'chevrotain';
import type { ProfileToken, Statement, UnknownStatement } from './ast.js';
import { REMOVED_STATEMENTS } from '../keywords/keyword-table.js';
import { spanWords, type ParseContext, type Protect } from './parse-context.js';
import { readStatement, statementProtection } from './parse-statements.js';
import { readVipaStatement, vipaProtection } from './parse-vipa.js';
import { BlockEnds } from './block-ends.js';
import { BlockBuilder, type Place } from './block-actions.js';
import {
  AnyWord, BlockEnd, EntryBlockStart, NonKeyword, RouteKeyword, RoutesEnd, RoutesStart, STRUCTURE_TOKENS,
  StatementKeyword, VipaDynamicEnd, VipaDynamicStart, VipaSubStatement, isOfType, type StructureToken,
} from './structure-tokens.js';

export interface GrammarResult {
  statements: Statement[];
  /** Chevrotain's own recognition errors (after its recovery); parse-profile.ts maps them to findings. */
  errors: IRecognitionException[];
}

export class ProfileGrammar extends EmbeddedActionsParser {
  private ctx!: ParseContext;
  private ends!: BlockEnds;
  /** Where the statement being matched stands; read by the OR alternatives (built once, see statementIn). */
  private place: Place = 'top';
  /** The statement whose operands operandsOf is collecting (operand lists never nest). */
  private operandStatement = '';
  private operandProtect: Protect = () => false;
  private operands: ProfileToken[] = [];

  constructor(options: { skipValidations?: boolean } = {}) {
    // skipValidations: the grammar's self-checks cost start-up time on every server start (see
    // GRAMMAR_VALIDATIONS below).
    super(STRUCTURE_TOKENS, { recoveryEnabled: true, maxLookahead: 1, skipValidations: options.skipValidations ?? false });
    this.performSelfAnalysis();
  }

  /** Parses the scanned words of `ctx` (they are the grammar's tokens: scanner.ts). */
  parse(ctx: ParseContext): GrammarResult {
    this.ctx = ctx;
    this.ends = new BlockEnds(ctx);
    this.input = ctx.tokens;
    const statements = this.profile() ?? [];
    const errors = this.errors;
    // The instance lives on: do not keep the last document alive through it.
    this.input = [];
    this.ctx = undefined!;
    this.ends = undefined!;
    this.operands = [];
    return { statements, errors };
  }

  /**
   * True while Chevrotain records the grammar (performSelfAnalysis runs every rule once with
   * placeholder tokens): actions must not run then. Tested inline rather than with ACTION(() => ...)
   * because a closure per word was a third of the parse time.
   */
  private get recording(): boolean {
    return (this as unknown as { RECORDING_PHASE: boolean }).RECORDING_PHASE;
  }

  /** The AST word behind the next token; undefined at the end of the input. */
  private nextIndex(): number | undefined {
    return (this.LA(1) as Partial<StructureToken>).index;
  }

  private word(token: StructureToken): ProfileToken {
    return this.ctx.tokens[token.index];
  }

  /** Marks a statement keyword with its full name and returns that name. */
  private begin(token: StructureToken): string {
    const name = this.ctx.statementWord(token.index)!.name;
    const word = this.word(token);
    this.ctx.markKeyword(word, name);
    word.statement = name;
    return name;
  }

  // The operand repetition's GATE and DEF are built once: they run for every word of the profile.
  private readonly operandRepetition = {
    GATE: (): boolean => {
      const index = this.nextIndex();
      return index !== undefined && this.ctx.continuesStatement(index, this.operandStatement, this.operands, this.operandProtect);
    },
    DEF: (): void => {
      const token = this.CONSUME(AnyWord) as StructureToken;
      if (this.recording) return;
      const word = this.word(token);
      word.statement = this.operandStatement;
      this.operands.push(word);
    },
  };

  /**
   * Operands of statement `name`: words while the next one continues it (one MANY per calling rule).
   * The grammar records MANY(GATE, CONSUME(AnyWord)); when parsing, the same repetition runs as a
   * plain loop (GATE, then SKIP_TOKEN), because it is the innermost loop of the whole parse and
   * every word is an AnyWord: nothing of Chevrotain's MANY (lookahead, in-repetition recovery, which
   * a repetition at the end of a rule never attempts) can differ.
   */
  private operandsOf(name: string, protect: Protect): ProfileToken[] {
    const operands: ProfileToken[] = [];
    this.operandStatement = name;
    this.operandProtect = protect;
    this.operands = operands;
    if (this.recording) {
      this.MANY(this.operandRepetition);
      return operands;
    }
    const ctx = this.ctx;
    let next = this.LA(1) as Partial<StructureToken>;
    while (next.index !== undefined && ctx.continuesStatement(next.index, name, operands, protect)) {
      const word = ctx.tokens[next.index];
      word.statement = name;
      operands.push(word);
      next = this.SKIP_TOKEN() as Partial<StructureToken>;
    }
    return operands;
  }

  /** Block body: statements while the block says the next word is still inside (one MANY per calling rule). */
  private blockBody(block: BlockBuilder | undefined, place: Place): void {
    this.MANY({
      GATE: () => block!.continues(this.nextIndex()),
      DEF: () => {
        const errorsBefore = this.recording ? 0 : block!.beforeStatement(this.nextIndex()!);
        this.place = place;
        const statement = this.SUBRULE(this.statementIn);
        if (!this.recording) block!.afterStatement(statement, errorsBefore);
      },
    });
  }

  /** The block's END, if it is the next word (a missing one is reported by BlockBuilder.finish). */
  private blockEnd(block: BlockBuilder | undefined, endType: TokenType): void {
    this.OPTION({
      GATE: () => block!.atEnd(this.nextIndex()),
      DEF: () => {
        const end = this.CONSUME(endType) as StructureToken;
        if (!this.recording) block!.takeEnd(end.index);
      },
    });
  }

  private readonly profile = this.RULE('profile', () => {
    const statements: Statement[] = [];
    this.MANY({
      GATE: () => !isOfType(this.LA(1), BlockEnd),
      DEF: () => {
        this.place = 'top';
        const statement = this.SUBRULE(this.statementIn);
        if (statement) statements.push(statement);
      },
    });
    return statements;
  });

  // Built once and read per call (Chevrotain's advice for hot ORs). The rules that care where they
  // stand read `this.place` as their first step, before any nested statement can change it (a
  // field rather than rule ARGS, which would allocate per statement).
  private readonly statementAlternatives: IOrAlt<Statement | undefined>[] = [
    { ALT: () => this.SUBRULE(this.unknownStatement) },
    { ALT: () => this.SUBRULE(this.strayEnd) },
    { ALT: () => this.SUBRULE(this.vipaStatement) },
    { ALT: () => this.SUBRULE(this.routeStatement) },
    { ALT: () => this.SUBRULE(this.vipaDynamicBlock) },
    { ALT: () => this.SUBRULE(this.routesBlock) },
    { ALT: () => this.SUBRULE(this.entryBlock) },
    { ALT: () => this.SUBRULE(this.plainStatement) },
  ];

  /** One statement, block or stray END where `this.place` says (set by the caller just before). */
  private readonly statementIn = this.RULE('statementIn', (): Statement | undefined => this.OR(this.statementAlternatives));

  /** A word at statement position that starts no statement; its operands run to the next statement. */
  private readonly unknownStatement = this.RULE('unknownStatement', () => {
    const place = this.place;
    const start = this.CONSUME(NonKeyword) as StructureToken;
    const keyword = this.recording ? undefined : reportUnknown(this.ctx, this.word(start), place);
    const operands: ProfileToken[] = [];
    this.MANY({
      // A line that starts with a statement we know is foreign (z/VM, removed) ends it, so each is named.
      GATE: () => {
        const index = this.nextIndex();
        return index !== undefined && !(this.ctx.isRemovedStatement(index) && this.ctx.startsLine(index));
      },
      DEF: () => {
        const token = this.CONSUME2(NonKeyword) as StructureToken;
        if (!this.recording) operands.push(this.word(token));
      },
    });
    if (!keyword) return undefined;
    const unknown: UnknownStatement = { kind: 'UNKNOWN', range: spanWords(keyword, operands[operands.length - 1] ?? keyword), keyword, operands };
    return unknown;
  });

  /** An END inside a block that it does not close. */
  private readonly strayEnd = this.RULE('strayEnd', (): Statement | undefined => {
    const end = this.CONSUME(BlockEnd) as StructureToken;
    if (!this.recording) reportStrayEnd(this.ctx, end.index);
    return undefined;
  });

  private readonly vipaStatement = this.RULE('vipaStatement', () => {
    const place = this.place;
    const keyword = this.CONSUME(VipaSubStatement) as StructureToken;
    if (!this.recording && place !== 'VIPADYNAMIC') {
      this.ctx.report('statement-out-of-place', this.word(keyword).range, `${this.ctx.statementWord(keyword.index)!.name} is only valid inside a VIPADYNAMIC ... ENDVIPADYNAMIC block`);
    }
    const name = this.recording ? '' : this.begin(keyword);
    const operands = this.operandsOf(name, vipaProtection(name));
    return this.recording ? undefined : readVipaStatement(this.ctx, this.word(keyword), name, operands);
  });

  private readonly routeStatement = this.RULE('routeStatement', () => {
    const place = this.place;
    const keyword = this.CONSUME(RouteKeyword) as StructureToken;
    if (!this.recording && place !== 'BEGINROUTES') {
      this.ctx.report('statement-out-of-place', this.word(keyword).range, `${this.ctx.statementWord(keyword.index)!.name} is only valid inside a BEGINROUTES ... ENDROUTES block`);
    }
    const name = this.recording ? '' : this.begin(keyword);
    const operands = this.operandsOf(name, statementProtection(name));
    return this.recording ? undefined : readStatement(this.ctx, this.word(keyword), name, operands);
  });

  private readonly plainStatement = this.RULE('plainStatement', () => {
    const keyword = this.CONSUME(StatementKeyword) as StructureToken;
    const name = this.recording ? '' : this.begin(keyword);
    const operands = this.operandsOf(name, statementProtection(name));
    return this.recording ? undefined : readStatement(this.ctx, this.word(keyword), name, operands);
  });

  private readonly vipaDynamicBlock = this.RULE('vipaDynamicBlock', () => {
    const start = this.CONSUME(VipaDynamicStart) as StructureToken;
    const block = this.recording ? undefined : BlockBuilder.open(this.ctx, this.ends, start.index, 'VIPADYNAMIC');
    this.blockBody(block, 'VIPADYNAMIC');
    this.blockEnd(block, VipaDynamicEnd);
    return block?.finish();
  });

  private readonly routesBlock = this.RULE('routesBlock', () => {
    const start = this.CONSUME(RoutesStart) as StructureToken;
    const block = this.recording ? undefined : BlockBuilder.open(this.ctx, this.ends, start.index, 'BEGINROUTES');
    this.blockBody(block, 'BEGINROUTES');
    this.blockEnd(block, RoutesEnd);
    return block?.finish();
  });

  /** AUTOLOG, BSDROUTINGPARMS, NETACCESS, SRCIP, ...: entries (kept as operands) up to the END. */
  private readonly entryBlock = this.RULE('entryBlock', () => {
    const start = this.CONSUME(EntryBlockStart) as StructureToken;
    const block = this.recording ? undefined : BlockBuilder.open(this.ctx, this.ends, start.index, 'entries');
    if (this.recording || !block) {
      this.MANY({
        GATE: () => block!.takesEntry(this.nextIndex()),
        DEF: () => {
          const entry = this.CONSUME(AnyWord) as StructureToken;
          if (!this.recording) block!.addEntry(entry.index);
        },
      });
    } else {
      // The same repetition as a plain loop when parsing (see operandsOf): entry blocks can be long.
      let next = this.LA(1) as Partial<StructureToken>;
      while (next.index !== undefined && block.takesEntry(next.index)) {
        block.addEntry(next.index);
        next = this.SKIP_TOKEN() as Partial<StructureToken>;
      }
    }
    this.blockEnd(block, BlockEnd);
    return block?.finish();
  });
}

/** Reports an unknown word at statement position; returns its AST word. */
function reportUnknown(ctx: ParseContext, token: ProfileToken, place: Place): ProfileToken {
  const where = place === 'top' ? '' : ` inside ${place}`;
  const known = REMOVED_STATEMENTS[token.upper];
  if (token.kind === 'string' || token.kind === 'number' || token.kind === 'other' || token.kind.startsWith('ipv')) {
    ctx.report('syntax-error', token.range, `expected a statement keyword${where}, found '${token.text}'`);
  } else {
    ctx.report('unknown-statement', token.range, `'${token.text}' is not a z/OS TCP/IP profile statement${where}${known ? ` (${known})` : ''}`);
  }
  token.statement = undefined;
  return token;
}

/** Reports an END keyword that closes no open block (inside a block, or skipped by Chevrotain's recovery at top level). */
export function reportStrayEnd(ctx: ParseContext, index: number): void {
  const info = ctx.statementWord(index)!;
  const token = ctx.tokens[index];
  ctx.markKeyword(token, info.name);
  token.statement = info.name;
  ctx.error(token.range, `${info.name} without ${info.context?.[0] ?? 'its block start'}`);
}

/**
 * Chevrotain's grammar validations run when the instance is built. They find grammar mistakes, so
 * they run in the tests (the sources); the bundles users start (build.mjs defines
 * process.env.VIPA_GRAMMAR_VALIDATIONS as "off") skip them to start faster.
 */
const GRAMMAR_VALIDATIONS = typeof process === 'undefined' || process.env.VIPA_GRAMMAR_VALIDATIONS !== 'off';

/** The one grammar instance (see the file comment), reused for every parse. */
export const PROFILE_GRAMMAR = new ProfileGrammar({ skipValidations: !GRAMMAR_VALIDATIONS });
