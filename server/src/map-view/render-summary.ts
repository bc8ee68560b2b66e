/** The lines above the map: what it shows, the simulation's result, and a legend of its marks. */
import type { SysplexMap } from '../analyzer/map/map-types.js';
import { escapeHtml, plural } from './html.js';
import { severityBadges } from './render-cells.js';
import { BIND_SYMBOL, BIND_WORDS } from './render-cells.js';

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function renderSummary(map: SysplexMap): string {
  const addresses = map.rows.filter((row) => row.kind === 'address').length;
  const ranges = map.rows.filter((row) => row.kind === 'range').length;
  const endpoints = map.rows.reduce((sum, row) => sum + row.servers.length, 0);
  const facts = [
    `${plural(map.stacks.length, 'stack')} in ${plural(map.sysplexes.length, 'sysplex', 'sysplexes')}`,
    plural(addresses, 'address', 'addresses'),
    plural(ranges, 'VIPARANGE'),
    plural(endpoints, 'Liberty endpoint'),
  ].join(' · ');
  const total = map.counts.error + map.counts.warning + map.counts.information + map.counts.hint;
  const findings = total > 0 ? ` · ${severityBadges(map.counts)} <span class="vm-muted">in the workspace</span>` : ' · no findings';
  return `<p class="vm-facts">${escapeHtml(facts)}${findings}</p>${renderSimulation(map)}`;
}

export function renderSimulation(map: SysplexMap): string {
  const unknown = map.unknownDown.length > 0 ? `<p class="vm-warning">No stack named ${escapeHtml(map.unknownDown.join(', '))}.</p>` : '';
  const simulation = map.simulation;
  if (!simulation) return unknown;
  const addresses = `${plural(simulation.addressesMoved, 'address moves', 'addresses move')}, ${simulation.addressesLost} lost, ${simulation.addressesUnchanged} unchanged`;
  const endpoints = `Liberty endpoints: ${simulation.endpointsStay} stay, ${simulation.endpointsRestartable} can restart elsewhere, ${simulation.endpointsLost} lost`;
  const servers = simulation.serversLost.length > 0 ? ` (servers lost: ${simulation.serversLost.join(', ')})` : '';
  const severity = simulation.addressesLost + simulation.endpointsLost > 0 ? 'vm-sim vm-sim-loss' : 'vm-sim';
  return `${unknown}<div class="${severity}" role="status"><b>If ${escapeHtml(listNames(simulation.down))} ${simulation.down.length === 1 ? 'goes' : 'go'} down:</b> ${escapeHtml(`${addresses}. ${endpoints}${servers}.`)}</div>`;
}

export function renderLegend(): string {
  const roles = [
    ['owner', 'Owner', 'VIPADEFINE'],
    ['backup', 'Backup 100 · 1st', 'VIPABACKUP rank, MOVEABLE, takeover order'],
    ['distributor', 'Distributor → 2', 'VIPADISTRIBUTE'],
    ['target', 'Target', 'distribution target'],
    ['range', 'Range · SAF', 'VIPARANGE'],
    ['in-range', 'in 10.1.2.0/24', 'covered by a VIPARANGE'],
    ['static', 'Static VIPA', 'HOME, static VIPA, DYNAMICXCF'],
    ['excluded', '… · ignored', 'the stack ignores it'],
  ];
  const chips = roles.map(([kind, label, meaning]) => `<li><span class="vm-role vm-role-${kind}">${escapeHtml(label)}</span> ${escapeHtml(meaning)}</li>`);
  const binds = (['covered', 'after-takeover', 'uncovered', 'any'] as const).map(
    (status) => `<li><span class="vm-bind vm-bind-${status}"><span aria-hidden="true">${BIND_SYMBOL[status]}</span> server</span> ${escapeHtml(BIND_WORDS[status])}</li>`,
  );
  const marks = [
    '<li><span class="vm-legend-active">●</span> holds the address</li>',
    '<li><span class="vm-legend-change vm-change-takes-over">takes over</span> <span class="vm-legend-change vm-change-lost">lost</span> with stacks down</li>',
  ];
  return `<ul class="vm-legend" aria-label="Legend">${[...chips, ...binds, ...marks].join('')}</ul>`;
}
