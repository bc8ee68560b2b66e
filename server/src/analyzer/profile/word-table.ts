/**
 * The words of one parsed profile, kept column-wise in typed arrays (offset, length, line, column,
 * value kind, token type, statement keyword, marks the parser adds), with the source text. A word
 * is then a small view (ProfileWord: the table and an index) whose text, range and the rest are
 * read from the table when asked. A 3,000-line profile has some 15,000 words: as views over arrays
 * they cost a tenth of the memory and of the garbage collection that an object with its own string
 * and range per word costs, which is what bounded both the parse speed and the server's memory.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from '../base/range.js';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { KEYWORDS } from '../keywords/keyword-table.js';
import type { ProfileToken, ValueKind } from './ast.js';
import { STRUCTURE_TOKENS } from './structure-tokens.js';

const KINDS: readonly ValueKind[] = ['keyword', 'name', 'ipv4', 'ipv4-prefix', 'ipv6', 'ipv6-prefix', 'number', 'symbol', 'string', 'other'];
const KIND_CODES = new Map<ValueKind, number>(KINDS.map((kind, code) => [kind, code]));

export function kindCode(kind: ValueKind): number {
  return KIND_CODES.get(kind)!;
}

/** Keyword and statement names the parser writes on words, interned (0 = none). */
const NAMES: (string | undefined)[] = [undefined];
const NAME_IDS = new Map<string, number>();

function nameId(name: string | undefined): number {
  if (name === undefined) return 0;
  let id = NAME_IDS.get(name);
  if (id === undefined) {
    id = NAMES.length;
    NAMES.push(name);
    NAME_IDS.set(name, id);
  }
  return id;
}

/** Structure token types by tokenTypeIdx. */
const TYPE_BY_INDEX: TokenType[] = [];
for (const type of STRUCTURE_TOKENS) TYPE_BY_INDEX[type.tokenTypeIdx!] = type;

/** KEYWORDS rows by position, for the statement keyword a word could be. */
const KEYWORD_INDEX = new Map<KeywordInfo, number>(KEYWORDS.map((info, index) => [info, index]));

/** Bytes of the columns of one word: four Int32, three Uint16, three Uint8 (see the constructor). */
const BYTES_PER_WORD = 4 * 4 + 3 * 2 + 3;

/** Word flags. */
export const REMOVED_STATEMENT_WORD = 1;

export class WordTable {
  count = 0;
  starts: Int32Array;
  lengths: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
  kinds: Uint8Array;
  types: Uint8Array;
  flags: Uint8Array;
  /** KEYWORDS index + 1 of the statement keyword the word could be (0: none). */
  statementWords: Uint16Array;
  keywords: Uint16Array;
  statements: Uint16Array;
  /**
   * While the document is being parsed: each word's address reading (null: not an address), so the
   * operand readers, which ask "is the next word an address?" and then read it, parse it once.
   * Dropped when the parse is done (parse-profile.ts): later readers are few.
   */
  addressMemo?: unknown[];

  /**
   * `capacity`: the exact number of words (the scanner counts them first), so that all columns live
   * in one buffer allocated once: a parse per keystroke must not churn the native allocator.
   */
  constructor(readonly source: string, capacity: number) {
    const buffer = new ArrayBuffer(capacity * BYTES_PER_WORD);
    let offset = 0;
    const int32 = () => {
      const array = new Int32Array(buffer, offset, capacity);
      offset += capacity * 4;
      return array;
    };
    const uint16 = () => {
      const array = new Uint16Array(buffer, offset, capacity);
      offset += capacity * 2;
      return array;
    };
    const uint8 = () => {
      const array = new Uint8Array(buffer, offset, capacity);
      offset += capacity;
      return array;
    };
    this.starts = int32();
    this.lengths = int32();
    this.lines = int32();
    this.columns = int32();
    this.statementWords = uint16();
    this.keywords = uint16();
    this.statements = uint16();
    this.kinds = uint8();
    this.types = uint8();
    this.flags = uint8();
  }

  add(start: number, length: number, line: number, column: number, kind: number, type: number, statementWord: KeywordInfo | undefined, flags: number): number {
    const index = this.count++;
    this.starts[index] = start;
    this.lengths[index] = length;
    this.lines[index] = line;
    this.columns[index] = column;
    this.kinds[index] = kind;
    this.types[index] = type;
    this.flags[index] = flags;
    this.statementWords[index] = statementWord ? KEYWORD_INDEX.get(statementWord)! + 1 : 0;
    return index;
  }

  text(index: number): string {
    const start = this.starts[index];
    return this.source.slice(start, start + this.lengths[index]);
  }

  statementWord(index: number): KeywordInfo | undefined {
    const row = this.statementWords[index];
    return row === 0 ? undefined : KEYWORDS[row - 1];
  }

  kind(index: number): ValueKind {
    return KINDS[this.kinds[index]];
  }
}

/**
 * One word of a parsed profile: a view of its WordTable row. It is the AST word every consumer
 * reads (text, upper, kind, range, keyword, statement) and the token the Chevrotain grammar consumes.
 * Views are made once per word by the scanner; their strings and ranges are made when read.
 */
export class ProfileWord implements ProfileToken, IToken {
  constructor(
    readonly table: WordTable,
    /** Index in the document's word list. */
    readonly index: number,
  ) {}

  get text(): string {
    return this.table.text(this.index);
  }

  get image(): string {
    return this.text;
  }

  /** Upper-cased text; keywords and names compare on this. */
  get upper(): string {
    return this.text.toUpperCase();
  }

  get kind(): ValueKind {
    return KINDS[this.table.kinds[this.index]];
  }

  set kind(kind: ValueKind) {
    this.table.kinds[this.index] = KIND_CODES.get(kind)!;
  }

  get keyword(): string | undefined {
    return NAMES[this.table.keywords[this.index]];
  }

  set keyword(name: string | undefined) {
    this.table.keywords[this.index] = nameId(name);
  }

  get statement(): string | undefined {
    return NAMES[this.table.statements[this.index]];
  }

  set statement(name: string | undefined) {
    this.table.statements[this.index] = nameId(name);
  }

  get line(): number {
    return this.table.lines[this.index];
  }

  /** Column of the first character (UTF-16 code units, as LSP positions). */
  get column(): number {
    return this.table.columns[this.index];
  }

  get startOffset(): number {
    return this.table.starts[this.index];
  }

  get tokenTypeIdx(): number {
    return this.table.types[this.index];
  }

  get tokenType(): TokenType {
    return TYPE_BY_INDEX[this.table.types[this.index]];
  }

  /** For kind 'number': its value with K/M applied. */
  get numericValue(): number | undefined {
    return this.table.kinds[this.index] === NUMBER ? numberValue(this.text) : undefined;
  }

  /** Words never span lines. A new object per call: callers that keep it own it. */
  get range(): Range {
    const line = this.table.lines[this.index];
    const column = this.table.columns[this.index];
    return { start: { line, character: column }, end: { line, character: column + this.table.lengths[this.index] } };
  }

  toJSON(): Record<string, unknown> {
    return { text: this.text, upper: this.upper, kind: this.kind, range: this.range, keyword: this.keyword, statement: this.statement, numericValue: this.numericValue };
  }
}

const NUMBER = KIND_CODES.get('number')!;

/** /^(\d+)([KM]?)$/i with K (x1024) or M (x1048576) applied; undefined otherwise. */
export function numberValue(text: string): number | undefined {
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
    if (code < 48 || code > 57) return undefined;
    value = value * 10 + (code - 48);
  }
  // Beyond 15 digits the running sum may round differently from Number(): use Number's answer.
  if (end > 15) value = Number(text.slice(0, end));
  return value * multiplier;
}
