/**
 * System symbol substitution (&NAME. / &NAME), done per stack because one INCLUDE member may be
 * shared by stacks whose symbols differ. As in z/OS, a period right after the name ends the symbol
 * and is consumed (&SYSNAME..TCPPARMS -> SYSA.TCPPARMS); without it the name ends at the first
 * character that cannot be part of a name.
 */
import ipaddr from 'ipaddr.js';
import { maskToPrefixLength, parseAddressText, type ParsedAddress } from '../profile/values.js';

const SYMBOL = /&([A-Za-z@#$_][A-Za-z0-9@#$_]*)(\.?)/g;

export interface Substitution {
  text: string;
  /** Upper-case names with no value. */
  unresolved: string[];
}

/** Upper-cases keys and strips a leading & and trailing '.' so "&SYSNAME." and "sysname" agree. */
export function normalizeSymbolName(name: string): string {
  return name.trim().replace(/^&/, '').replace(/\.$/, '').toUpperCase();
}

/**
 * Stack symbols first, then the global ones; both keyed by normalized name. An empty value is a
 * placeholder (vipa-check init writes "" for each symbol it could not resolve): the symbol stays
 * unresolved until the user fills it in.
 */
export function symbolTable(...layers: (Record<string, string> | undefined)[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const layer of [...layers].reverse()) {
    if (!layer) continue;
    for (const [name, value] of Object.entries(layer)) {
      if (value === '') continue;
      table[normalizeSymbolName(name)] = value;
    }
  }
  return table;
}

export function substituteSymbols(text: string, symbols: Record<string, string>): Substitution {
  const unresolved: string[] = [];
  const result = text.replace(SYMBOL, (whole, name: string) => {
    const key = name.toUpperCase();
    if (Object.prototype.hasOwnProperty.call(symbols, key)) return symbols[key];
    unresolved.push(key);
    return whole;
  });
  return { text: result, unresolved };
}

export function containsSymbolReference(text: string): boolean {
  return /&[A-Za-z@#$_]/.test(text);
}

export type { ParsedAddress };

/** Parses an address written as a.b.c.d, a.b.c.d/n, IPv6 or IPv6/n into canonical form (the parser's rules). */
export function parseAddressLiteral(text: string): ParsedAddress | undefined {
  return parseAddressText(text.trim());
}

/** Canonical form of an address string, or undefined when it is not an IP address. */
export function canonicalAddress(text: string): string | undefined {
  const parsed = parseAddressText(text.trim());
  return parsed && parsed.prefixLength === undefined ? parsed.address : undefined;
}

/** Prefix length of a dotted IPv4 mask (255.255.255.192 -> 26); undefined for non-contiguous masks. */
export function prefixLengthOfMask(mask: string): number | undefined {
  return maskToPrefixLength(mask.trim());
}

/** The network address of address/prefixLength (host bits cleared). */
export function networkAddress(address: string, prefixLength: number): string {
  const parsed = ipaddr.parse(address);
  const bytes = parsed.toByteArray();
  for (let bit = prefixLength; bit < bytes.length * 8; bit++) {
    bytes[bit >> 3] &= ~(0x80 >> (bit & 7));
  }
  return ipaddr.fromByteArray(bytes).toString();
}
