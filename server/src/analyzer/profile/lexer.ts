/**
 * The Chevrotain lexer of PROFILE.TCPIP. The language is free format: blanks, TABs and
 * end-of-record separate words, ';' starts a comment to the end of the line, "..." is a string.
 * Keywords are not token types: whether a word is a keyword depends on where it stands (PORT is
 * a statement and a VIPADISTRIBUTE parameter), so the parser matches words against the keyword
 * table. Every character belongs to some token, so the lexer never reports an error.
 */
import { createToken, Lexer, type IToken } from 'chevrotain';

export const Blank = createToken({ name: 'Blank', pattern: /[ \t\f\v\u00a0]+/, group: Lexer.SKIPPED });
export const LineEnd = createToken({ name: 'LineEnd', pattern: /\r\n?|\n/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /;[^\r\n]*/, group: 'comments' });
/** A quoted string; an unterminated one runs to the end of the line (the parser reports it). */
export const QuotedString = createToken({ name: 'QuotedString', pattern: /"[^"\r\n]*"?/ });
/** Any run of other characters: names, numbers, addresses, symbols (&SYSCLONE.), '=', '*', '/*'. */
export const Word = createToken({ name: 'Word', pattern: /[^ \t\f\v\u00a0\r\n;"]+/ });

export const PROFILE_TOKENS = [Blank, LineEnd, Comment, QuotedString, Word];

const lexer = new Lexer(PROFILE_TOKENS, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: false,
});

export interface LexedProfile {
  /** Words and strings in order. */
  tokens: IToken[];
  /** ';' comments in order. */
  comments: IToken[];
}

export function lexProfile(text: string): LexedProfile {
  const result = lexer.tokenize(text);
  return { tokens: result.tokens, comments: result.groups.comments ?? [] };
}
