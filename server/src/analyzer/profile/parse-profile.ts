/**
 * parseProfile: PROFILE.TCPIP text -> ProfileDocument (typed AST, tokens, comments, findings).
 *
 * The Chevrotain lexer (lexer.ts) produces words; structure-tokens.ts types them from the keyword
 * table; the Chevrotain grammar (profile-grammar.ts) finds statements and blocks, because the
 * language has no statement terminator: a statement runs until the next word that starts a
 * statement in the current context (parse-context.ts). The statements' operands are read in
 * parse-statements.ts and parse-vipa.ts. Pure, linear in the input, and it never throws.
 */
import type { IRecognitionException, IToken } from 'chevrotain';
import { LineIndex } from '../base/range.js';
import type { ProfileDocument } from './ast.js';
import { lexProfile } from './lexer.js';
import { ParseContext } from './parse-context.js';
import { PROFILE_GRAMMAR, reportStrayEnd } from './profile-grammar.js';
import { structureTokens, type StructureToken } from './structure-tokens.js';
import { reportMisspellings } from './misspellings.js';

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
  const { statements, errors } = PROFILE_GRAMMAR.parse(ctx, structureTokens(ctx, lexed.tokens));
  reportGrammarErrors(ctx, errors);
  reportMisspellings({ findings: ctx.findings, tokens: ctx.tokens, statements });
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
