/** Numeric order of canonical addresses: IPv4 before IPv6, then by value. */
import ipaddr from 'ipaddr.js';

export function compareAddresses(a: string, b: string): number {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (!x || !y) return a.localeCompare(b);
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function bytesOf(address: string): number[] | undefined {
  try {
    return ipaddr.parse(address).toByteArray();
  } catch {
    return undefined;
  }
}
