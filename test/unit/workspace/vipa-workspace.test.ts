import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Check } from '../../../server/src/analyzer/checks/check.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import { fileUri, memoryHost } from '../../helpers/memory-host.js';

const SYSA = 'TCPIP.SYSA/PROFILE.TCPIP';
const SYSB = 'TCPIP.SYSB/PROFILE.TCPIP';
const SYSC = 'other/SYSC.tcpip';
const MEMBER = 'USER.TCPPARMS/DVIPAS';

function sysplex() {
  return memoryHost({
    [SYSA]: 'HOME 10.1.1.1 OSA1\nINCLUDE USER.TCPPARMS(DVIPAS)\n',
    [SYSB]: 'HOME 10.1.1.2 OSA1\nVIPADYNAMIC\n VIPABACKUP 100 10.2.2.2\nENDVIPADYNAMIC\n',
    [SYSC]: 'HOME 10.1.1.3 OSA1\n',
    [MEMBER]: 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.2.2.2\nENDVIPADYNAMIC\n',
    'README.md': '# notes',
  });
}

/** A check that reports every VIPADEFINE DVIPA, so tests see model changes flow into findings. */
const dvipaProbe: Check = {
  codes: ['no-backup'],
  run: ({ model }) =>
    model.stacks.flatMap((stack) =>
      stack.dvipas.map((d) => ({ uri: d.location.uri, range: d.location.range, severity: 'warning' as const, code: 'no-backup' as const, message: `${stack.name} ${d.address}` })),
    ),
};

test('first analysis parses every profile; the result has stacks, findings for every known file and stats', () => {
  const host = sysplex();
  const workspace = new VipaWorkspace(host, { checks: [dvipaProbe] });
  workspace.setFiles(host.uris());
  const result = workspace.analyze();
  assert.equal(result.stats.parsedFiles, 4);
  assert.equal(result.stats.profiles, 4);
  assert.deepEqual(result.model.stacks.map((s) => s.name).sort(), ['SYSC', 'TCPIP.SYSA/PROFILE', 'TCPIP.SYSB/PROFILE']);
  assert.deepEqual([...result.findingsByUri.keys()].sort(), [fileUri(MEMBER), fileUri(SYSC), fileUri(SYSA), fileUri(SYSB)].sort());
  assert.deepEqual(result.findingsByUri.get(fileUri(MEMBER))?.map((f) => f.message), ['TCPIP.SYSA/PROFILE 10.2.2.2']);
  assert.equal(workspace.lastResult, result);
  assert.equal(workspace.getProfile(fileUri(SYSC))?.uri, fileUri(SYSC));
});

test('editing one member re-parses exactly that file and rebuilds the stack that includes it', () => {
  const host = sysplex();
  const workspace = new VipaWorkspace(host, { checks: [dvipaProbe] });
  workspace.setFiles(host.uris());
  const first = workspace.analyze();
  const untouchedStack = first.model.stacks.find((s) => s.name === 'SYSC');

  host.write(MEMBER, 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.2.2.9\nENDVIPADYNAMIC\n');
  workspace.fileChanged(fileUri(MEMBER), 2);
  const second = workspace.analyze();
  assert.equal(second.stats.parsedFiles, 1);
  assert.deepEqual(second.findingsByUri.get(fileUri(MEMBER))?.map((f) => f.message), ['TCPIP.SYSA/PROFILE 10.2.2.9']);
  assert.equal(second.model.stacks.find((s) => s.name === 'SYSC'), untouchedStack, 'unrelated stack model is reused');

  // Same version again: no re-read, no re-parse.
  workspace.fileChanged(fileUri(MEMBER), 2);
  assert.equal(workspace.analyze().stats.parsedFiles, 0);
  // No version, same text: compared, not re-parsed.
  workspace.fileChanged(fileUri(MEMBER));
  assert.equal(workspace.analyze().stats.parsedFiles, 0);
  // Nothing changed at all: nothing parsed.
  assert.equal(workspace.analyze().stats.parsedFiles, 0);
});

test('affectedBy: a member -> the including stack\'s files and every file of its sysplex; config -> everything', () => {
  const host = sysplex();
  host.write('vipa-check.json', JSON.stringify({ sysplexes: { PLEX1: ['TCPIP.SYSA/PROFILE', 'TCPIP.SYSB/PROFILE'], PLEX2: ['SYSC'] } }));
  const workspace = new VipaWorkspace(host, { checks: [] });
  workspace.setFiles(host.uris());
  workspace.analyze();
  const affected = [...workspace.affectedBy(fileUri(MEMBER))].sort();
  assert.deepEqual(affected, [fileUri(MEMBER), fileUri(SYSA), fileUri(SYSB)].sort());
  assert.deepEqual([...workspace.affectedBy(fileUri(SYSC))], [fileUri(SYSC)]);
  assert.ok(workspace.affectedBy(fileUri('vipa-check.json')).has(fileUri(SYSC)));
});

test('the workspace loads vipa-check.json among its files and reports its errors on it', () => {
  const host = sysplex();
  host.write('vipa-check.json', '{"hosts": {"web": "not-an-ip"}}');
  const workspace = new VipaWorkspace(host, { checks: [] });
  workspace.setFiles(host.uris());
  const result = workspace.analyze();
  const configFindings = result.findingsByUri.get(fileUri('vipa-check.json')) ?? [];
  assert.equal(configFindings.length, 1);
  assert.equal(configFindings[0].code, 'config-error');

  host.write('vipa-check.json', '{"stacks": {"SYSTEMC": {"profile": "other/SYSC.tcpip"}}}');
  workspace.fileChanged(fileUri('vipa-check.json'));
  const after = workspace.analyze();
  assert.deepEqual(after.findingsByUri.get(fileUri('vipa-check.json')), []);
  assert.ok(after.model.stacks.some((s) => s.name === 'SYSTEMC'));
});

test('severity overrides: config and options; options win; "off" drops the code', () => {
  const host = sysplex();
  host.write('vipa-check.json', JSON.stringify({ severity: { 'no-backup': 'error' } }));
  const workspace = new VipaWorkspace(host, { checks: [dvipaProbe] });
  workspace.setFiles(host.uris());
  assert.equal(workspace.analyze().findingsByUri.get(fileUri(MEMBER))?.[0].severity, 'error');
  workspace.setSeverityOverrides({ 'no-backup': 'hint' });
  assert.equal(workspace.analyze().findingsByUri.get(fileUri(MEMBER))?.[0].severity, 'hint');
  workspace.setSeverityOverrides({ 'no-backup': 'off' });
  assert.deepEqual(workspace.analyze().findingsByUri.get(fileUri(MEMBER)), []);
});

test('a crashing check is reported to onInternalError and the other checks still run', () => {
  const host = sysplex();
  const errors: string[] = [];
  const boom: Check = { codes: ['duplicate-vipa'], run: () => { throw new Error('boom'); } };
  const workspace = new VipaWorkspace(host, { checks: [boom, dvipaProbe], onInternalError: (error, source) => errors.push(`${source}: ${(error as Error).message}`) });
  workspace.setFiles(host.uris());
  const result = workspace.analyze();
  assert.deepEqual(errors, ['check duplicate-vipa: boom']);
  assert.equal(result.findingsByUri.get(fileUri(MEMBER))?.length, 1);
  // One visible internal-error finding for the failed check, on a stack root.
  const internal = [...result.findingsByUri.values()].flat().filter((finding) => finding.code === 'internal-error');
  assert.equal(internal.length, 1);
  assert.equal(internal[0].uri, result.model.stacks[0].rootUri);
  assert.match(internal[0].message, /check duplicate-vipa: boom/);
});

test('a check that fails on one stack loses only that stack\'s findings, reported once', () => {
  const host = sysplex();
  const errors: string[] = [];
  const flaky: Check = {
    codes: ['vipadefine-in-range'],
    checkStack: (stack) => {
      if (stack.name === 'TCPIP.SYSB/PROFILE') throw new Error('flaky');
      return [{ uri: stack.rootUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 'warning', code: 'vipadefine-in-range', message: `probe ${stack.name}` }];
    },
  };
  const workspace = new VipaWorkspace(host, { checks: [flaky], onInternalError: (error, source) => errors.push(`${source}: ${(error as Error).message}`) });
  workspace.setFiles(host.uris());
  const result = workspace.analyze();
  assert.deepEqual(errors, ['check vipadefine-in-range: flaky']);
  const all = [...result.findingsByUri.values()].flat();
  assert.deepEqual(all.filter((finding) => finding.code === 'vipadefine-in-range').map((finding) => finding.message).sort(), ['probe SYSC', 'probe TCPIP.SYSA/PROFILE']);
  assert.equal(all.filter((finding) => finding.code === 'internal-error').length, 1);
});

test('cancellation midway returns undefined and the next analysis is complete', () => {
  const host = sysplex();
  const workspace = new VipaWorkspace(host, { checks: [dvipaProbe] });
  workspace.setFiles(host.uris());
  let calls = 0;
  assert.equal(workspace.analyze(() => ++calls > 1), undefined);
  assert.equal(workspace.lastResult, undefined);
  const result = workspace.analyze(() => false);
  assert.ok(result);
  assert.equal(result.model.stacks.length, 3);
});

test('deleting a member turns its INCLUDE into include-not-found; adding a file makes it resolve again', () => {
  const host = sysplex();
  const workspace = new VipaWorkspace(host, { checks: [] });
  workspace.setFiles(host.uris());
  workspace.analyze();
  host.remove(MEMBER);
  workspace.fileDeleted(fileUri(MEMBER));
  const after = workspace.analyze();
  assert.equal(after.findingsByUri.has(fileUri(MEMBER)), false);
  assert.deepEqual(after.findingsByUri.get(fileUri(SYSA))?.map((f) => f.code), ['include-not-found']);
  host.write('elsewhere/dvipas.txt', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.2.2.2\nENDVIPADYNAMIC\n');
  workspace.fileChanged(fileUri('elsewhere/dvipas.txt'));
  const again = workspace.analyze();
  assert.deepEqual(again.findingsByUri.get(fileUri(SYSA)), []);
  assert.deepEqual(again.model.stacks.find((s) => s.rootUri === fileUri(SYSA))?.dvipas.map((d) => d.address), ['10.2.2.2']);
});

test('an INCLUDEd file is a profile whatever its name', () => {
  const host = memoryHost({ 'PROFILE.TCPIP': 'INCLUDE USER.PARMS(ODDNAME)', 'misc/oddname.dat': 'VIPADYNAMIC\n VIPARANGE 255.255.255.0 10.4.4.0\nENDVIPADYNAMIC' });
  const workspace = new VipaWorkspace(host, { checks: [] });
  workspace.setFiles(host.uris());
  const result = workspace.analyze();
  assert.equal(result.model.stacks.length, 1);
  assert.equal(result.model.stacks[0].ranges[0]?.network, '10.4.4.0');
  assert.ok(result.findingsByUri.has(fileUri('misc/oddname.dat')));
});

test('Liberty servers are read, and re-read only when one of their files changes', () => {
  const host = sysplex();
  const serverXml = 'wlp/usr/servers/web/server.xml';
  host.write(serverXml, '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.2.2.2" httpPort="9080"/>\n</server>\n');
  const workspace = new VipaWorkspace(host, { checks: [] });
  workspace.setFiles(host.uris());
  const first = workspace.analyze();
  assert.equal(first.servers.length, 1);
  assert.ok(first.findingsByUri.has(fileUri(serverXml)));
  assert.ok(first.index.serversBinding('10.2.2.2').length >= 1);

  workspace.fileChanged(fileUri(MEMBER));
  const second = workspace.analyze();
  assert.equal(second.servers[0], first.servers[0], 'server reused when only a profile changed');
  assert.ok(workspace.affectedBy(fileUri(MEMBER)).has(fileUri(serverXml)), 'profile edits affect the sysplex\'s Liberty files');

  host.write(serverXml, '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.2.2.3" httpPort="9080"/>\n</server>\n');
  workspace.fileChanged(fileUri(serverXml), 7);
  const third = workspace.analyze();
  assert.notEqual(third.servers[0], first.servers[0]);
  assert.deepEqual([...workspace.affectedBy(fileUri(serverXml))], [fileUri(serverXml)]);
});
