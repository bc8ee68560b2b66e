/**
 * The what-if result as plain text a sysprog can paste into a change record. Used by
 * `vipa-check --what-if-down` and by the editor's read-only what-if document; the caller says how
 * to show a file (relative path for the CLI, workspace-relative for the editor).
 */
import type { Location } from '../base/range.js';
import type { AddressFate, EndpointFate, WhatIfResult } from './what-if-types.js';
import { listStacks } from './names.js';

export interface ReportOptions {
  /** How a file is shown (the CLI passes a path relative to the working directory). */
  displayPath(uri: string): string;
}

const KIND_LABEL: Record<AddressFate['kind'], string> = {
  vipadefine: 'DVIPA',
  distributed: 'distributed DVIPA',
  viparange: 'VIPARANGE DVIPA',
  static: 'static VIPA',
  home: 'home address',
};

export function formatWhatIfText(result: WhatIfResult, options: ReportOptions): string {
  const lines: string[] = [];
  const title = `What if ${listStacks(result.down)} ${result.down.length > 1 ? 'go' : 'goes'} down?`;
  lines.push(title, '='.repeat(title.length));
  if (result.down.length === 0) {
    lines.push('No stack of the workspace was named: nothing to simulate.');
    return lines.join('\n') + '\n';
  }
  lines.push(`Sysplex ${result.sysplexes.join(', ')}: down ${result.down.join(', ')}; still up ${result.up.length > 0 ? result.up.join(', ') : 'none'}.`);
  const s = result.summary;
  const unbound = result.endpoints.filter((endpoint) => endpoint.status === 'lost' && !endpoint.affected).length;
  lines.push(
    `${s.addressesMoved} ${plural(s.addressesMoved, 'address moves', 'addresses move')}, ${s.addressesLost} lost, ${s.addressesUnchanged} unchanged; ` +
      `Liberty endpoints: ${s.endpointsLost - unbound} lost, ${s.endpointsRestartable} restartable, ${s.endpointsStay} stay` +
      (unbound > 0 ? `, ${unbound} unbound even with every stack up` : '') +
      (s.serversLost.length > 0 ? ` (servers lost: ${s.serversLost.join(', ')})` : '') +
      '.',
    '',
  );

  lines.push('Addresses');
  lines.push('---------');
  if (result.addresses.length === 0) lines.push('  (none)');
  const width = Math.max(0, ...result.addresses.map((fate) => fate.address.length));
  const kindWidth = Math.max(0, ...result.addresses.map((fate) => KIND_LABEL[fate.kind].length));
  for (const fate of sortedFates(result.addresses)) {
    const move = `${fate.before ?? '-'} -> ${fate.after ?? '-'}`;
    lines.push(`  ${verdict(fate).padEnd(9)} ${fate.address.padEnd(width)}  ${KIND_LABEL[fate.kind].padEnd(kindWidth)}  ${move}`);
    lines.push(...wrap(fate.reason, '            '));
  }
  lines.push('');

  lines.push('Liberty endpoints');
  lines.push('-----------------');
  if (result.endpoints.length === 0) lines.push('  (none)');
  for (const endpoint of sortedEndpoints(result.endpoints)) {
    const where = endpoint.status === 'restartable' ? ` on ${endpoint.stacks.join(', ')}` : '';
    lines.push(`  ${endpointVerdict(endpoint).padEnd(11)} ${endpoint.server} ${endpoint.kind} "${endpoint.endpointId}" ${endpoint.address}${where}  (${place(endpoint.location, options)})`);
    lines.push(...wrap(endpoint.reason, '              '));
  }
  for (const skipped of result.skipped) {
    lines.push(`  NOT CHECKED ${skipped.server} "${skipped.endpointId}"  (${place(skipped.location, options)})`);
    lines.push(...wrap(skipped.reason, '              '));
  }
  lines.push('');
  lines.push('Rules IBM does not document (rank ties, duplicate VIPADEFINE contention) are marked UNCONFIRMED; servers are assumed');
  lines.push('to run on the first of their stacks (vipa-check.json "servers") where their address can be bound.');
  return lines.join('\n') + '\n';
}

function verdict(fate: AddressFate): string {
  if (fate.moved) return 'MOVES';
  if (fate.lost) return 'LOST';
  return fate.before === null ? 'INACTIVE' : 'STAYS';
}

const VERDICT_ORDER = ['LOST', 'MOVES', 'STAYS', 'INACTIVE'];

function sortedFates(fates: readonly AddressFate[]): AddressFate[] {
  return [...fates].sort((a, b) => VERDICT_ORDER.indexOf(verdict(a)) - VERDICT_ORDER.indexOf(verdict(b)));
}

/** LOST, RESTARTABLE, STAYS; UNBOUND for an endpoint that cannot bind even with every stack up (status lost, not affected). */
function endpointVerdict(endpoint: EndpointFate): string {
  return endpoint.status === 'lost' && !endpoint.affected ? 'UNBOUND' : endpoint.status.toUpperCase();
}

const ENDPOINT_ORDER = ['LOST', 'RESTARTABLE', 'STAYS', 'UNBOUND'];

function sortedEndpoints(endpoints: readonly EndpointFate[]): EndpointFate[] {
  return [...endpoints].sort((a, b) => ENDPOINT_ORDER.indexOf(endpointVerdict(a)) - ENDPOINT_ORDER.indexOf(endpointVerdict(b)) || a.server.localeCompare(b.server));
}

function place(location: Location, options: ReportOptions): string {
  return `${options.displayPath(location.uri)}:${location.range.start.line + 1}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Wraps a reason at about 110 columns under its entry. */
function wrap(text: string, indent: string, width = 118): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length + word.length + 1 > width && line.trim() !== '') {
      out.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() === '' ? '' : ' ') + word;
  }
  if (line.trim() !== '') out.push(line.trimEnd());
  return out;
}
