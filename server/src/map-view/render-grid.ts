/**
 * The map's table: a header with sysplexes, subplexes and stacks (with their "down" toggles in the
 * web view), then one body per subnet group, each with a heading line and, when open, its rows.
 */
import type { MapRow } from '../analyzer/map/map-types.js';
import { attrs, escapeHtml, plural } from './html.js';
import { linked, locationText, type RenderContext } from './render-context.js';
import { addressCell, fateClass, fateText, portsText, serversCell, severityBadges, severityCounts, stackCell } from './render-cells.js';
import { severityIcon } from './icons.js';
import type { VisibleGroup } from './view-state.js';

export function renderHead(context: RenderContext): string {
  const { map } = context;
  const subplexRow = map.sysplexes.some((sysplex) => sysplex.subplexes.length > 1 || sysplex.subplexes.some((subplex) => subplex.label !== ''));
  const headRows = subplexRow ? 3 : 2;
  const plexes = map.sysplexes
    .map((sysplex) => {
      const width = sysplex.subplexes.reduce((sum, subplex) => sum + subplex.stacks.length, 0);
      return `<th${attrs({ scope: 'colgroup', colspan: width, class: 'vm-plex' })}><span class="vm-head-label">Sysplex ${escapeHtml(sysplex.name)}</span></th>`;
    })
    .join('');
  const corner = `<th${attrs({ scope: 'col', rowspan: headRows, class: 'vm-addr vm-corner', 'data-col': 0 })}>Address</th><th${attrs({ scope: 'col', rowspan: headRows, class: 'vm-servers vm-corner', 'data-col': 1 })}>Liberty servers</th>`;
  const rows = [`<tr class="vm-head-plex">${corner}${plexes}</tr>`];
  if (subplexRow) {
    const cells = map.sysplexes.flatMap((sysplex) =>
      sysplex.subplexes.map((subplex) => `<th${attrs({ scope: 'colgroup', colspan: subplex.stacks.length, class: 'vm-subplex' })}><span class="vm-head-label">${escapeHtml(subplex.label || 'default XCF group')}</span></th>`),
    );
    rows.push(`<tr class="vm-head-subplex">${cells.join('')}</tr>`);
  }
  const stacks = map.stacks.map((stack) => {
    const where = [stack.system, stack.cpc ? `CPC ${stack.cpc}` : ''].filter(Boolean).join(' · ');
    const name = linked(context, stack.loc, 'vm-stack-name', escapeHtml(stack.name), `Profile of ${stack.name}`);
    const toggle = context.interactive
      ? `<button${attrs({ type: 'button', class: 'vm-down-toggle', 'data-toggle-stack': stack.name, 'aria-pressed': String(stack.down), 'aria-label': `Simulate ${stack.name} down`, title: `Simulate ${stack.name} down (toggles combine)` })}>${stack.down ? 'down' : 'up'}</button>`
      : stack.down
        ? '<span class="vm-down-badge">DOWN</span>'
        : '';
    return `<th${attrs({ scope: 'col', class: stack.down ? 'vm-stack vm-down' : 'vm-stack', 'data-col': context.column.get(stack.name) })}>${name}${where ? `<span class="vm-stack-where">${escapeHtml(where)}</span>` : ''}${toggle}</th>`;
  });
  rows.push(`<tr class="vm-head-stacks">${stacks.join('')}</tr>`);
  return `<thead>${rows.join('')}</thead>`;
}

function groupHeading(context: RenderContext, visible: VisibleGroup): string {
  const { group, rows, open } = visible;
  const total = group.rows.length;
  const count = rows.length === total ? plural(total, 'address', 'addresses') : `${rows.length} of ${plural(total, 'address', 'addresses')}`;
  const badges = severityBadges(severityCounts(rows.flatMap((row) => row.findings)));
  const fates = rows.flatMap((row) => row.fates ?? []);
  const moved = fates.filter((fate) => fate.moved).length;
  const lost = fates.filter((fate) => fate.lost).length;
  const simulation = moved + lost > 0 ? `<span class="vm-group-fates">${[moved ? `${moved} move` : '', lost ? `${lost} lost` : ''].filter(Boolean).join(', ')}</span>` : '';
  const label = `<span class="vm-group-label">${escapeHtml(group.label)}</span> <span class="vm-group-count">${count}</span>`;
  const inner = context.interactive
    ? `<button${attrs({ type: 'button', class: 'vm-group-toggle', 'data-group-toggle': group.key, 'data-col': 0, tabindex: -1, 'aria-expanded': String(open) })}><span aria-hidden="true">${open ? '▾' : '▸'}</span> ${label}</button>`
    : label;
  return `<tr class="vm-group-head"><th${attrs({ scope: 'rowgroup', colspan: context.width })}><div class="vm-sticky">${inner} ${badges}${simulation}</div></th></tr>`;
}

export function renderRow(context: RenderContext, row: MapRow, detailsOpen: boolean): string {
  const cellOf = new Map(row.cells.map((cell) => [cell.stack, cell]));
  const cells = context.map.stacks.map((stack) => stackCell(context, row, stack, cellOf.get(stack.name)));
  const main = `<tr${attrs({ class: 'vm-row', 'data-row': row.id })}>${addressCell(context, row, detailsOpen)}${serversCell(context, row)}${cells.join('')}</tr>`;
  return detailsOpen ? main + renderDetails(context, row) : main;
}

function renderDetails(context: RenderContext, row: MapRow): string {
  const items: string[] = [];
  for (const finding of row.findings) {
    items.push(`<li class="vm-finding">${severityIcon(finding.severity)} <code>${escapeHtml(finding.code)}</code> ${escapeHtml(finding.message)} ${linked(context, finding.loc, 'vm-where', escapeHtml(locationText(context.map, finding.loc) ?? ''))}</li>`);
  }
  for (const fate of row.fates ?? []) {
    const distribution = fate.distributionBefore || fate.distributionAfter ? ` Distribution: ${fate.distributionBefore ?? 'none'} → ${fate.distributionAfter ?? 'none'}.` : '';
    items.push(`<li class="vm-fate-line"><span class="vm-fate ${fateClass(fate)}">${escapeHtml(fateText(fate))}</span> ${escapeHtml(fate.reason + distribution)}</li>`);
  }
  for (const binding of row.servers) {
    const what = `${binding.kind} "${binding.endpointId}" of server ${binding.server}${binding.allInterfaces ? ' (host="*": needs no VIPA)' : ''}${binding.ports.length ? `, ports ${portsText(binding)}` : ''}`;
    const runs = binding.runsOn ? `; runs on ${binding.runsOn} of ${binding.stacks.join(', ')}` : `; may run on ${binding.stacks.join(', ') || 'no stack'}`;
    const fate = binding.fate ? ` ${binding.fate.reason}` : '';
    items.push(`<li class="vm-server-line">${linked(context, binding.loc, 'vm-server', `<b>${escapeHtml(binding.server)}</b>`)} ${escapeHtml(what + runs + '.' + fate)}</li>`);
  }
  for (const cell of row.cells) {
    for (const role of cell.roles) items.push(`<li class="vm-role-line"><b>${escapeHtml(cell.stack)}</b> ${linked(context, role.loc, `vm-role vm-role-${role.kind}`, escapeHtml(role.label))} ${escapeHtml(role.detail)}</li>`);
  }
  return `<tr${attrs({ class: 'vm-details', 'data-details-for': row.id })}><td colspan="${context.width}"><div class="vm-sticky"><ul>${items.join('')}</ul></div></td></tr>`;
}

/** One group: its heading and, when open, its rows. The web view re-renders groups one at a time. */
export function renderGroup(context: RenderContext, visible: VisibleGroup, detailsOpen: (row: MapRow) => boolean): string {
  const body = visible.open ? visible.rows.map((row) => renderRow(context, row, detailsOpen(row))).join('') : '';
  return `<tbody${attrs({ class: visible.open ? 'vm-group' : 'vm-group vm-closed', 'data-group': visible.group.key })}>${groupHeading(context, visible)}${body}</tbody>`;
}
