/**
 * parseProfile: PROFILE.TCPIP text -> ProfileDocument (typed AST, tokens, comments, findings).
 *
 * The scanner (scanner.ts) cuts the text into words, types them from the keyword table and tracks
 * positions in one pass; the Chevrotain grammar (profile-grammar.ts) finds statements and blocks, because the
 * language has no statement terminator: a statement runs until the next word that starts a
 * statement in the current context (parse-context.ts). The statements' operands are read in
 * parse-statements.ts and parse-vipa.ts. Pure, linear in the input, and it never throws.
 */
import type { IRecognitionException, IToken } from 'chevrotain';
import { LineIndex, type Range } from '../base/range.js';
import type { ProfileDocument, Statement } from './ast.js';
import type { Finding } from '../diagnostics/finding.js';
import { ParseContext } from './parse-context.js';
import { PROFILE_GRAMMAR, reportStrayEnd } from './profile-grammar.js';
import { scanProfile, type ScannedProfile } from './scanner.js';
import type { StructureToken } from './structure-tokens.js';
import { reportMisspellings } from './misspellings.js';

export function parseProfile(uri: string, text: string): ProfileDocument {
  try {
    return parseProfileOrThrow(uri, text);
  } catch (failure) {
    const lines = new LineIndex(text);
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

/** parseProfile without its safety net: throws on an internal failure (the workspace reports it). */
export function parseProfileOrThrow(uri: string, text: string): ProfileDocument {
  const scanned = scanProfile(text);
  const lines = new LineIndex(text, scanned.lineStarts);
  const ctx = new ParseContext(uri, lines, scanned);
  reportLexicalProblems(ctx, scanned);
  scanned.table.addressMemo = new Array(scanned.table.count);
  let grammar: ReturnType<typeof PROFILE_GRAMMAR.parse>;
  try {
    grammar = PROFILE_GRAMMAR.parse(ctx);
  } finally {
    scanned.table.addressMemo = undefined;
  }
  const { statements, errors } = grammar;
  reportGrammarErrors(ctx, errors);
  reportMisspellings({ findings: ctx.findings, tokens: ctx.tokens, statements });
  ctx.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return new ParsedProfile(uri, statements, ctx.tokens, scanned.comments, ctx.findings, lines.lineCount);
}

/**
 * A parsed profile. Comments are kept packed (three numbers each) and turned into ranges only when
 * asked for (folding): a profile has about one comment per three lines.
 */
class ParsedProfile implements ProfileDocument {
  constructor(
    readonly uri: string,
    readonly statements: Statement[],
    readonly tokens: ProfileDocument['tokens'],
    private readonly packedComments: Int32Array,
    readonly findings: Finding[],
    readonly lineCount: number,
  ) {}

  get comments(): Range[] {
    const ranges: Range[] = [];
    const packed = this.packedComments;
    for (let i = 0; i < packed.length; i += 3) {
      ranges.push({ start: { line: packed[i], character: packed[i + 1] }, end: { line: packed[i], character: packed[i + 2] } });
    }
    return ranges;
  }
}

function reportLexicalProblems(ctx: ParseContext, scanned: ScannedProfile): void {
  const pairs = scanned.commentsWithoutBlank;
  for (let i = 0; i < pairs.length; i += 2) {
    const line = pairs[i];
    const character = pairs[i + 1];
    ctx.report('comment-without-blank', { start: { line, character }, end: { line, character: character + 1 } }, "A value is immediately followed by ';': IBM requires a blank before a comment");
  }
  for (const word of scanned.unterminatedStrings) ctx.error(word.range, 'unterminated string: a closing " is missing on this line');
}

/**
 * Chevrotain's recognition errors after its own recovery, as findings. The grammar admits every
 * word sequence except an END that closes nothing at top level: Chevrotain's in-repetition
 * recovery skips the run of such ENDs and re-syncs at the next statement (or, at the end of the
 * file, leaves them as input it could not parse). Its error names only the first skipped token
 * reliably (`resyncedTokens` drops the last one before the end of the input), so the run is taken
 * from the tokens themselves, each reported as a stray END. Anything else would be a gap in the
 * grammar: reported on its tokens in our words, never Chevrotain's.
 */
function reportGrammarErrors(ctx: ParseContext, errors: IRecognitionException[]): void {
  const reported = new Set<number>();
  const isEnd = (index: number) => ctx.statementWord(index)?.role === 'block-end';
  for (const error of errors) {
    const first = (error.token as Partial<StructureToken>).index;
    if (first === undefined || reported.has(first)) continue;
    if (isEnd(first)) {
      for (let index = first; index < ctx.tokens.length && isEnd(index) && !reported.has(index); index++) {
        reported.add(index);
        reportStrayEnd(ctx, index);
      }
      continue;
    }
    for (const token of [error.token, ...((error as { resyncedTokens?: IToken[] }).resyncedTokens ?? [])]) {
      const index = (token as Partial<StructureToken>).index;
      if (index === undefined || reported.has(index)) continue;
      reported.add(index);
      ctx.error(ctx.tokens[index].range, `unexpected '${ctx.tokens[index].text}': it could not be read as part of a statement`);
    }
  }
}
