/**
 * The production scanner of PROFILE.TCPIP: one pass over the character codes that cuts the text
 * into words, strings and comments with the lexical rules of lexer.ts (the Chevrotain lexer, kept
 * as the reference that tests compare this scanner against), and at the same time:
 *  - tracks line and column, so no position is ever searched for;
 *  - classifies each word's value kind (ipv4, number, symbol, ...) as values.ts classifyValue
 *    does, without allocating for the common cases;
 *  - looks each word up as a statement keyword and gives it its structural token type;
 *  - notes the lexical problems (a comment without a blank before it, an unterminated string).
 *
 * The words go into a WordTable (word-table.ts: typed arrays); each gets ONE small object, a
 * ProfileWord view of its row: the AST word the statement readers and every later consumer see, and
 * the token the Chevrotain grammar (profile-grammar.ts) consumes. No string, range or other object is
 * made per word while scanning (names are sliced once, for the keyword lookup).
 */
import type { TokenType } from 'chevrotain';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { REMOVED_STATEMENTS, statementKeyword } from '../keywords/keyword-table.js';
import { parseAddressText } from '../base/addresses.js';
import type { ValueKind } from './ast.js';
import {
  EntryBlockEnd, EntryBlockStart, PlainWord, RouteKeyword, RoutesEnd, RoutesStart, StatementKeyword, StringValue,
  VipaDynamicEnd, VipaDynamicStart, VipaSubStatement,
} from './structure-tokens.js';
import { ProfileWord, REMOVED_STATEMENT_WORD, WordTable, kindCode, numberValue } from './word-table.js';

export { ProfileWord } from './word-table.js';

export interface ScannedProfile {
  /** The words, column-wise (word-table.ts). */
  table: WordTable;
  /** One view per word, in order. */
  words: ProfileWord[];
  /** Comments as [line, startColumn, endColumn] triples. */
  comments: Int32Array;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** ';' right after a value: [line, column] pairs (comment-without-blank). */
  commentsWithoutBlank: number[];
  /** Words of strings without their closing quote. */
  unterminatedStrings: ProfileWord[];
}

// Character codes.
const TAB = 9;
const LF = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const AMPERSAND = 38;
const SEMICOLON = 59;
const NBSP = 0xa0;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === FF || code === VT || code === NBSP;
}

/** [A-Za-z0-9@#$] */
function isNameCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64 || code === 35 || code === 36;
}

/** [A-Za-z0-9@#$_]: what may follow '&' in a system symbol. */
function isSymbolCharacter(code: number): boolean {
  return isNameCharacter(code) || code === 95;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function structureType(info: KeywordInfo | undefined, kind: ValueKind): TokenType {
  if (!info) return kind === 'string' ? StringValue : PlainWord;
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

const STRING = kindCode('string');

export function scanProfile(text: string): ScannedProfile {
  const table = new WordTable(text, countWords(text));
  const stringType = StringValue.tokenTypeIdx!;
  const comments: number[] = [];
  const lineStarts = [0];
  const commentsWithoutBlank: number[] = [];
  const unterminated: number[] = [];
  const length = text.length;
  let line = 0;
  let lineStart = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      i++;
    } else if (code === LF || code === CR) {
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
      lineStarts.push(i);
    } else if (code === SEMICOLON) {
      const start = i;
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === LF || next === CR) break;
      }
      comments.push(line, start - lineStart, i - lineStart);
      if (start > 0) {
        const before = text.charCodeAt(start - 1);
        if (!isBlank(before) && before !== LF && before !== CR) commentsWithoutBlank.push(line, start - lineStart);
      }
    } else if (code === QUOTE) {
      const start = i;
      let closed = false;
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === QUOTE) {
          i++;
          closed = true;
          break;
        }
        if (next === LF || next === CR) break;
      }
      const index = table.add(start, i - start, line, start - lineStart, STRING, stringType, undefined, 0);
      if (!closed) unterminated.push(index);
    } else {
      i = scanWord(text, i, line, lineStart, table);
    }
  }
  const words = new Array<ProfileWord>(table.count);
  for (let index = 0; index < table.count; index++) words[index] = new ProfileWord(table, index);
  return { table, words, comments: Int32Array.from(comments), lineStarts, commentsWithoutBlank, unterminatedStrings: unterminated.map((index) => words[index]) };
}

/**
 * The number of words (strings included) by the same lexical rules, so that the word table is
 * allocated once at its exact size: a pass that allocates nothing, at a tenth of the scan's cost.
 */
function countWords(text: string): number {
  let words = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isBlank(code) || code === LF || code === CR) {
      i++;
    } else if (code === SEMICOLON) {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === LF || next === CR) break;
      }
    } else if (code === QUOTE) {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === QUOTE) {
          i++;
          break;
        }
        if (next === LF || next === CR) break;
      }
      words++;
    } else {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (isBlank(next) || next === LF || next === CR || next === SEMICOLON || next === QUOTE) break;
      }
      words++;
    }
  }
  return words;
}

/** Scans one word starting at `start` into the table; returns the offset after it. */
function scanWord(text: string, start: number, line: number, lineStart: number, table: WordTable): number {
  const length = text.length;
  let needsUpper = false;
  let hasColon = false;
  let symbolReference = false;
  let hasNameCharacter = false;
  let onlyEqualsOrStar = true;
  let i = start;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isBlank(code) || code === LF || code === CR || code === SEMICOLON || code === QUOTE) break;
    if (code >= 97 && code <= 122) needsUpper = true;
    else if (code >= 128) needsUpper = true; // toUpperCase decides for non-ASCII letters
    if (code === 58) hasColon = true;
    if (code === AMPERSAND && i + 1 < length && isSymbolCharacter(text.charCodeAt(i + 1))) symbolReference = true;
    if (isNameCharacter(code)) hasNameCharacter = true;
    if (code !== 61 && code !== 42) onlyEqualsOrStar = false;
  }
  let kind: ValueKind;
  const first = text.charCodeAt(start);
  let image: string | undefined;
  if (symbolReference) kind = 'symbol';
  else if (!isDigit(first) && !hasColon) kind = hasNameCharacter && !onlyEqualsOrStar ? 'name' : 'other';
  else {
    image = text.slice(start, i);
    const address = addressKind(image);
    if (address) kind = address;
    else if (numberValue(image) !== undefined) kind = 'number';
    else kind = onlyEqualsOrStar || !hasNameCharacter ? 'other' : 'name';
  }
  // Keywords start with a letter: only names can be one. The string is made only for them.
  let info: KeywordInfo | undefined;
  let flags = 0;
  if (kind === 'name') {
    image ??= text.slice(start, i);
    const upper = needsUpper ? image.toUpperCase() : image;
    info = statementKeyword(upper);
    if (REMOVED_STATEMENTS[upper] !== undefined) flags |= REMOVED_STATEMENT_WORD;
  }
  table.add(start, i - start, line, start - lineStart, kindCode(kind), structureType(info, kind).tokenTypeIdx!, info, flags);
  return i;
}

/** The address kind of a word, as parseAddressText reads it; IPv4 without allocating. */
function addressKind(text: string): ValueKind | undefined {
  let octets = 0;
  let digits = 0;
  let value = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      if (++digits > 3) break;
      value = value * 10 + (code - 48);
    } else if (code === 46 /* . */ || code === 47 /* / */) {
      if (digits === 0 || value > 255) break;
      octets++;
      digits = 0;
      value = 0;
      if (code === 47) break;
      if (octets > 3) break;
    } else break;
  }
  if (i === text.length && octets === 3 && digits > 0 && value <= 255) return 'ipv4';
  if (i < text.length && text.charCodeAt(i) === 47 && octets === 4) {
    // a.b.c.d/n: 1-3 digits, at most 32.
    const prefix = text.length - i - 1;
    if (prefix < 1 || prefix > 3) return undefined;
    let bits = 0;
    for (let j = i + 1; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (!isDigit(code)) return undefined;
      bits = bits * 10 + (code - 48);
    }
    return bits <= 32 ? 'ipv4-prefix' : undefined;
  }
  if (!text.includes(':')) return undefined;
  const parsed = parseAddressText(text);
  if (!parsed || parsed.family !== 6) return undefined;
  return parsed.prefixLength === undefined ? 'ipv6' : 'ipv6-prefix';
}
