/**
 * Address arithmetic for the checks: prefix keys and a prefix index, so "which ranges contain this
 * address?" costs one map lookup per distinct prefix length instead of a scan over every range.
 * Addresses are read by the analyzer's one address parser (base/addresses.ts).
 */
import { addressBytes } from '../../base/addresses.js';

export interface ParsedAddress {
  family: 4 | 6;
  /** Shared by every caller through the cache: never mutate. */
  bytes: readonly number[];
  /** Identifies the address however it was written (see addressKey). */
  key: string;
}

/**
 * Every check asks about the same few thousand model addresses on every analysis; parsing them
 * again each time dominated a keystroke's re-check, so parses are remembered (bounded).
 */
const parsedCache = new Map<string, ParsedAddress | undefined>();
const PARSED_CACHE_LIMIT = 50_000;

/** Parses an IPv4/IPv6 address; undefined for anything else (symbols, placeholders). */
export function parseAddress(address: string): ParsedAddress | undefined {
  const cached = parsedCache.get(address);
  if (cached !== undefined || parsedCache.has(address)) return cached;
  const parsed = parseUncached(address);
  if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(address, parsed);
  return parsed;
}

function parseUncached(address: string): ParsedAddress | undefined {
  const bytes = addressBytes(address);
  if (!bytes) return undefined;
  return bytes.length === 4 ? { family: 4, bytes, key: bytes.join('.') } : { family: 6, bytes, key: `6/${bytes.join('.')}` };
}

/** A key identifying an address independent of how it was written (2001:DB8::1 = 2001:db8:0::1). */
export function addressKey(address: string): string | undefined {
  return parseAddress(address)?.key;
}

/** Key of the network containing `address` with the given prefix length (host bits cleared). */
export function networkKey(address: string | ParsedAddress, prefixLength: number): string | undefined {
  const parsed = typeof address === 'string' ? parseAddress(address) : address;
  if (!parsed) return undefined;
  const bits = parsed.bytes.length * 8;
  if (!Number.isInteger(prefixLength) || prefixLength < 0 || prefixLength > bits) return undefined;
  const masked = parsed.bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, prefixLength - i * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
  return `${parsed.family}/${masked.join('.')}/${prefixLength}`;
}

/** 127.0.0.0/8 or ::1 (cached parse; the same rule as base/addresses isLoopbackAddress). */
export function isLoopback(address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  if (parsed.family === 4) return parsed.bytes[0] === 127;
  return parsed.bytes.slice(0, 15).every((b) => b === 0) && parsed.bytes[15] === 1;
}

/**
 * Subnets (network + prefix length) with attached values. `containing(address)` visits one map per
 * distinct prefix length present, so lookups stay cheap even with thousands of VIPARANGEs.
 */
export class PrefixIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly lengths = new Map<4 | 6, Set<number>>();

  add(network: string, prefixLength: number, value: T): void {
    const parsed = parseAddress(network);
    if (!parsed) return;
    const key = networkKey(parsed, prefixLength);
    if (!key) return;
    const list = this.byKey.get(key);
    if (list) list.push(value);
    else this.byKey.set(key, [value]);
    let set = this.lengths.get(parsed.family);
    if (!set) this.lengths.set(parsed.family, (set = new Set()));
    set.add(prefixLength);
  }

  /** Every value whose subnet contains the address, most specific (longest prefix) first. */
  containing(address: string): { prefixLength: number; values: T[] }[] {
    const parsed = parseAddress(address);
    if (!parsed) return [];
    const lengths = [...(this.lengths.get(parsed.family) ?? [])].sort((a, b) => b - a);
    const result: { prefixLength: number; values: T[] }[] = [];
    for (const length of lengths) {
      const values = this.byKey.get(networkKey(parsed, length)!);
      if (values) result.push({ prefixLength: length, values });
    }
    return result;
  }
}
