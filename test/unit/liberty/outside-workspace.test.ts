// Nothing outside the workspace folders is read unless the user allows it: Liberty <include>
// locations (editor: WorkspaceTrust.gate, CLI: PathsFileHost) and profile INCLUDE mapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { WorkspaceTrust } from '../../../server/src/lsp/trust.js';
import { AnalyzerService } from '../../../server/src/analyzer/workspace/analyzer-service.js';
import { MemoryHost } from '../../helpers/memory-host.js';
import { libertyHost } from './liberty-host.js';
import { capture } from '../cli/cli-io.js';
import type { JsonReport } from '../../helpers/cli-json.js';
import type { FileHost } from '../../../server/src/analyzer/base/file-host.js';

const SERVER = `<server>
  <include location="../../../../outside/endpoint.xml"/>
  <include location="/etc/passwd"/>
  <include location="inside.xml"/>
</server>`;
const ENDPOINT = '<server><httpEndpoint id="defaultHttpEndpoint" host="10.9.9.9" httpPort="9080"/></server>';

function spied(host: FileHost): { host: FileHost; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    host: {
      readText: (uri) => (reads.push(uri), host.readText(uri)),
      readBytes: (uri) => (reads.push(uri), host.readBytes(uri)),
      listDirectory: (uri) => (reads.push(uri), host.listDirectory(uri)),
      isOutsideWorkspace: host.isOutsideWorkspace ? (uri) => host.isOutsideWorkspace!(uri) : undefined,
    },
  };
}

function workspace(trusted: boolean, allowOutside: boolean) {
  // file:///ws/... is the disk; the workspace folder is file:///ws/wlp, "outside" is a sibling.
  const disk = libertyHost({ 'wlp/usr/servers/a/server.xml': SERVER, 'wlp/usr/servers/a/inside.xml': '<server/>', 'outside/endpoint.xml': ENDPOINT });
  const trust = new WorkspaceTrust();
  trust.trusted = trusted;
  trust.allowOutside = allowOutside;
  trust.folders = () => ['file:///ws/wlp'];
  return spied(trust.gate(disk));
}

test('a Liberty include outside the workspace folders is not read, and says so', () => {
  const { host, reads } = workspace(true, false);
  const server = readLibertyServer(host, 'file:///ws/wlp/usr/servers/a/server.xml', { config: {} });
  const outside = server.findings.filter((finding) => finding.code === 'outside-workspace');
  assert.equal(outside.length, 2, server.findings.map((f) => f.code).join());
  assert.equal(outside[0].severity, 'information');
  assert.equal(outside[0].range.start.line, 1);
  assert.ok(!server.findings.some((finding) => finding.code === 'liberty-include-not-found'));
  assert.ok(!server.endpoints.some((endpoint) => endpoint.address === '10.9.9.9'), 'the outside endpoint is not known');
  // The gate answers before the disk: the disk host never saw the outside files.
  assert.ok(server.fileUris.includes('file:///ws/wlp/usr/servers/a/inside.xml'));
  assert.ok(reads.some((uri) => uri.endsWith('/outside/endpoint.xml')), 'asked for');
  assert.ok(!server.fileUris.some((uri) => uri.includes('/outside/') || uri.includes('passwd')));
});

test('vipaCheck.allowReadsOutsideWorkspace follows it, but only in a trusted workspace', () => {
  const allowed = readLibertyServer(workspace(true, true).host, 'file:///ws/wlp/usr/servers/a/server.xml', { config: {} });
  assert.ok(allowed.endpoints.some((endpoint) => endpoint.address === '10.9.9.9'));
  assert.ok(!allowed.findings.some((finding) => finding.code === 'outside-workspace'));
  const untrusted = readLibertyServer(workspace(false, true).host, 'file:///ws/wlp/usr/servers/a/server.xml', { config: {} });
  assert.ok(!untrusted.endpoints.some((endpoint) => endpoint.address === '10.9.9.9'));
  assert.ok(untrusted.findings.some((finding) => finding.code === 'outside-workspace'));
});

test('a profile INCLUDE mapped by datasets to a file outside the workspace is not read', () => {
  const host = new MemoryHost({ 'SYSA/PROFILE.TCPIP': 'INCLUDE USER.TCPPARMS(VIPAS)\n', '/elsewhere/VIPAS': 'VIPADYNAMIC\nVIPADEFINE 255.255.255.0 10.1.1.1\nENDVIPADYNAMIC\n' });
  const service = new AnalyzerService(host);
  service.setConfig({ config: { datasets: { 'USER.TCPPARMS(VIPAS)': '../elsewhere/VIPAS' } }, baseUri: 'file:///ws/' });
  service.setFiles(['file:///ws/SYSA/PROFILE.TCPIP']);
  const result = service.analyzeNow();
  const findings = result.findingsByUri.get('file:///ws/SYSA/PROFILE.TCPIP') ?? [];
  assert.ok(findings.some((finding) => finding.code === 'include-not-found'), findings.map((f) => f.code).join());
  assert.ok(!host.reads.includes('file:///elsewhere/VIPAS'));
});

test('vipa-check: an include outside the PATH folders is reported, and read with --allow-outside', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-outside-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'ws', 'servers', 'a'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'ws', 'servers', 'a', 'server.xml'), '<server>\n  <include location="../../../outside/endpoint.xml"/>\n</server>\n');
  writeFileSync(join(root, 'outside', 'endpoint.xml'), ENDPOINT);
  const confined = await capture(['--format', 'json', 'ws'], root);
  const report = JSON.parse(confined.stdout) as JsonReport;
  assert.deepEqual(report.diagnostics.filter((d) => d.code === 'outside-workspace').map((d) => [d.file, d.line]), [['ws/servers/a/server.xml', 2]]);
  const allowed = await capture(['--format', 'json', '--allow-outside', 'ws'], root);
  const allowedReport = JSON.parse(allowed.stdout) as JsonReport;
  assert.ok(!allowedReport.diagnostics.some((d) => d.code === 'outside-workspace' || d.code === 'liberty-include-not-found'), allowed.stdout);
});
