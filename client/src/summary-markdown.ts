/**
 * Renders the server's sysplex summary as a Markdown document. Pure (no vscode import) so it can be
 * unit-tested; the command only opens the result in an editor.
 */
import type { ProblemCounts, ServerSummary, StackSummary, SysplexSummary } from '../../server/src/protocol/custom-requests.js';

/** Any value of the summary the document shows as text; objects are described field by field. */
export type SummaryValue = string | number | boolean | null | undefined | SummaryValue[] | { [key: string]: SummaryValue };

/** Field names that carry the main value of an object, tried in this order. */
const MAIN_FIELDS = ['address', 'subnet', 'prefix', 'range', 'value', 'name', 'id'];

/** Turns any summary value into one line of text. */
export function describeValue(value: SummaryValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(describeValue).filter((text) => text !== '').join(', ');
  if (typeof value !== 'object') return String(value);
  const main = MAIN_FIELDS.find((field) => value[field] !== undefined && typeof value[field] !== 'object');
  const rest = Object.entries(value)
    .filter(([key, entry]) => key !== main && entry !== undefined && entry !== null && typeof entry !== 'object')
    .map(([key, entry]) => `${key}: ${String(entry)}`);
  if (main === undefined) return rest.join(', ');
  return rest.length > 0 ? `${String(value[main])} (${rest.join(', ')})` : String(value[main]);
}

/** Markdown table cells may not contain "|" or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') || '—';
}

/** The last path segment of a URI, for a readable link text. */
function fileLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

function fileLink(uri: string): string {
  return `[${fileLabel(uri).replace(/[[\]]/g, '\\$&')}](${uri.replace(/[()\s]/g, encodeURIComponent)})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function problemLine(problems: ProblemCounts): string {
  return `${plural(problems.error, 'error')}, ${plural(problems.warning, 'warning')}, ${problems.information} information, ${plural(problems.hint, 'hint')}`;
}

/** Coverage as "stack: how" pairs when it is a map, else as text. */
function coverageText(coverage: SummaryValue): string {
  if (coverage && typeof coverage === 'object' && !Array.isArray(coverage)) {
    return Object.entries(coverage)
      .map(([stack, how]) => `${stack}: ${describeValue(how)}`)
      .join('; ');
  }
  return describeValue(coverage);
}

function stackSection(stacks: readonly StackSummary[]): string[] {
  if (stacks.length === 0) return ['No TCP/IP stack profile was found in the workspace.', ''];
  const lines = ['| Stack | Sysplex | Profile | DVIPAs | VIPARANGEs |', '|---|---|---|---|---|'];
  for (const stack of [...stacks].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(
      `| ${cell(stack.name)} | ${cell(stack.sysplex ?? '')} | ${fileLink(stack.file)} | ${cell(describeValue(stack.dvipas ?? []))} | ${cell(describeValue(stack.ranges ?? []))} |`,
    );
  }
  lines.push('');
  return lines;
}

function serverSection(servers: readonly ServerSummary[]): string[] {
  if (servers.length === 0) return ['No Liberty server configuration was found in the workspace.', ''];
  const lines: string[] = [];
  for (const server of [...servers].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(`### ${server.name} — ${fileLink(server.file)}`, '');
    if (server.endpoints.length === 0) {
      lines.push('No endpoints.', '');
      continue;
    }
    lines.push('| Endpoint | Host | Address | Coverage per stack |', '|---|---|---|---|');
    for (const endpoint of server.endpoints) {
      lines.push(`| ${cell(endpoint.id)} | ${cell(endpoint.host)} | ${cell(endpoint.address ?? '')} | ${cell(coverageText(endpoint.coverage))} |`);
    }
    lines.push('');
  }
  return lines;
}

export function renderSummaryMarkdown(summary: SysplexSummary): string {
  const lines = [
    '# Sysplex VIPA summary',
    '',
    `${plural(summary.stacks.length, 'stack')} · ${plural(summary.servers.length, 'Liberty server')} · ${problemLine(summary.problems)}`,
    '',
    '## Stacks',
    '',
    ...stackSection(summary.stacks),
    '## Liberty servers',
    '',
    ...serverSection(summary.servers),
  ];
  return lines.join('\n');
}

/** The status bar text: "$(server-environment) 2 stacks · 3 servers · 4 problems". */
export function statusText(stacks: number, servers: number, problems: number): string {
  return `$(server-environment) ${plural(stacks, 'stack')} · ${plural(servers, 'server')} · ${plural(problems, 'problem')}`;
}
