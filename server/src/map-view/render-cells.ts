/**
 * One row of the map: the address cell (address, kind, findings, fate), the Liberty servers cell and
 * one cell per stack (roles, bind status of each server, what a failure changes).
 */
import type { BindStatus, CellChange, MapBinding, MapCell, MapFate, MapRow, MapStack, MapTag } from '../analyzer/map/map-types.js';
import type { Severity } from '../analyzer/diagnostics/finding.js';
import { attrs, escapeHtml, plural } from './html.js';
import { SEVERITIES, SEVERITY_WORDS, severityIcon } from './icons.js';
import { linked, primaryLocation, type RenderContext } from './render-context.js';

const TAG_TEXT: Record<MapTag, string> = {
  home: 'HOME',
  static: 'static VIPA',
  xcf: 'DYNAMICXCF',
  dvipa: 'DVIPA',
  distributed: 'distributed',
  range: 'VIPARANGE',
  bound: 'Liberty',
};

export const BIND_SYMBOL: Record<BindStatus, string> = { covered: '✓', 'after-takeover': '↻', uncovered: '✗', any: '∗', down: '–' };
export const BIND_WORDS: Record<BindStatus, string> = {
  covered: 'can bind',
  'after-takeover': 'can bind after takeover',
  uncovered: 'cannot bind',
  any: 'needs no VIPA',
  down: 'stack down',
};

export function severityCounts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Icons with counts, e.g. "⨂ 2 ⚠ 1"; the accessible name spells them out. */
export function severityBadges(counts: Record<Severity, number>): string {
  const present = SEVERITIES.filter((severity) => counts[severity] > 0);
  if (present.length === 0) return '';
  const label = present.map((severity) => plural(counts[severity], ...SEVERITY_WORDS[severity])).join(', ');
  const icons = present.map((severity) => `<span class="vm-count">${severityIcon(severity)}${counts[severity]}</span>`).join('');
  return `<span class="vm-severities" role="img" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">${icons}</span>`;
}

export function fateText(fate: MapFate): string {
  if (fate.moved) return `${fate.before ?? '–'} → ${fate.after}`;
  if (fate.lost) return `${fate.before} → lost`;
  if (fate.before) return `stays on ${fate.before}`;
  return 'never active';
}

export function fateClass(fate: MapFate): string {
  return fate.lost ? 'vm-fate-lost' : fate.moved ? 'vm-fate-moved' : fate.before ? 'vm-fate-stays' : 'vm-fate-inactive';
}

function rowKindText(row: MapRow): string {
  if (row.kind === 'all-interfaces') return 'all interfaces: needs no VIPA';
  if (row.kind === 'unresolved') return 'host name not resolved';
  return row.tags.map((tag) => TAG_TEXT[tag]).join(' · ');
}

export function addressCell(context: RenderContext, row: MapRow, detailsOpen: boolean): string {
  const shown = row.kind === 'all-interfaces' ? '* (host="*")' : row.address;
  const parts = [linked(context, primaryLocation(row), 'vm-address', escapeHtml(shown)), `<span class="vm-kind">${escapeHtml(rowKindText(row))}</span>`];
  const badges = severityBadges(severityCounts(row.findings));
  const href = badges ? context.findingsHref?.(row) : undefined;
  if (badges) parts.push(href ? `<a class="vm-badge-link" href="${escapeHtml(href)}">${badges}</a>` : badges);
  for (const fate of row.fates ?? []) parts.push(`<span class="vm-fate ${fateClass(fate)}" title="${escapeHtml(fate.reason)}">${escapeHtml(fateText(fate))}</span>`);
  if (context.interactive) {
    // First, so that it floats to the top right of the cell.
    parts.unshift(`<button${attrs({ class: 'vm-expander', type: 'button', tabindex: -1, 'data-row-toggle': row.id, 'aria-expanded': String(detailsOpen), 'aria-label': `Details of ${shown}`, title: 'Details (Space)' })}>${detailsOpen ? '▾' : '▸'}</button>`);
  }
  return `<th${attrs({ scope: 'row', class: 'vm-addr', 'data-col': 0 })}>${parts.join(' ')}</th>`;
}

export function portsText(binding: MapBinding): string {
  return binding.ports.map((port) => `${port.port}${port.secure ? ' TLS' : ''}`).join(', ');
}

function bindingFateText(binding: MapBinding): string | undefined {
  const fate = binding.fate;
  if (!fate) return undefined;
  if (fate.status === 'stays') return fate.affected ? 'stays' : undefined;
  if (fate.status === 'restartable') return `restart on ${fate.stacks.join(', ')}`;
  return fate.affected ? 'LOST' : 'cannot bind';
}

export function serversCell(context: RenderContext, row: MapRow): string {
  const lines = row.servers.map((binding) => {
    const host = binding.allInterfaces ? ' host="*"' : row.kind === 'unresolved' ? ` host="${binding.host}"` : '';
    const ports = portsText(binding);
    const fate = bindingFateText(binding);
    const title = [
      `${binding.kind} "${binding.endpointId}" of server ${binding.server}${host}`,
      binding.runsOn ? `assumed to run on ${binding.runsOn} (the first of ${binding.stacks.join(', ')} where it can bind)` : `may run on ${binding.stacks.join(', ') || 'no stack'}`,
      binding.fate?.reason,
    ].filter(Boolean).join('\n');
    const inner = `<b>${escapeHtml(binding.server)}</b>${escapeHtml(host)}${ports ? ` <span class="vm-ports">${escapeHtml(ports)}</span>` : ''}${fate ? ` <span class="vm-bind-fate vm-endpoint-${binding.fate!.status}">${escapeHtml(fate)}</span>` : ''}`;
    return linked(context, binding.loc, 'vm-server', inner, title);
  });
  return `<td class="vm-servers" data-col="1">${lines.join('')}</td>`;
}

const CHANGE_TEXT: Record<CellChange, (fate: MapFate | undefined) => string> = {
  holds: () => 'stays here',
  'takes-over': (fate) => `takes over${fate?.before ? ` from ${fate.before}` : ''}`,
  'moved-away': (fate) => (fate?.after ? `moves to ${fate.after}` : 'moves away'),
  lost: () => 'lost',
};

function fateFor(row: MapRow, cell: MapCell): MapFate | undefined {
  const fates = row.fates ?? [];
  return fates.find((fate) => fate.after === cell.stack && fate.moved) ?? fates.find((fate) => fate.before === cell.stack) ?? fates.find((fate) => fate.after === cell.stack);
}

/** Short words for the accessible name of a cell. */
export function describeCell(row: MapRow, cell: MapCell): string {
  const parts = cell.roles.map((role) => role.label);
  if (cell.active) parts.unshift('holds it');
  for (const entry of cell.servers ?? []) parts.push(`${row.servers[entry.binding]?.server}: ${BIND_WORDS[entry.status]}`);
  if (cell.change) parts.push(CHANGE_TEXT[cell.change](fateFor(row, cell)));
  return parts.join('; ');
}

export function stackCell(context: RenderContext, row: MapRow, stack: MapStack, cell: MapCell | undefined): string {
  const column = context.column.get(stack.name)!;
  const classes = ['vm-cell'];
  if (stack.down) classes.push('vm-down');
  if (!cell) return `<td${attrs({ class: classes.join(' '), 'data-col': column })}></td>`;
  if (cell.active) classes.push('vm-active');
  if (cell.change) classes.push(`vm-change-${cell.change}`);
  const roles = cell.roles.map((role) => linked(context, role.loc, `vm-role vm-role-${role.kind}`, escapeHtml(role.label), role.detail));
  const servers = (cell.servers ?? []).map((entry) => {
    const binding = row.servers[entry.binding];
    if (!binding) return '';
    const words = `${binding.server}: ${BIND_WORDS[entry.status]} (${entry.via})`;
    return linked(context, binding.loc, `vm-bind vm-bind-${entry.status}`, `<span aria-hidden="true">${BIND_SYMBOL[entry.status]}</span> ${escapeHtml(binding.server)}`, words);
  });
  const change = cell.change ? `<span class="vm-change">${escapeHtml(CHANGE_TEXT[cell.change](fateFor(row, cell)))}</span>` : '';
  const label = `${stack.name}${stack.down ? ' (down)' : ''}: ${describeCell(row, cell)}`;
  return `<td${attrs({ class: classes.join(' '), 'data-col': column, 'aria-label': label })}>${roles.join('')}${servers.join('')}${change}</td>`;
}
