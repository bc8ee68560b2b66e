import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConfigUri, isDataSetReference, loadConfig, parseConfigText } from '../../../server/src/analyzer/config/config-loader.js';
import { parseJsonTree } from '../../../server/src/analyzer/config/json-tree.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { fileUri, memoryHost } from '../../helpers/memory-host.js';

const URI = fileUri('vipa-check.json');

function load(source: string) {
  const { text, ranges } = extractMarkers(source);
  return { ...parseConfigText(URI, text), ranges };
}

test('a valid config loads every section, with the base folder of the file', () => {
  const { loaded, findings } = load(JSON.stringify({
    $schema: './schemas/vipa-check.schema.json',
    stacks: { SYSA: { profile: 'SYSA/PROFILE.TCPIP', system: 'SYSA', tcpName: 'TCPIP', symbols: { SYSCLONE: 'A1' } } },
    sysplexes: { PLEX1: ['SYSA', 'SYSB'] },
    datasets: { 'USER.TCPPARMS(VIPAS)': 'members/VIPAS', 'SYS1.TCPPARMS': 'sys1' },
    hosts: { 'zosmf.example.com': '10.1.1.10', v6: '2001:DB8:0:0::1' },
    symbols: { '&HOMEIP.': '10.1.1.1' },
    servers: { zosmf: { stacks: ['SYSA'], jobName: 'IZUSVR1' } },
    severity: { 'no-backup': 'off', 'bind-loopback': 'hint' },
  }, null, 2));
  assert.deepEqual(findings, []);
  assert.equal(loaded.baseUri, 'file:///ws');
  assert.equal(loaded.config.stacks?.SYSA.profile, 'SYSA/PROFILE.TCPIP');
  assert.deepEqual(loaded.config.sysplexes, { PLEX1: ['SYSA', 'SYSB'] });
  assert.equal(loaded.config.hosts?.v6, '2001:db8::1', 'host addresses are canonical');
  assert.equal(loaded.config.severity?.['no-backup'], 'off');
  assert.deepEqual(loaded.config.servers?.zosmf, { stacks: ['SYSA'], jobName: 'IZUSVR1' });
  assert.ok(loaded.pointers?.['/stacks/SYSA/profile']);
});

test('a JSON syntax error is one config-error at its line and column; nothing throws', () => {
  const { loaded, findings, ranges } = load('{\n  "hosts": {\n    "a": "10.1.1.1"\n    ⟦"⟧b": "10.1.1.2"\n  }\n}');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].code, 'config-error');
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /not valid JSON/);
  assert.equal(findings[0].range.start.line, ranges[0].start.line);
  assert.equal(findings[0].range.start.character, ranges[0].start.character);
  assert.deepEqual(loaded.config, {});
});

test('truncated JSON and a trailing comma are reported, not thrown', () => {
  assert.match(load('{"stacks": {').findings[0].message, /end of file/);
  const trailing = load('{"hosts": {"a": "10.1.1.1",⟦}⟧}');
  assert.match(trailing.findings[0].message, /Trailing comma/);
  assert.equal(showRange(trailing.findings[0].range), showRange(trailing.ranges[0]));
});

test('a bad host address is reported on the value; the other hosts still load', () => {
  const { loaded, findings, ranges } = load('{"hosts": {"good": "10.1.1.1", "bad": ⟦"10.1.1.300"⟧}}');
  assert.equal(findings.length, 1);
  assert.equal(showRange(findings[0].range), showRange(ranges[0]));
  assert.match(findings[0].message, /hosts\["bad"\].*not an IPv4 or IPv6 address/);
  assert.deepEqual(loaded.config.hosts, { good: '10.1.1.1' });
});

test('wrong types, unknown properties and a missing profile are reported where they are', () => {
  const { findings, ranges, loaded } = load(
    '{"stacks": {⟦"SYSA"⟧: {"system": "SYSA"}, "SYSB": {"profile": ⟦42⟧}}, ⟦"stackz"⟧: {}, "sysplexes": {"P": ⟦"SYSA"⟧}}',
  );
  const at = (i: number) => findings.find((f) => showRange(f.range) === showRange(ranges[i]));
  assert.match(at(0)?.message ?? '', /needs a "profile"/);
  assert.match(at(1)?.message ?? '', /stacks\.SYSB\.profile must be a string, not a number/);
  assert.equal(at(2)?.severity, 'warning');
  assert.match(at(2)?.message ?? '', /Unknown property "stackz"/);
  assert.match(at(3)?.message ?? '', /array of strings/);
  assert.equal(findings.length, 4);
  assert.deepEqual(loaded.config.stacks, {});
});

test('a stack in two sysplexes, or contradicting its own sysplex, is an error', () => {
  const { findings, ranges } = load('{"stacks": {"SYSA": {"profile": "a", "sysplex": "P1"}}, "sysplexes": {"P1": ["SYSA", "SYSB"], "P2": [⟦"sysb"⟧], "P3": [⟦"SYSA"⟧]}}');
  assert.equal(findings.length, 2);
  assert.match(findings.find((f) => showRange(f.range) === showRange(ranges[0]))?.message ?? '', /listed in sysplexes "P1" and "P2"/);
  assert.match(findings.find((f) => showRange(f.range) === showRange(ranges[1]))?.message ?? '', /listed in sysplexes "P1" and "P3"/);
});

test('severity: unknown codes warn, bad values are errors', () => {
  const { findings, loaded } = load('{"severity": {"no-such-code": "off", "no-backup": "fatal", "bind-loopback": "hint"}}');
  assert.deepEqual(findings.map((f) => f.severity).sort(), ['error', 'warning']);
  assert.deepEqual(loaded.config.severity, { 'bind-loopback': 'hint' });
});

test('data set keys are validated', () => {
  assert.ok(isDataSetReference('ADCD.Z25B.TCPPARMS(ZCXDVIPA)'));
  assert.ok(isDataSetReference('sys1.tcpparms'));
  assert.ok(isDataSetReference('&SYSNAME..TCPPARMS(PROF)'));
  assert.ok(!isDataSetReference('TOOLONGQUALIFIER.X'));
  assert.ok(!isDataSetReference('A..B'));
  assert.ok(!isDataSetReference('A.B(C'));
  const { findings } = load('{"datasets": {"not a dsn": "x"}}');
  assert.equal(findings.length, 1);
});

test('loadConfig reads through the host; a missing file is a config-error, not an exception', () => {
  const host = memoryHost({ 'cfg/vipa-check.json': '{"symbols": {"SYSNAME": "SYSA"}}' });
  const ok = loadConfig(host, fileUri('cfg/vipa-check.json'));
  assert.deepEqual(ok.loaded.config.symbols, { SYSNAME: 'SYSA' });
  assert.equal(ok.loaded.baseUri, 'file:///ws/cfg');
  const missing = loadConfig(host, fileUri('nope/vipa-check.json'));
  assert.equal(missing.findings[0].code, 'config-error');
});

test('findConfigUri picks the config nearest the root', () => {
  assert.equal(findConfigUri([fileUri('a/b/vipa-check.json'), fileUri('vipa-check.json'), fileUri('x.json')]), fileUri('vipa-check.json'));
  assert.equal(findConfigUri([fileUri('x.json')]), undefined);
});

test('the JSON reader survives hostile nesting and odd input', () => {
  assert.ok(parseJsonTree('['.repeat(100000)).error);
  assert.ok(parseJsonTree('').error);
  assert.ok(parseJsonTree('"\\x"').error);
  assert.equal(parseJsonTree('\uFEFF{"a":[1,-2.5e3,true,null,"\\u00e9"]}').error, undefined);
});

test('the JSON schema documents every property the loader accepts, each with a description', async () => {
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(new URL('../../../schemas/vipa-check.schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$comment', '$schema', 'datasets', 'files', 'hosts', 'servers', 'severity', 'stacks', 'symbols', 'sysplexes']);
  for (const [name, property] of Object.entries<Record<string, unknown>>(schema.properties)) assert.ok(property.description, name);
  const stack = schema.properties.stacks.additionalProperties.properties;
  assert.deepEqual(Object.keys(stack).sort(), ['$comment', 'cpc', 'obey', 'profile', 'symbols', 'sysplex', 'system', 'tcpName']);
  for (const [name, property] of Object.entries<Record<string, unknown>>(stack)) assert.ok(property.description, `stacks.*.${name}`);
  const server = schema.properties.servers.additionalProperties.properties;
  assert.deepEqual(Object.keys(server).sort(), ['$comment', 'jobName', 'stacks', 'sysplex']);
  // A config valid for the schema loads clean.
  const example = { stacks: { A: { profile: 'a.tcpip', sysplex: 'P' } }, hosts: { h: '10.0.0.1' }, severity: { 'no-backup': 'off' } };
  assert.deepEqual(parseConfigText(URI, JSON.stringify(example)).findings, []);
});

test('stacks.<name>.cpc is read (for CPCSCOPE) and must be a string', async () => {
  const { memoryHost, fileUri } = await import('../../helpers/memory-host.js');
  const { loadConfig } = await import('../../../server/src/analyzer/config/config-loader.js');
  const good = loadConfig(memoryHost({ '/w/vipa-check.json': '{"stacks":{"SYSA":{"profile":"a.tcpip","cpc":"CPC1"}}}' }), fileUri('/w/vipa-check.json'));
  assert.equal(good.loaded.config.stacks?.SYSA.cpc, 'CPC1');
  assert.deepEqual(good.findings, []);
  const bad = loadConfig(memoryHost({ '/w/vipa-check.json': '{"stacks":{"SYSA":{"profile":"a.tcpip","cpc":7}}}' }), fileUri('/w/vipa-check.json'));
  assert.equal(bad.findings.length, 1);
});
