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
 * Each word is ONE object, a ProfileWord: the AST word the statement readers and every later
 * consumer see, and the token the Chevrotain grammar (profile-grammar.ts) consumes. Its range is
 * computed on demand from line and column, so a word costs one object and its text.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from '../base/range.js';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { statementKeyword } from '../keywords/keyword-table.js';
import { parseAddressText } from '../base/addresses.js';
import type { ProfileToken, ValueKind } from './ast.js';
import {
  EntryBlockEnd, EntryBlockStart, PlainWord, RouteKeyword, RoutesEnd, RoutesStart, STRUCTURE_TOKENS, StatementKeyword, StringValue,
  VipaDynamicEnd, VipaDynamicStart, VipaSubStatement,
} from './structure-tokens.js';

/** Structure token types by tokenTypeIdx (a word stores only the index). */
const TYPE_BY_INDEX: TokenType[] = [];
for (const type of STRUCTURE_TOKENS) TYPE_BY_INDEX[type.tokenTypeIdx!] = type;

export class ProfileWord implements ProfileToken, IToken {
  keyword: string | undefined = undefined;
  statement: string | undefined = undefined;

  constructor(
    /** The word as written. */
    readonly text: string,
    /** Upper-cased text: the same string when the word has no lower-case letter. */
    readonly upper: string,
    public kind: ValueKind,
    readonly line: number,
    /** Column of the first character (UTF-16 code units, as LSP positions). */
    readonly column: number,
    /** Index in the document's word list. */
    readonly index: number,
    /** Structural token type (structure-tokens.ts), by index. */
    public tokenTypeIdx: number,
  ) {}

  get image(): string {
    return this.text;
  }

  /** Chevrotain's token offset: not kept (positions are line and column); only its messages read it. */
  get startOffset(): number {
    return -1;
  }

  /** For kind 'number': its value with K/M applied (computed when asked: few numbers are read twice). */
  get numericValue(): number | undefined {
    return this.kind === 'number' ? numberValue(this.text) : undefined;
  }

  get tokenType(): TokenType {
    return TYPE_BY_INDEX[this.tokenTypeIdx];
  }

  /** Words never span lines. A new object per call: callers that keep it own it. */
  get range(): Range {
    return { start: { line: this.line, character: this.column }, end: { line: this.line, character: this.column + this.text.length } };
  }
}

export interface ScannedProfile {
  words: ProfileWord[];
  /** The statement-level keyword each word could be (any block), by word index; undefined for most. */
  statementWords: (KeywordInfo | undefined)[];
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

export function scanProfile(text: string): ScannedProfile {
  const words: ProfileWord[] = [];
  const statementWords: (KeywordInfo | undefined)[] = [];
  const comments: number[] = [];
  const lineStarts = [0];
  const commentsWithoutBlank: number[] = [];
  const unterminatedStrings: ProfileWord[] = [];
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
      const image = text.slice(start, i);
      const word = new ProfileWord(image, image.toUpperCase(), 'string', line, start - lineStart, words.length, StringValue.tokenTypeIdx!);
      words.push(word);
      statementWords.push(undefined);
      if (!closed) unterminatedStrings.push(word);
    } else {
      i = scanWord(text, i, line, lineStart, words, statementWords);
    }
  }
  return { words, statementWords, comments: Int32Array.from(comments), lineStarts, commentsWithoutBlank, unterminatedStrings };
}

/** Scans one word starting at `start`; returns the offset after it. */
function scanWord(text: string, start: number, line: number, lineStart: number, words: ProfileWord[], statementWords: (KeywordInfo | undefined)[]): number {
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
  const image = text.slice(start, i);
  const upper = needsUpper ? image.toUpperCase() : image;
  let kind: ValueKind;
  const first = text.charCodeAt(start);
  if (symbolReference) kind = 'symbol';
  else if (!isDigit(first) && !hasColon) kind = hasNameCharacter && !onlyEqualsOrStar ? 'name' : 'other';
  else {
    const address = addressKind(image);
    if (address) kind = address;
    else {
      if (numberValue(image) !== undefined) kind = 'number';
      else kind = onlyEqualsOrStar || !hasNameCharacter ? 'other' : 'name';
    }
  }
  // Keywords start with a letter: only names can be one.
  const info = kind === 'name' ? statementKeyword(upper) : undefined;
  const type = structureType(info, kind);
  words.push(new ProfileWord(image, upper, kind, line, start - lineStart, words.length, type.tokenTypeIdx!));
  statementWords.push(info);
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

/** /^(\d+)([KM]?)$/i with K (x1024) or M (x1048576) applied; undefined otherwise. */
function numberValue(text: string): number | undefined {
  let end = text.length;
  let multiplier = 1;
  const last = text.charCodeAt(end - 1);
  if (last === 75 || last === 107) {
    multiplier = 1024;
    end--;
  } else if (last === 77 || last === 109) {
    multiplier = 1024 * 1024;
    end--;
  }
  if (end === 0) return undefined;
  let value = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return undefined;
    value = value * 10 + (code - 48);
  }
  // Beyond 15 digits the running sum may round differently from Number(): use Number's answer.
  if (end > 15) value = Number(text.slice(0, end));
  return value * multiplier;
}
