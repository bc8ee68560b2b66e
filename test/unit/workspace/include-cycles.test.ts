// Self-includes and include cycles are reported, not followed, in profiles and in Liberty files,
// and the analysis still ends with everything before the cycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyzerService } from '../../../server/src/analyzer/workspace/analyzer-service.js';
import { MemoryHost, fileUri } from '../../helpers/memory-host.js';

function analyze(files: Record<string, string>, datasets?: Record<string, string>) {
  const host = new MemoryHost(files);
  const errors: unknown[] = [];
  const service = new AnalyzerService(host, { onInternalError: (error) => errors.push(error) });
  if (datasets) service.setConfig({ config: { datasets }, baseUri: 'file:///ws/' });
  service.setFiles(host.uris());
  const result = service.analyzeNow();
  assert.deepEqual(errors, []);
  return { result, findings: (path: string) => result.findingsByUri.get(fileUri(path)) ?? [] };
}

const SELF_INCLUDE = {
  'SYSA/PROFILE.TCPIP': 'INCLUDE USER.TCPPARMS(SELF)\n',
  'SYSA/SELF': 'HOME 10.1.1.1 L1\nINCLUDE USER.TCPPARMS(SELF)\n',
};

test('a profile member mapped (datasets) to include itself: one include-cycle, its statements read once', () => {
  const { result, findings } = analyze(SELF_INCLUDE, { 'USER.TCPPARMS(SELF)': 'SYSA/SELF' });
  const cycles = findings('SYSA/SELF').filter((finding) => finding.code === 'include-cycle');
  assert.equal(cycles.length, 1);
  assert.equal(cycles[0].range.start.line, 1);
  assert.deepEqual(result.model.stacks[0].homes.map((home) => home.address), ['10.1.1.1']);
});

test('by name, a member never resolves to the file that includes it (the same name in another data set): include-not-found, not followed', () => {
  const { result, findings } = analyze(SELF_INCLUDE);
  assert.deepEqual(findings('SYSA/SELF').map((finding) => finding.code), ['include-not-found']);
  assert.deepEqual(result.model.stacks[0].homes.map((home) => home.address), ['10.1.1.1']);
});

test('a server.xml that includes itself, and two files including each other: reported, not followed', () => {
  const { findings } = analyze({
    'wlp/usr/servers/a/server.xml': '<server>\n  <include location="server.xml"/>\n  <include location="one.xml"/>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.1.1.1" httpPort="9080"/>\n</server>',
    'wlp/usr/servers/a/one.xml': '<server>\n  <include location="two.xml"/>\n</server>',
    'wlp/usr/servers/a/two.xml': '<server>\n  <include location="${server.config.dir}/one.xml"/>\n</server>',
  });
  const self = findings('wlp/usr/servers/a/server.xml').filter((finding) => /cycle/i.test(finding.message));
  assert.equal(self.length, 1);
  assert.equal(self[0].range.start.line, 1);
  assert.match(self[0].message, /server\.xml → server\.xml/);
  const loop = findings('wlp/usr/servers/a/two.xml').filter((finding) => /cycle/i.test(finding.message));
  assert.equal(loop.length, 1);
  assert.match(loop[0].message, /one\.xml → two\.xml → one\.xml/);
});
