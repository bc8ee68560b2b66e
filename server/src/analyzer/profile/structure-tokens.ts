/**
 * Token types the Chevrotain grammar (profile-grammar.ts) parses with, decided from the keyword
 * table.
 *
 * Why a re-typing pass after lexing rather than a custom token pattern in the lexer: a word's
 * structural type is a keyword-table lookup (with abbreviations) on the whole word, which only
 * makes sense once the word is cut out; the lexer (lexer.ts) stays a five-pattern, context-free
 * splitter that other consumers (tests, the editor grammar generator) read as plain words, and the
 * lookup is the one ParseContext.statementWord already caches, so the grammar and the operand
 * readers can never disagree on what starts a statement. Chevrotain parsers accept any IToken[]
 * whose tokenType is set, so the typed tokens are handed to the parser directly.
 *
 * The type says only what a word COULD start anywhere (VIPADEFINE, ROUTE, END...): whether it does
 * start a statement where it stands (PORT as a VIPADISTRIBUTE operand, a job name that looks like a
 * keyword) is context, decided by the grammar's GATEs. Every type is in the AnyWord category, so
 * any word can be an operand.
 */
import { createToken, Lexer, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type { ParseContext } from './parse-context.js';

/** Any word or string: what an operand position consumes. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/** A word that starts no statement anywhere: names, values, strings, unknown statements. */
export const NonKeyword = createToken({ name: 'NonKeyword', pattern: Lexer.NA, categories: [AnyWord] });
/** Any END keyword. */
export const BlockEnd = createToken({ name: 'BlockEnd', pattern: Lexer.NA, categories: [AnyWord] });

export const PlainWord = createToken({ name: 'PlainWord', pattern: Lexer.NA, categories: [NonKeyword] });
export const StringValue = createToken({ name: 'StringValue', pattern: Lexer.NA, categories: [NonKeyword] });
/** A top-level statement keyword (HOME, PORT, IPCONFIG, INCLUDE, ...). */
export const StatementKeyword = createToken({ name: 'StatementKeyword', pattern: Lexer.NA, categories: [AnyWord] });
/** One of the seven VIPADYNAMIC sub-statements. */
export const VipaSubStatement = createToken({ name: 'VipaSubStatement', pattern: Lexer.NA, categories: [AnyWord] });
/** ROUTE, valid only inside BEGINROUTES. */
export const RouteKeyword = createToken({ name: 'RouteKeyword', pattern: Lexer.NA, categories: [AnyWord] });
export const VipaDynamicStart = createToken({ name: 'VipaDynamicStart', pattern: Lexer.NA, categories: [AnyWord] });
export const RoutesStart = createToken({ name: 'RoutesStart', pattern: Lexer.NA, categories: [AnyWord] });
/** AUTOLOG, BSDROUTINGPARMS, NETACCESS, SRCIP, ...: blocks whose entries are operands up to their END. */
export const EntryBlockStart = createToken({ name: 'EntryBlockStart', pattern: Lexer.NA, categories: [AnyWord] });
export const VipaDynamicEnd = createToken({ name: 'VipaDynamicEnd', pattern: Lexer.NA, categories: [BlockEnd] });
export const RoutesEnd = createToken({ name: 'RoutesEnd', pattern: Lexer.NA, categories: [BlockEnd] });
export const EntryBlockEnd = createToken({ name: 'EntryBlockEnd', pattern: Lexer.NA, categories: [BlockEnd] });

/** Every type, categories first (the order Chevrotain wants its vocabulary in). */
export const STRUCTURE_TOKENS: TokenType[] = [
  AnyWord, NonKeyword, BlockEnd, PlainWord, StringValue, StatementKeyword, VipaSubStatement, RouteKeyword,
  VipaDynamicStart, RoutesStart, EntryBlockStart, VipaDynamicEnd, RoutesEnd, EntryBlockEnd,
];

/** A token for the grammar: `index` points into ParseContext.tokens, where the AST's words live. */
export interface StructureToken extends IToken {
  index: number;
}

function typeOf(ctx: ParseContext, index: number): TokenType {
  const info = ctx.statementWord(index);
  if (!info) return ctx.tokens[index].kind === 'string' ? StringValue : PlainWord;
  switch (info.role) {
    case 'block-start':
      return info.name === 'VIPADYNAMIC' ? VipaDynamicStart : info.name === 'BEGINROUTES' ? RoutesStart : EntryBlockStart;
    case 'block-end':
      return info.name === 'ENDVIPADYNAMIC' ? VipaDynamicEnd : info.name === 'ENDROUTES' ? RoutesEnd : EntryBlockEnd;
    case 'vipa-statement':
      return VipaSubStatement;
    case 'block-statement':
      return RouteKeyword;
    default:
      return StatementKeyword;
  }
}

/**
 * Types the lexed words of `ctx` for the grammar, in place: `lexed` are the lexer's tokens (fresh
 * per parse, same order as ctx.tokens). In place because a copy per word cost more than the whole
 * statement-structure parse.
 */
export function structureTokens(ctx: ParseContext, lexed: IToken[]): StructureToken[] {
  for (let index = 0; index < lexed.length; index++) {
    const token = lexed[index] as StructureToken;
    const tokenType = typeOf(ctx, index);
    token.tokenType = tokenType;
    token.tokenTypeIdx = tokenType.tokenTypeIdx!;
    token.index = index;
  }
  return lexed as StructureToken[];
}

/** True when `token` is of `type` or one of its subtypes (the grammar's GATEs look ahead with it). */
export function isOfType(token: IToken, type: TokenType): boolean {
  return tokenMatcher(token, type);
}
