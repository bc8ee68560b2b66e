/**
 * What address an endpoint's host means: '*' (all interfaces), a loopback address, a literal IP
 * (canonical form, read by the analyzer's one address parser, so `010.001.001.001` is 10.1.1.1 here
 * as in a profile), or a name mapped through the workspace config's `hosts`. A name with no mapping
 * gives undefined: DNS is never consulted, because the checker's network is not the sysplex's.
 */
import { canonicalAddress as canonicalAddressText, isLoopbackAddress as isLoopbackText } from '../base/addresses.js';

export const ALL_INTERFACES = '*';

/** Canonical text of a literal IPv4/IPv6 address; Liberty also accepts IPv6 in brackets ([::1]). */
export function canonicalAddress(text: string): string | undefined {
  return canonicalAddressText(text.trim().replace(/^\[(.*)\]$/, '$1'));
}

export function isLoopbackAddress(address: string): boolean {
  const canonical = canonicalAddress(address);
  return canonical !== undefined && isLoopbackText(canonical);
}

/** Looks a host name up in the config's hosts map, without regard to case. */
export function lookupHostName(name: string, hosts: Record<string, string> | undefined): string | undefined {
  if (!hosts) return undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(hosts)) {
    if (key.toLowerCase() === lower && typeof value === 'string') return canonicalAddress(value);
  }
  return undefined;
}

/** Every host name of the config mapped to an address (for certificate name checks). */
export function hostNamesOf(address: string, hosts: Record<string, string> | undefined): string[] {
  if (!hosts) return [];
  return Object.entries(hosts)
    .filter(([, value]) => typeof value === 'string' && canonicalAddress(value) === address)
    .map(([name]) => name);
}

export function addressOfHost(host: string, hosts: Record<string, string> | undefined): string | undefined {
  const value = host.trim().toLowerCase();
  if (value === ALL_INTERFACES) return ALL_INTERFACES;
  if (value === 'localhost') return '127.0.0.1';
  return canonicalAddress(value) ?? lookupHostName(value, hosts);
}
