/**
 * --format html: one self-contained page (inline style, no script, no external resource) with the
 * sysplex map, the failover result with --what-if-down, every finding, and what each file was taken
 * as and why; with --obey, first what the OBEYFILE member changes, then all of that after the change. The map and the files are rendered by server/src/map-view, the same renderer as the
 * editor's web view, in its static form. The page is well-formed XML as well as HTML (a test parses
 * it), so any tool can read it.
 */
import type { CliReport, ObeyChange, ObeyFact, ReportDiagnostic } from './report.js';
import type { Severity } from '../analyzer/diagnostics/finding.js';
import type { MapBinding, MapRow, SysplexMap } from '../analyzer/map/map-types.js';
import type { AnalysisResult, FileClassification } from '../analyzer/workspace/analysis.js';
import { buildSysplexMap } from '../analyzer/map/index.js';
import { packageVersion } from './version.js';
import { renderMap, renderTable } from '../map-view/render-map.js';
import { MAP_CSS } from '../map-view/styles.js';
import { escapeHtml, plural } from '../map-view/html.js';
import { severityIcon } from '../map-view/icons.js';
import { fateClass, fateText, portsText } from '../map-view/render-cells.js';
import { countBySeverity, displayPath, SEVERITY_ORDER } from './report.js';

const REPORT_CSS = `
body { margin: 0; }
.vm-report { padding: 12px 16px 24px; }
.vm-report h1 { font-size: 1.5em; margin: 0 0 4px; }
.vm-report h2 { font-size: 1.2em; margin: 20px 0 6px; }
.vm-report .vm-scroll { max-height: 85vh; }
.vm-list { border-collapse: collapse; width: 100%; max-width: 160ch; }
.vm-list th, .vm-list td { border-bottom: 1px solid var(--vm-border); padding: 3px 8px; text-align: left; vertical-align: top; }
.vm-list th { background: var(--vm-band); }
.vm-list .vm-nowrap { white-space: nowrap; }
.vm-list .vm-list-group { background: none; padding-top: 10px; }
@media print { .vm-report .vm-scroll { max-height: none; } h2 { break-after: avoid; } }
`;

/** What CliReport.html needs: the map of `result` with `down` simulated, paths relative to cwd. */
export function htmlReportInput(result: AnalysisResult, down: readonly string[] | undefined, cwd: string, fileRoles?: readonly FileClassification[]): NonNullable<CliReport['html']> {
  const map = buildSysplexMap(result, { down, labelOf: (uri) => displayPath(uri, cwd), fileRoles });
  return { map, version: packageVersion(), generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
}

function findingKey(file: string, line: number, column: number, code: string): string {
  return `${file}:${line}:${column}|${code}`;
}

function findingLine(d: { severity: Severity; code: string; where: string; message: string }): string {
  return `<tr><td class="vm-nowrap">${severityIcon(d.severity)} ${escapeHtml(d.severity)}</td><td class="vm-nowrap"><code>${escapeHtml(d.code)}</code></td><td class="vm-nowrap">${escapeHtml(d.where)}</td><td>${escapeHtml(d.message)}</td></tr>`;
}

/** Every finding: first those about an address of the map (under that address), then the others. */
function findingsSection(map: SysplexMap, report: CliReport): string {
  const counts = countBySeverity(report);
  const summary = SEVERITY_ORDER.map((severity) => plural(counts[severity], severity, severity === 'information' ? severity : `${severity}s`)).join(', ');
  if (report.diagnostics.length === 0) return `<h2 id="findings">Findings</h2><p>No findings.</p>`;
  const shown = new Set<string>();
  const body: string[] = [];
  map.rows.forEach((row, index) => {
    if (row.findings.length === 0) return;
    body.push(`<tr id="findings-${index}"><th colspan="4" class="vm-list-group"><code>${escapeHtml(row.kind === 'all-interfaces' ? '* (host="*")' : row.address)}</code></th></tr>`);
    for (const finding of row.findings) {
      const location = map.locations[finding.loc];
      const where = `${map.files[location.file].label}:${location.line + 1}:${location.character + 1}`;
      shown.add(findingKey(map.files[location.file].label, location.line + 1, location.character + 1, finding.code));
      body.push(findingLine({ ...finding, where }));
    }
  });
  const others = report.diagnostics.filter((d) => !shown.has(findingKey(d.file, d.line, d.column, d.code)));
  if (others.length > 0) {
    body.push('<tr id="findings-other"><th colspan="4" class="vm-list-group">Not about one address of the map</th></tr>');
    for (const d of others) body.push(findingLine({ ...d, where: `${d.file}:${d.line}:${d.column}` }));
  }
  return `<h2 id="findings">Findings</h2><p>${escapeHtml(summary)}</p><table class="vm-list"><thead><tr><th>Severity</th><th>Code</th><th>Where</th><th>Message</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function endpointLine(binding: MapBinding): string {
  const fate = binding.fate!;
  const status = fate.status === 'restartable' ? `RESTARTABLE on ${fate.stacks.join(', ')}` : fate.status === 'lost' && !fate.affected ? 'UNBOUND' : fate.status.toUpperCase();
  const what = `${binding.server} ${binding.kind} "${binding.endpointId}" ${binding.allInterfaces ? 'host="*"' : binding.host}${binding.ports.length ? ` (${portsText(binding)})` : ''}`;
  return `<tr><td class="vm-nowrap"><span class="vm-bind-fate vm-endpoint-${fate.status}">${escapeHtml(status)}</span></td><td>${escapeHtml(what)}</td><td>${escapeHtml(fate.reason)}</td></tr>`;
}

function failoverSection(map: SysplexMap): string {
  const simulation = map.simulation;
  if (!simulation) return '';
  const addresses = map.rows.flatMap((row) =>
    (row.fates ?? []).map(
      (fate) => `<tr><td class="vm-nowrap"><span class="vm-fate ${fateClass(fate)}">${escapeHtml(fateText(fate))}</span></td><td class="vm-nowrap"><code>${escapeHtml(row.address)}</code></td><td>${escapeHtml(fate.reason)}</td></tr>`,
    ),
  );
  const endpoints = map.rows.flatMap((row) => row.servers.filter((binding) => binding.fate).map(endpointLine));
  const title = `If ${simulation.down.join(', ')} ${simulation.down.length === 1 ? 'goes' : 'go'} down`;
  return (
    `<h2 id="failover">${escapeHtml(title)}</h2>` +
    `<table class="vm-list"><thead><tr><th>Address</th><th></th><th>Why</th></tr></thead><tbody>${addresses.join('')}</tbody></table>` +
    (endpoints.length > 0 ? `<h2>Liberty endpoints</h2><table class="vm-list"><thead><tr><th>Status</th><th>Endpoint</th><th>Why</th></tr></thead><tbody>${endpoints.join('')}</tbody></table>` : '') +
    '<p class="vm-muted">Rules IBM does not document (rank ties, duplicate VIPADEFINE contention) are marked UNCONFIRMED; servers are assumed to run on the first of their stacks (vipa-check.json "servers") where their address can be bound.</p>'
  );
}

function obeySection(change: ObeyChange): string {
  const fact = (kind: string) => (item: ObeyFact) => `<tr><td class="vm-nowrap">${kind}</td><td>${escapeHtml(item.what)}</td><td class="vm-nowrap">${escapeHtml(item.where)}</td></tr>`;
  const finding = (kind: string) => (d: ReportDiagnostic) =>
    `<tr><td class="vm-nowrap">${kind}</td><td>${severityIcon(d.severity)} ${escapeHtml(d.severity)} <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}</td><td class="vm-nowrap">${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</td></tr>`;
  const rows = [...change.adds.map(fact('adds')), ...change.removes.map(fact('removes')), ...change.breaks.map(finding('breaks')), ...change.fixes.map(finding('fixes'))];
  const errors = change.breaks.filter((d) => d.severity === 'error').length;
  const counts = `${change.adds.length} added, ${change.removes.length} removed; ${plural(change.breaks.length, 'new finding')} (${plural(errors, 'error')}), ${change.fixes.length} gone.`;
  return (
    `<h2 id="obey">${escapeHtml(`OBEYFILE ${change.member} applied to stack ${change.stack}`)}</h2>` +
    `<p>${escapeHtml(`As VARY TCPIP,${change.stack},OBEYFILE would apply it to ${change.profile}: ${counts} The map, the findings and the files below show the sysplex after the change.`)}</p>` +
    (rows.length > 0 ? `<table class="vm-list"><thead><tr><th>Change</th><th>What</th><th>Where</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>The member changes nothing on the stack.</p>')
  );
}

export function formatHtml(report: CliReport): string {
  const input = report.html;
  if (!input) throw new Error('--format html: the report has no sysplex map');
  const { map } = input;
  const rowIndex = new Map<MapRow, number>(map.rows.map((row, index) => [row, index]));
  const rendered = renderMap(map, { interactive: false, openAllGroups: true, detailsOpen: () => false, findingsHref: (row) => `#findings-${rowIndex.get(row)}` });
  const table = map.stacks.length > 0 || map.rows.length > 0 ? `<div class="vm-scroll">${renderTable(rendered, 'Sysplex VIPA map')}</div>` : '<p>No TCP/IP stack profile and no Liberty server was found.</p>';
  const base = report.obey ? `Sysplex VIPA map after OBEYFILE ${report.obey.member} on ${report.obey.stack}` : 'Sysplex VIPA map';
  const title = map.simulation ? `${base}: if ${map.simulation.down.join(', ')} ${map.simulation.down.length === 1 ? 'goes' : 'go'} down` : base;
  const about = `vipa-check ${input.version}, ${input.generatedAt}: ${plural(report.fileCount, 'file')} checked. Each address lists its role on every stack; hover a mark for its meaning and source line.`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<meta name="generator" content="vipa-check ${escapeHtml(input.version)}"/>`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${MAP_CSS}${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="vm-root vm-report"><h1>${escapeHtml(title)}</h1><p class="vm-muted">${escapeHtml(about)}</p>`,
    report.obey ? obeySection(report.obey) : '',
    rendered.summary,
    rendered.legend,
    table,
    failoverSection(map),
    findingsSection(map, report),
    rendered.files,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
