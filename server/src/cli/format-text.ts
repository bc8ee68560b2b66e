/**
 * --format text: `file:line:col: severity code message`, grouped by file (a blank line between
 * files), then what each file was taken as and why, then a summary line. Colour only on a TTY and
 * never when NO_COLOR is set.
 */
import type { Severity } from '../analyzer/diagnostics/finding.js';
import { countBySeverity, SEVERITY_ORDER, type CliReport } from './report.js';

export interface TextOptions {
  color: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

function paint(text: string, code: string, enabled: boolean): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function plural(count: number, word: string): string {
  if (word === 'information') return `${count} information`;
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatText(report: CliReport, options: TextOptions): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const d of report.diagnostics) {
    if (previousFile !== undefined && d.file !== previousFile) lines.push('');
    previousFile = d.file;
    const where = paint(`${d.file}:${d.line}:${d.column}:`, '1', options.color);
    lines.push(`${where} ${paint(d.severity, SEVERITY_COLOR[d.severity], options.color)} ${paint(d.code, '2', options.color)} ${d.message}`);
  }
  if (lines.length > 0) lines.push('');
  if (report.files.length > 0) {
    lines.push(paint('Files:', '1', options.color));
    for (const file of report.files) lines.push(`  ${file.file}: ${file.label} (${file.reason})`);
    lines.push('');
  }
  lines.push(summaryLine(report));
  if (report.whatIf) lines.push('', report.whatIf.text.trimEnd());
  return lines.join('\n') + '\n';
}

export function summaryLine(report: CliReport): string {
  const counts = countBySeverity(report);
  const severities = SEVERITY_ORDER.map((severity) => plural(counts[severity], severity)).join(', ');
  const stackNames = report.stacks.map((stack) => stack.name);
  const stacks = `${plural(report.stacks.length, 'stack')} found${stackNames.length > 0 ? ` (${stackNames.join(', ')})` : ''}`;
  const servers = report.servers > 0 ? `, ${plural(report.servers, 'Liberty server')}` : '';
  return `${severities}; ${stacks}${servers}`;
}
