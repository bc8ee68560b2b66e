/**
 * Reads the operands of one statement in IBM's order: keyword matching in the statement's
 * context, address values, and "expected X, found 'Y'" errors on the exact token.
 */
import { parameterKeyword } from '../keywords/keyword-table.js';
import type { AddressValue, ProfileToken, Word } from './ast.js';
import type { Range } from '../base/range.js';
import type { ParseContext } from './parse-context.js';
import { looksLikeAddress } from './values.js';
import { maskToPrefixLength, parseAddressText } from '../base/addresses.js';
import { ProfileWord } from './word-table.js';

export type Family = 4 | 6;

export class OperandReader {
  index = 0;
  /** Set after the first error: the stack stops reading the statement there. */
  failed = false;

  constructor(
    readonly ctx: ParseContext,
    readonly statement: string,
    readonly keyword: Word,
    readonly operands: ProfileToken[],
  ) {}

  get done(): boolean {
    return this.index >= this.operands.length;
  }

  peek(offset = 0): ProfileToken | undefined {
    return this.operands[this.index + offset];
  }

  next(): ProfileToken | undefined {
    return this.operands[this.index++];
  }

  /** The last token read, or the statement keyword: where "missing operand" errors point. */
  get lastRead(): Word {
    return this.operands[this.index - 1] ?? this.keyword;
  }

  /** Full name of the parameter keyword a token stands for in this statement. */
  keywordOf(token: Word | undefined): string | undefined {
    if (!token || token.kind === 'string') return undefined;
    return parameterKeyword(token.upper, this.statement)?.name;
  }

  /** If the next operand is one of `names` (abbreviations allowed), consumes and marks it. */
  takeKeyword(...names: string[]): string | undefined {
    const token = this.peek();
    const name = this.keywordOf(token);
    if (!token || !name || !names.includes(name)) return undefined;
    this.ctx.markKeyword(token, name);
    this.index++;
    return name;
  }

  /** Reports a syntax error once per statement (the stack stops at the first one). */
  fail(token: Word, message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.ctx.error(token.range, message);
  }

  expected(what: string, token: Word | undefined): void {
    if (token) this.fail(token, `${this.statement}: expected ${what}, found '${token.text}'`);
    else this.fail(this.lastRead, `${this.statement}: expected ${what} after '${this.lastRead.text}'`);
  }

  /** Reads an address (or a system symbol standing for one) of the wanted family. */
  address(what: string, family?: Family, options: { prefix?: 'allowed' | 'required' | 'forbidden' } = {}): AddressValue | undefined {
    const token = this.peek();
    const value = token ? toAddressValue(token) : undefined;
    if (!token || !value) {
      this.expected(what, token);
      return undefined;
    }
    const prefix = options.prefix ?? 'forbidden';
    if (!value.symbol) {
      if (family && value.family !== family) {
        this.expected(what, token);
        return undefined;
      }
      if (prefix === 'forbidden' && value.prefixLength !== undefined) {
        this.expected(what, token);
        return undefined;
      }
      if (prefix === 'required' && value.prefixLength === undefined) {
        this.expected(what, token);
        return undefined;
      }
    }
    this.index++;
    return value;
  }

  /** Reads a contiguous dotted subnet mask (or a symbol). */
  mask(what = 'an address mask such as 255.255.255.0'): AddressValue | undefined {
    const token = this.peek();
    const value = token ? toAddressValue(token) : undefined;
    if (!token || !value || (!value.symbol && (value.family !== 4 || value.prefixLength !== undefined || maskToPrefixLength(token.text) === undefined))) {
      this.expected(what, token);
      return undefined;
    }
    this.index++;
    return value;
  }

  /** True when the next operand is an IPv4 address or a symbol (an address list continues). */
  nextIsAddress(family?: Family): boolean {
    const token = this.peek();
    if (!token) return false;
    const value = toAddressValue(token);
    if (!value) return false;
    return value.symbol === true || family === undefined || value.family === family;
  }

  /** Reads a number operand; `what` names it in the error. */
  number(what: string, min?: number, max?: number): { value: number; token: ProfileToken } | undefined {
    const token = this.peek();
    if (!token || token.kind !== 'number' || token.numericValue === undefined) {
      if (token && token.kind === 'symbol') {
        this.index++;
        return undefined;
      }
      this.expected(what, token);
      return undefined;
    }
    if ((min !== undefined && token.numericValue < min) || (max !== undefined && token.numericValue > max)) {
      this.fail(token, `${this.statement}: ${what} must be ${min}-${max}, found '${token.text}'`);
      this.index++;
      return undefined;
    }
    this.index++;
    return { value: token.numericValue, token };
  }

  /** Reads a name operand (job, link, interface, SAF resource). */
  name(what: string): ProfileToken | undefined {
    const token = this.peek();
    if (!token || token.kind === 'string' || token.kind === 'other') {
      this.expected(what, token);
      return undefined;
    }
    this.index++;
    return token;
  }

  /** Reports every remaining operand as unexpected (once) and consumes them. */
  rejectRest(what: string): void {
    const token = this.peek();
    if (token) this.fail(token, `${this.statement}: unexpected '${token.text}'${what ? ` (${what})` : ''}`);
    this.index = this.operands.length;
  }
}

/**
 * An address operand: its text and range are those of its word, read when asked (a profile has
 * thousands of addresses, most never asked for their range), so it keeps the word, not copies.
 */
class AddressOperand implements AddressValue {
  family?: 4 | 6;
  address?: string;
  prefixLength?: number;
  symbol?: boolean;

  constructor(private readonly word: Word) {}

  get text(): string {
    return this.word.text;
  }

  get range(): Range {
    return this.word.range;
  }

  toJSON(): Omit<AddressValue, never> {
    return { text: this.text, range: this.range, family: this.family, address: this.address, prefixLength: this.prefixLength, symbol: this.symbol };
  }
}

const ADDRESS_KINDS: ReadonlySet<string> = new Set(['ipv4', 'ipv4-prefix', 'ipv6', 'ipv6-prefix']);

/** An AddressValue for an address token or a system symbol; undefined for anything else. */
export function toAddressValue(token: Word): AddressValue | undefined {
  if (!(token instanceof ProfileWord) || !token.table.addressMemo) return readAddressValue(token);
  const memo = token.table.addressMemo;
  const known = memo[token.index] as AddressValue | null | undefined;
  if (known !== undefined) return known ?? undefined;
  const value = readAddressValue(token);
  memo[token.index] = value ?? null;
  return value;
}

function readAddressValue(token: Word): AddressValue | undefined {
  const kind = token.kind;
  if (kind === 'symbol') {
    const value = new AddressOperand(token);
    value.symbol = true;
    const prefix = /\/(\d{1,3})$/.exec(token.text);
    if (prefix) value.prefixLength = Number(prefix[1]);
    return value;
  }
  // The scanner classified the word with the same address parser: only address kinds can parse.
  if (!ADDRESS_KINDS.has(kind)) return undefined;
  const text = token.text;
  if (kind === 'ipv4' && isCanonicalIpv4(text)) {
    // The common case, without parsing again: the scanner checked the form, and without leading
    // zeros the text is its own canonical form (what parseAddressText would return).
    const value = new AddressOperand(token);
    value.family = 4;
    value.address = text;
    return value;
  }
  const parsed = parseAddressText(text);
  if (!parsed) return undefined;
  const value = new AddressOperand(token);
  value.family = parsed.family;
  // The canonical text is usually the text itself: keep one string.
  value.address = parsed.address === text ? text : parsed.address;
  if (parsed.prefixLength !== undefined) value.prefixLength = parsed.prefixLength;
  return value;
}

/** Dotted decimal a.b.c.d, each part 0-255 without a leading zero (the scanner's 'ipv4' words are already of that shape but for the zeros). */
function isCanonicalIpv4(text: string): boolean {
  let digits = 0;
  let value = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || value > 255) return false;
      dots++;
      digits = 0;
      value = 0;
    } else if (code >= 48 && code <= 57) {
      if (digits > 0 && value === 0) return false; // a leading zero
      if (++digits > 3) return false;
      value = value * 10 + (code - 48);
    } else return false;
  }
  return dots === 3 && digits > 0 && value <= 255;
}

/** Words that look like a (bad) address rather than a name: x.x.x.V, 10.1.1, fe80::zz. */
export function isAddressAttempt(token: Word | undefined): boolean {
  return token !== undefined && token.kind !== 'string' && (toAddressValue(token) !== undefined || looksLikeAddress(token.text));
}

/** Reports IPv4 and IPv6 addresses mixed in one statement, on the first address of the other family. */
export function checkFamilies(ctx: ParseContext, statement: string, addresses: (AddressValue | undefined)[]): void {
  let first: Family | undefined;
  for (const address of addresses) {
    if (!address?.family) continue;
    if (first === undefined) first = address.family;
    else if (address.family !== first) {
      ctx.report(
        'mixed-address-families',
        address.range,
        `${statement} mixes IPv${first} and IPv${address.family} addresses: a statement must contain either IPv4 or IPv6 addresses, not both`,
      );
      return;
    }
  }
}

/** Marks every remaining operand that is a keyword of the statement (the rest stay names); consumes them. */
export function markRemainingKeywords(reader: OperandReader): void {
  for (; !reader.done; reader.index++) {
    const token = reader.peek()!;
    const name = reader.keywordOf(token);
    if (name) reader.ctx.markKeyword(token as ProfileToken, name);
  }
}
