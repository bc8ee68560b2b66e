/**
 * The one address parser of the analyzer. Every reader of an address (profile operands, Liberty
 * host values, the workspace config's hosts, the checks' prefix arithmetic) goes through it, so
 * the same text means the same address everywhere.
 *
 * The rules:
 *  - IPv4 is dotted decimal, four parts of 1–3 digits each <= 255. Leading zeros are decimal, not
 *    octal: `010.001.001.001` is 10.1.1.1. z/OS reads profile addresses that way, and Liberty (Java's
 *    InetAddress) reads host values that way too; only C's inet_aton would read octal, and nothing
 *    we check uses it.
 *  - IPv6 is anything ipaddr.js accepts as IPv6 (`::`, embedded IPv4), without a zone (`%eth0`):
 *    z/OS profiles have no zones and a zoned Liberty host cannot be a DVIPA.
 *  - `/n` after either gives a prefix length (IPv4 <= 32, IPv6 <= 128).
 *  - The canonical text is IPv4 dotted decimal without leading zeros and IPv6 in RFC 5952 form
 *    (ipaddr.js toString()).
 * Brackets around an IPv6 literal (`[::1]`) are Liberty host syntax, not address syntax: the
 * Liberty reader strips them before asking.
 */
import ipaddr from 'ipaddr.js';

export interface ParsedAddress {
  family: 4 | 6;
  /** Canonical text (see the file comment). */
  address: string;
  prefixLength?: number;
}

/** Dotted-decimal IPv4 as an unsigned 32-bit integer, without allocating (the profile parser runs it per token). */
function parseIpv4Int(text: string): number | undefined {
  let result = 0;
  let value = 0;
  let octets = 0;
  let digits = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 46; /* '.' closes the last octet */
    if (code >= 48 && code <= 57) {
      if (++digits > 3) return undefined;
      value = value * 10 + (code - 48);
    } else if (code === 46) {
      if (digits === 0 || value > 255) return undefined;
      if (index < text.length && octets === 3) return undefined;
      result = result * 256 + value;
      octets++;
      digits = 0;
      value = 0;
    } else {
      return undefined;
    }
  }
  return octets === 4 ? result : undefined;
}

/** Dotted-decimal IPv4 in canonical form. */
function parseIpv4(text: string): string | undefined {
  const value = parseIpv4Int(text);
  return value === undefined ? undefined : intToIpv4(value);
}

/** The prefix after '/': 1–3 digits. */
function parsePrefix(text: string): number | undefined {
  if (text.length === 0 || text.length > 3) return undefined;
  let value = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return undefined;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** IPv4 dotted, IPv4/n, IPv6 (incl. ::), IPv6/n, exactly as written (no trimming); undefined for anything else. */
export function parseAddressText(text: string): ParsedAddress | undefined {
  const slash = text.indexOf('/');
  const addressPart = slash < 0 ? text : text.slice(0, slash);
  let prefixLength: number | undefined;
  if (slash >= 0) {
    prefixLength = parsePrefix(text.slice(slash + 1));
    if (prefixLength === undefined) return undefined;
  }
  const v4 = parseIpv4(addressPart);
  if (v4 !== undefined) {
    if (prefixLength !== undefined && prefixLength > 32) return undefined;
    return prefixLength === undefined ? { family: 4, address: v4 } : { family: 4, address: v4, prefixLength };
  }
  const v6 = parseIpv6(addressPart);
  if (v6 === undefined) return undefined;
  if (prefixLength !== undefined && prefixLength > 128) return undefined;
  return prefixLength === undefined ? { family: 6, address: v6 } : { family: 6, address: v6, prefixLength };
}

function parseIpv6(text: string): string | undefined {
  if (!text.includes(':') || text.includes('%')) return undefined;
  try {
    return ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text).toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Canonical form of an address (surrounding blanks ignored), or undefined when it is not one IP address. */
export function canonicalAddress(text: string): string | undefined {
  const parsed = parseAddressText(text.trim());
  return parsed && parsed.prefixLength === undefined ? parsed.address : undefined;
}

/** 4 or 6 for an address, undefined otherwise. */
export function addressFamily(text: string): 4 | 6 | undefined {
  return parseAddressText(text.trim())?.family;
}

/** Prefix length of a contiguous dotted IPv4 mask (255.255.255.192 -> 26); undefined otherwise. */
export function maskToPrefixLength(mask: string): number | undefined {
  let value = parseIpv4Int(mask.trim());
  if (value === undefined) return undefined;
  let length = 0;
  let bit = 2 ** 31;
  while (length < 32 && value >= bit) {
    value -= bit;
    bit /= 2;
    length++;
  }
  return value === 0 ? length : undefined;
}

/** An IPv4 address (any spelling the parser accepts) as an unsigned 32-bit integer. */
export function ipv4ToInt(address: string): number | undefined {
  return parseIpv4Int(address);
}

export function intToIpv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** The bytes of an address (4 or 16), undefined when it is not one. */
export function addressBytes(text: string): number[] | undefined {
  const parsed = parseAddressText(text);
  if (!parsed || parsed.prefixLength !== undefined) return undefined;
  if (parsed.family === 4) {
    const value = ipv4ToInt(parsed.address)!;
    return [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
  }
  return ipaddr.IPv6.parse(parsed.address).toByteArray();
}

/** The network address of address/prefixLength (host bits cleared), canonical; the address itself when it is not one. */
export function networkAddress(address: string, prefixLength: number): string {
  const bytes = addressBytes(address);
  if (!bytes) return address;
  for (let bit = Math.max(0, prefixLength); bit < bytes.length * 8; bit++) bytes[bit >> 3] &= ~(0x80 >> (bit & 7));
  return bytes.length === 4 ? bytes.join('.') : ipaddr.fromByteArray(bytes).toString();
}

/** 127.0.0.0/8 or ::1. */
export function isLoopbackAddress(text: string): boolean {
  const bytes = addressBytes(text.trim());
  if (!bytes) return false;
  if (bytes.length === 4) return bytes[0] === 127;
  for (let index = 0; index < 15; index++) if (bytes[index] !== 0) return false;
  return bytes[15] === 1;
}
