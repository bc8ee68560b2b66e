/**
 * Runs checks over a small in-memory sysplex written with inline ⟦markers⟧. Files are given by
 * workspace-relative path; each gets its clean text, its URI and its marked ranges.
 */
import assert from 'node:assert/strict';
import type { Check } from '../../../server/src/analyzer/checks/check.js';
import type { Finding, Severity } from '../../../server/src/analyzer/diagnostics/finding.js';
import type { Range } from '../../../server/src/analyzer/base/range.js';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import type { AnalysisResult } from '../../../server/src/analyzer/workspace/analysis.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { fileUri, memoryHost } from '../../helpers/memory-host.js';

export const WORKSPACE = '/ws';

export interface MarkedFile {
  uri: string;
  text: string;
  ranges: Range[];
}

export interface CheckRun {
  result: AnalysisResult;
  files: Record<string, MarkedFile>;
  /** Findings of the checks under test (syntax findings of the parser are left out). */
  findings: Finding[];
  of(code: string): Finding[];
}

export function runChecks(sources: Record<string, string>, checks: readonly Check[], config?: WorkspaceConfig): CheckRun {
  const files: Record<string, MarkedFile> = {};
  const texts: Record<string, string> = {};
  for (const [path, source] of Object.entries(sources)) {
    const { text, ranges } = extractMarkers(source);
    const uri = fileUri(`${WORKSPACE}/${path}`);
    files[path] = { uri, text, ranges };
    texts[`${WORKSPACE}/${path}`] = text;
  }
  const configUri = fileUri(`${WORKSPACE}/vipa-check.json`);
  if (config) texts[`${WORKSPACE}/vipa-check.json`] = JSON.stringify(config);
  const host = memoryHost(texts);
  const workspace = new VipaWorkspace(host, {
    checks,
    config: config ? { config, uri: configUri, baseUri: fileUri(`${WORKSPACE}/`) } : undefined,
  });
  workspace.setFiles(Object.values(files).map((file) => file.uri));
  const result = workspace.analyze();
  const codes = new Set(checks.flatMap((check) => check.codes as readonly string[]));
  const findings = [...result.findingsByUri.values()].flat().filter((finding) => codes.has(finding.code));
  return { result, files, findings, of: (code) => findings.filter((finding) => finding.code === code) };
}

/** Asserts exactly one finding at the range (file, marker index) and returns it. */
export function expectFindingAt(run: CheckRun, code: string, severity: Severity, path: string, marker: number): Finding {
  const file = run.files[path];
  assert.ok(file, `no file ${path}`);
  const range = file.ranges[marker];
  assert.ok(range, `no marker ${marker} in ${path}`);
  const here = run.of(code).filter((finding) => finding.uri === file.uri && showRange(finding.range) === showRange(range));
  assert.equal(here.length, 1, `expected one ${code} at ${path} ${showRange(range)}; got:\n${describeFindings(run.findings)}`);
  assert.equal(here[0].severity, severity, here[0].message);
  return here[0];
}

export function expectRelatedAt(finding: Finding, run: CheckRun, path: string, marker: number): void {
  const file = run.files[path];
  const range = file.ranges[marker];
  const match = (finding.related ?? []).some((related) => related.location.uri === file.uri && showRange(related.location.range) === showRange(range));
  assert.ok(match, `expected related information at ${path} ${showRange(range)}; got ${JSON.stringify(finding.related)}`);
}

export function expectNone(run: CheckRun, code: string): void {
  assert.deepEqual(run.of(code).map((finding) => `${finding.uri} ${showRange(finding.range)} ${finding.message}`), []);
}

export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `  ${finding.severity} ${finding.code} ${finding.uri} ${showRange(finding.range)} ${finding.message}`).join('\n') || '  (none)';
}

/** A minimal stack profile: IPCONFIG with DYNAMICXCF, one OSA, then the given body. */
export function profile(xcf: string, osa: string, body: string): string {
  return `IPCONFIG DATAGRAMFWD SYSPLEXROUTING DYNAMICXCF ${xcf} 255.255.255.0 1
INTERFACE OSA1 DEFINE IPAQENET PORTNAME P1 IPADDR ${osa}/24
${body}
`;
}
