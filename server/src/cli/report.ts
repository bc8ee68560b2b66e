/**
 * The CLI's view of an analysis: findings with file paths relative to the working directory
 * ('/'-separated) and 1-based positions, in a stable order. Every formatter reads only this.
 *
 * Positions: line and column are 1-based; endLine/endColumn are 1-based too and endColumn is
 * exclusive (the column just after the last character), like SARIF's endColumn.
 */
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { Finding, Severity } from '../analyzer/diagnostics/finding.js';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { SysplexMap } from '../analyzer/map/map-types.js';

export interface ReportRelated {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ReportDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** Not part of the JSON contract; text and future SARIF output may use it. */
  related: ReportRelated[];
  uri: string;
}

export interface ReportStack {
  name: string;
  file: string;
}

/** What a file was taken as, and why (analysis.ts FileClassification, with a display path). */
export interface ReportFile {
  file: string;
  role: string;
  label: string;
  reason: string;
}

/** A fact the OBEYFILE member adds or removes: "VIPADEFINE 10.1.9.21" at "path:line". */
export interface ObeyFact {
  what: string;
  where: string;
}

/** vipa-check --obey: what the member changes on its stack (obey.ts), for the HTML report. */
export interface ObeyChange {
  member: string;
  stack: string;
  profile: string;
  adds: ObeyFact[];
  removes: ObeyFact[];
  /** Findings the change adds. */
  breaks: ReportDiagnostic[];
  /** Findings the change removes. */
  fixes: ReportDiagnostic[];
}

export interface CliReport {
  stacks: ReportStack[];
  /** Every analysed or recognised file (INCLUDE candidates nobody reads are left out). */
  files: ReportFile[];
  diagnostics: ReportDiagnostic[];
  servers: number;
  /** How many files the analysis knew. */
  fileCount: number;
  /** --what-if-down: the simulation, as JSON and as the text report. */
  whatIf?: { json: unknown; text: string };
  /** --format html: the sysplex map (with --what-if-down, the simulation on it) and the page's header facts. */
  html?: { map: SysplexMap; version: string; generatedAt: string };
  /** --obey with --format html: the change; the rest of the report is the sysplex after it. */
  obey?: ObeyChange;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A path relative to cwd with '/' separators; non-file URIs (zowe-ds:, ...) stay as they are. */
export function displayPath(uri: string, cwd: string): string {
  if (!uri.startsWith('file:')) return uri;
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return uri;
  }
  const rel = relative(cwd, path) || '.';
  return rel.split(sep).join('/');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareDiagnostics(a: ReportDiagnostic, b: ReportDiagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code) || compareText(a.message, b.message);
}

export function toReportDiagnostic(finding: Finding, cwd: string): ReportDiagnostic {
  const { start, end } = finding.range;
  return {
    file: displayPath(finding.uri, cwd),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    related: (finding.related ?? []).map((related) => ({
      file: displayPath(related.location.uri, cwd),
      line: related.location.range.start.line + 1,
      column: related.location.range.start.character + 1,
      message: related.message,
    })),
    uri: finding.uri,
  };
}

export function buildReport(result: AnalysisResult, cwd: string, extraFindings: readonly Finding[] = []): CliReport {
  const diagnostics: ReportDiagnostic[] = [];
  // Config findings may come both from loadConfig and from the workspace: keep each once.
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const d = toReportDiagnostic(finding, cwd);
    const key = `${d.uri}|${d.line}:${d.column}-${d.endLine}:${d.endColumn}|${d.code}|${d.severity}|${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };
  for (const findings of result.findingsByUri.values()) findings.forEach(add);
  extraFindings.forEach(add);
  diagnostics.sort(compareDiagnostics);
  const stacks = result.model.stacks
    .map((stack) => ({ name: stack.name, file: displayPath(stack.rootUri, cwd) }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.file, b.file));
  const files = (result.files?.list() ?? []).map(({ uri, role, label, reason }) => ({ file: displayPath(uri, cwd), role, label, reason }));
  return { stacks, files, diagnostics, servers: result.servers.length, fileCount: result.findingsByUri.size };
}

export function countBySeverity(report: CliReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
  return counts;
}
