/**
 * Value forms of profile operands: addresses (IPv4 dotted, a/n, IPv6 with optional /n), dotted
 * masks, numbers with K/M suffixes and system symbols. Canonical addresses come from ipaddr.js.
 */
import ipaddr from 'ipaddr.js';
import type { ValueKind } from './ast.js';

const PREFIX = /^(\d{1,3})$/;
const NUMBER = /^(\d+)([KM]?)$/i;
/** &NAME or &NAME. — z/OS system symbol names are 1-8 characters of A-Z 0-9 @ # $ _. */
const SYMBOL = /&[A-Z0-9@#$_]+\.?/i;
const NAME_CHARACTER = /[A-Za-z0-9@#$]/;

export interface ParsedAddress {
  family: 4 | 6;
  address: string;
  prefixLength?: number;
}

/** Dotted-decimal IPv4 (1-3 digits per octet, each <= 255) in canonical form; hand-rolled because it runs per token. */
function parseIpv4(text: string): string | undefined {
  const octets = [0, 0, 0, 0];
  let octet = 0;
  let digits = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 46; /* '.' closes the last octet */
    if (code >= 48 && code <= 57) {
      if (++digits > 3) return undefined;
      octets[octet] = octets[octet] * 10 + (code - 48);
    } else if (code === 46) {
      if (digits === 0 || octets[octet] > 255) return undefined;
      if (index < text.length && octet === 3) return undefined;
      octet++;
      digits = 0;
    } else {
      return undefined;
    }
  }
  return octet === 4 ? octets.join('.') : undefined;
}

/** IPv4 dotted, IPv4/n, IPv6 (incl. ::), IPv6/n; undefined for anything else. */
export function parseAddressText(text: string): ParsedAddress | undefined {
  const slash = text.indexOf('/');
  const addressPart = slash < 0 ? text : text.slice(0, slash);
  let prefixLength: number | undefined;
  if (slash >= 0) {
    const prefixMatch = PREFIX.exec(text.slice(slash + 1));
    if (!prefixMatch) return undefined;
    prefixLength = Number(prefixMatch[1]);
  }
  const v4 = parseIpv4(addressPart);
  if (v4 !== undefined) {
    if (prefixLength !== undefined && prefixLength > 32) return undefined;
    return prefixLength === undefined ? { family: 4, address: v4 } : { family: 4, address: v4, prefixLength };
  }
  if (!addressPart.includes(':') || addressPart.includes('%')) return undefined;
  try {
    if (!ipaddr.IPv6.isValid(addressPart)) return undefined;
    const address = ipaddr.IPv6.parse(addressPart).toString();
    if (prefixLength !== undefined && prefixLength > 128) return undefined;
    return prefixLength === undefined ? { family: 6, address } : { family: 6, address, prefixLength };
  } catch {
    return undefined;
  }
}

/** Prefix length of a contiguous dotted mask (255.255.255.0 -> 24); undefined otherwise. */
export function maskToPrefixLength(mask: string): number | undefined {
  const dotted = parseIpv4(mask);
  if (dotted === undefined) return undefined;
  let value = 0;
  for (const octet of dotted.split('.')) value = value * 256 + Number(octet);
  let length = 0;
  let bit = 2 ** 31;
  while (length < 32 && value >= bit) {
    value -= bit;
    bit /= 2;
    length++;
  }
  return value === 0 ? length : undefined;
}

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
