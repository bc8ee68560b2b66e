/**
 * What the reader changed in the map (filter, open groups, open row details, the Files section) and
 * what is visible because of it. Pure: the web view keeps it with getState/setState; the CLI report
 * uses the defaults with every group open.
 */
import type { MapGroup, MapRow, SysplexMap } from '../analyzer/map/map-types.js';

export interface MapViewState {
  /** Words that every shown row must match (address, server, host, endpoint, finding code). */
  filter: string;
  /** Groups the reader opened (true) or closed (false); others follow groupsOpenByDefault. */
  groups: Record<string, boolean>;
  /** Rows whose details line is open. */
  details: string[];
  /** The web view's Files section is open (closed by default: its summary line counts the roles). */
  filesOpen?: boolean;
}

export const EMPTY_VIEW: MapViewState = { filter: '', groups: {}, details: [] };

/** Up to this many rows every group starts open; above it, groups start closed (one line each). */
export const OPEN_GROUPS_UP_TO_ROWS = 200;

export function groupsOpenByDefault(map: SysplexMap): boolean {
  return map.rows.length <= OPEN_GROUPS_UP_TO_ROWS;
}

function words(filter: string): string[] {
  return filter.toLowerCase().split(/[\s,]+/).filter((word) => word !== '');
}

export function rowMatches(row: MapRow, filter: string): boolean {
  const wanted = words(filter);
  if (wanted.length === 0) return true;
  const haystack = [row.address, ...row.tags, ...row.servers.flatMap((binding) => [binding.server, binding.host, binding.endpointId]), ...row.findings.map((finding) => finding.code)]
    .join(' ')
    .toLowerCase();
  return wanted.every((word) => haystack.includes(word));
}

export interface VisibleGroup {
  group: MapGroup;
  rows: MapRow[];
  open: boolean;
}

/** `openAll`: every group open whatever its size (the printable report). */
export function visibleGroups(map: SysplexMap, view: MapViewState, openAll = false): VisibleGroup[] {
  const filtering = words(view.filter).length > 0;
  const byDefault = openAll || groupsOpenByDefault(map);
  const shown: VisibleGroup[] = [];
  for (const group of map.groups) {
    const rows = group.rows.map((index) => map.rows[index]).filter((row) => rowMatches(row, view.filter));
    if (rows.length === 0) continue;
    // A filter opens every group with a match unless the reader closed it explicitly.
    const explicit = view.groups[group.key];
    shown.push({ group, rows, open: explicit ?? (filtering || byDefault) });
  }
  return shown;
}
