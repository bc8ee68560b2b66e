/**
 * Value forms of profile operands: addresses (IPv4 dotted, a/n, IPv6 with optional /n), dotted
 * masks, numbers with K/M suffixes and system symbols. Addresses are read by the analyzer's one
 * address parser (base/addresses.ts).
 */
import type { ValueKind } from './ast.js';
import { parseAddressText } from '../base/addresses.js';

const NUMBER = /^(\d+)([KM]?)$/i;
/** &NAME or &NAME. — z/OS system symbol names are 1-8 characters of A-Z 0-9 @ # $ _. */
const SYMBOL = /&[A-Z0-9@#$_]+\.?/i;
const NAME_CHARACTER = /[A-Za-z0-9@#$]/;

/** True when the text is or contains a system symbol (&NAME or &NAME.). */
export function containsSymbol(text: string): boolean {
  return text.includes('&') && SYMBOL.test(text);
}

/** Value of a number operand with K (x1024) or M (x1048576) applied. */
export function numberValue(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const base = Number(match[1]);
  const suffix = match[2].toUpperCase();
  return suffix === 'K' ? base * 1024 : suffix === 'M' ? base * 1024 * 1024 : base;
}

/**
 * Looks like an attempt at an address (x.x.x.V, 10.1.1, fe80::zz): used to say "expected an IPv4
 * address" instead of taking the word for a name.
 */
export function looksLikeAddress(text: string): boolean {
  if (text.includes('/') && /^[0-9A-Fa-f:.]+\/\d*$/.test(text)) return true;
  const dots = text.split('.').length - 1;
  const colons = text.split(':').length - 1;
  return (dots >= 2 && /^[^.]{0,3}(\.[^.]{0,3}){2,}$/.test(text)) || colons >= 2 || /^\d+\.\d+/.test(text);
}

/** The value kind of a word before the parser knows its role (keywords are decided in context). */
export function classifyValue(text: string): { kind: ValueKind; numericValue?: number } {
  const first = text.charCodeAt(0);
  if (first === 34 /* " */) return { kind: 'string' };
  if (containsSymbol(text)) return { kind: 'symbol' };
  // Fast path for the common case, a keyword or name: no digit first, no ':' (IPv6 may start with a letter).
  if (!(first >= 48 && first <= 57) && !text.includes(':')) {
    return NAME_CHARACTER.test(text) && !/^[=*]+$/.test(text) ? { kind: 'name' } : { kind: 'other' };
  }
  const address = parseAddressText(text);
  if (address) {
    if (address.family === 4) return { kind: address.prefixLength === undefined ? 'ipv4' : 'ipv4-prefix' };
    return { kind: address.prefixLength === undefined ? 'ipv6' : 'ipv6-prefix' };
  }
  const numeric = numberValue(text);
  if (numeric !== undefined) return { kind: 'number', numericValue: numeric };
  if (/^[=*]+$/.test(text) || !NAME_CHARACTER.test(text)) return { kind: 'other' };
  return { kind: 'name' };
}
