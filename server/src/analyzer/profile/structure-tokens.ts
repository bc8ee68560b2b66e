/**
 * Token types the Chevrotain grammar (profile-grammar.ts) parses with, decided from the keyword
 * table.
 *
 * The scanner (scanner.ts) gives each word its type as it cuts the word out: a word's structural
 * type is a keyword-table lookup (with abbreviations) on the whole word, the same lookup
 * ParseContext.statementWord answers, so the grammar and the operand readers can never disagree on
 * what starts a statement. Chevrotain parsers accept any IToken[] whose tokenTypeIdx is set, so the
 * scanned words are handed to the parser directly.
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

/** A token for the grammar: the scanner's ProfileWord, whose `index` points into ParseContext.tokens. */
export interface StructureToken extends IToken {
  index: number;
}

/**
 * The words of `ctx` as grammar tokens. The scanner (scanner.ts) already typed them from the
 * keyword table, and a word is its own token, so this is the word list itself.
 */
export function structureTokens(ctx: ParseContext): StructureToken[] {
  return ctx.tokens;
}

/** True when `token` is of `type` or one of its subtypes (the grammar's GATEs look ahead with it). */
export function isOfType(token: IToken, type: TokenType): boolean {
  return tokenMatcher(token, type);
}
