/**
 * Row order and grouping: rows by sysplex, then by subnet (IPv4 /24, IPv6 /64) in numeric order, a
 * range before the addresses it starts, and "*" and unresolved host names last. Groups keep a large
 * sysplex readable: the map can show a few subnets open and the rest as one line each.
 */
import { compareAddresses } from '../takeover/address-order.js';
import { networkAddress } from '../base/addresses.js';
import type { MapGroup, MapRow } from './map-types.js';

const OTHER = 'other';

function baseAddress(row: MapRow): string {
  return row.kind === 'range' ? row.address.slice(0, row.address.indexOf('/')) : row.address;
}

export function subnetOf(row: MapRow): string {
  if (row.kind === 'all-interfaces' || row.kind === 'unresolved') return OTHER;
  const base = baseAddress(row);
  try {
    return base.includes(':') ? `${networkAddress(base, 64)}/64` : `${networkAddress(base, 24)}/24`;
  } catch {
    return OTHER;
  }
}

const KIND_ORDER = { range: 0, address: 1, 'all-interfaces': 2, unresolved: 3 } as const;

function compareRows(a: MapRow, b: MapRow): number {
  const other = Number(KIND_ORDER[a.kind] >= 2) - Number(KIND_ORDER[b.kind] >= 2);
  if (other !== 0) return other;
  if (KIND_ORDER[a.kind] >= 2) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.address.localeCompare(b.address);
  return (
    compareAddresses(baseAddress(a), baseAddress(b)) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    Number(a.address.split('/')[1] ?? 0) - Number(b.address.split('/')[1] ?? 0)
  );
}

/** Sorts the rows in place and returns their groups; each row gets its group key. */
export function groupRows(rows: MapRow[], sysplexOrder: readonly string[], severalSysplexes: boolean): MapGroup[] {
  const order = (sysplex: string) => {
    const index = sysplexOrder.indexOf(sysplex);
    return index < 0 ? sysplexOrder.length : index;
  };
  rows.sort((a, b) => order(a.sysplex) - order(b.sysplex) || a.sysplex.localeCompare(b.sysplex) || compareRows(a, b));
  const groups: MapGroup[] = [];
  let current: MapGroup | undefined;
  rows.forEach((row, index) => {
    const subnet = subnetOf(row);
    const key = `${row.sysplex}|${subnet}`;
    row.group = key;
    if (current?.key !== key) {
      const label = subnet === OTHER ? 'All interfaces and unresolved hosts' : subnet;
      current = { key, label: severalSysplexes ? `${row.sysplex} · ${label}` : label, sysplex: row.sysplex, rows: [] };
      groups.push(current);
    }
    current.rows.push(index);
  });
  return groups;
}
