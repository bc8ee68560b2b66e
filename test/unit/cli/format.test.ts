import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Finding } from '../../../server/src/analyzer/diagnostics/finding.js';
import type { AnalysisResult } from '../../../server/src/analyzer/workspace/analysis.js';
import type { StackModel } from '../../../server/src/analyzer/model/sysplex-model.js';
import { buildReport } from '../../../server/src/cli/report.js';
import { formatJson } from '../../../server/src/cli/format-json.js';
import { formatText } from '../../../server/src/cli/format-text.js';

const cwd = join('/tmp', 'vipa-cli-format');
const uriOf = (relative: string) => pathToFileURL(join(cwd, relative)).href;

function finding(file: string, line: number, character: number, code: Finding['code'], severity: Finding['severity'], message: string): Finding {
  return { uri: uriOf(file), range: { start: { line, character }, end: { line, character: character + 9 } }, code, severity, message };
}

function fakeResult(findings: Finding[], stacks: { name: string; file: string }[]): AnalysisResult {
  const findingsByUri = new Map<string, Finding[]>();
  for (const f of findings) findingsByUri.set(f.uri, [...(findingsByUri.get(f.uri) ?? []), f]);
  const stackModels = stacks.map(({ name, file }) => ({ name, rootUri: uriOf(file) }) as StackModel);
  return { findingsByUri, model: { stacks: stackModels, sysplexes: new Map(), includedBy: new Map() }, servers: [], profiles: new Map() } as unknown as AnalysisResult;
}

const result = fakeResult(
  [
    finding('sysb/PROFILE.TCPIP', 9, 2, 'no-backup', 'warning', 'B second'),
    finding('sysa/PROFILE.TCPIP', 4, 13, 'no-backup', 'warning', 'A later'),
    finding('sysa/PROFILE.TCPIP', 4, 13, 'duplicate-vipa', 'error', 'A same place, code sorts first'),
    finding('sysa/PROFILE.TCPIP', 0, 0, 'rank-out-of-range', 'error', 'A first'),
  ],
  [
    { name: 'TCPIPB', file: 'sysb/PROFILE.TCPIP' },
    { name: 'TCPIPA', file: 'sysa/PROFILE.TCPIP' },
  ],
);

describe('CLI report and formatters', () => {
  it('builds relative "/" paths, 1-based positions (exclusive end column) and a stable order', () => {
    const report = buildReport(result, cwd);
    assert.deepEqual(
      report.diagnostics.map((d) => [d.file, d.line, d.column, d.endLine, d.endColumn, d.code]),
      [
        ['sysa/PROFILE.TCPIP', 1, 1, 1, 10, 'rank-out-of-range'],
        ['sysa/PROFILE.TCPIP', 5, 14, 5, 23, 'duplicate-vipa'],
        ['sysa/PROFILE.TCPIP', 5, 14, 5, 23, 'no-backup'],
        ['sysb/PROFILE.TCPIP', 10, 3, 10, 12, 'no-backup'],
      ],
    );
    assert.deepEqual(report.stacks, [
      { name: 'TCPIPA', file: 'sysa/PROFILE.TCPIP' },
      { name: 'TCPIPB', file: 'sysb/PROFILE.TCPIP' },
    ]);
  });

  it('writes exactly the JSON contract', () => {
    const json = JSON.parse(formatJson(buildReport(result, cwd)));
    assert.deepEqual(Object.keys(json), ['version', 'stacks', 'diagnostics', 'files']);
    assert.equal(json.version, 1);
    assert.deepEqual(Object.keys(json.diagnostics[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    assert.deepEqual(json.diagnostics[0], { file: 'sysa/PROFILE.TCPIP', line: 1, column: 1, endLine: 1, endColumn: 10, severity: 'error', code: 'rank-out-of-range', message: 'A first' });
    assert.deepEqual(Object.keys(json.stacks[0]), ['name', 'file']);
  });

  it('writes text lines grouped by file with a summary, without colour unless asked', () => {
    const text = formatText(buildReport(result, cwd), { color: false });
    const lines = text.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 5), [
      'sysa/PROFILE.TCPIP:1:1: error rank-out-of-range A first',
      'sysa/PROFILE.TCPIP:5:14: error duplicate-vipa A same place, code sorts first',
      'sysa/PROFILE.TCPIP:5:14: warning no-backup A later',
      '',
      'sysb/PROFILE.TCPIP:10:3: warning no-backup B second',
    ]);
    assert.equal(lines.at(-1), '2 errors, 2 warnings, 0 information, 0 hints; 2 stacks found (TCPIPA, TCPIPB)');
    assert.doesNotMatch(text, /\u001b\[/);
    assert.match(formatText(buildReport(result, cwd), { color: true }), /\u001b\[31merror\u001b\[0m/);
  });

  it('keeps non-file URIs as they are', () => {
    const report = buildReport(fakeResult([{ ...finding('x', 0, 0, 'no-backup', 'hint', 'remote'), uri: 'zowe-ds:/SYS1.TCPPARMS(PROF)' }], []), cwd);
    assert.equal(report.diagnostics[0].file, 'zowe-ds:/SYS1.TCPPARMS(PROF)');
  });
});

describe('SARIF output', () => {
  it('maps findings to SARIF 2.1.0 results with rules, levels and 1-based regions', async () => {
    const { formatSarif } = await import('../../../server/src/cli/format-sarif.js');
    const sarif = JSON.parse(formatSarif(buildReport(result, cwd)));
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'vipa-check');
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['duplicate-vipa', 'no-backup', 'rank-out-of-range']);
    assert.equal(run.results.length, 4);
    assert.deepEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'sysa/PROFILE.TCPIP', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 10 },
    });
    assert.equal(run.results[0].level, 'error');
    assert.equal(run.results[2].level, 'warning');
    assert.equal(run.results[2].ruleId, run.tool.driver.rules[run.results[2].ruleIndex].id);
  });
});
