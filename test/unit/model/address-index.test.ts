import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { buildSysplexModel } from '../../../server/src/analyzer/model/build-stack-models.js';
import { buildAddressIndex } from '../../../server/src/analyzer/model/address-index.js';
import type { ProfileDocument } from '../../../server/src/analyzer/profile/ast.js';
import type { LibertyServer } from '../../../server/src/analyzer/liberty/liberty-model.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { fileUri } from '../../helpers/memory-host.js';

const SOURCES: Record<string, string> = {
  'SYSA.tcpip': [
    'HOME ⟦10.1.1.1⟧ OSA1',
    'IPCONFIG DYNAMICXCF 10.9.9.1 255.255.255.0 1 SYSPLEXROUTING',
    'VIPADYNAMIC',
    '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 ⟦10.2.2.2⟧',
    '  VIPARANGE DEFINE 255.255.0.0 10.30.0.0',
    '  VIPADISTRIBUTE DEFINE ⟦10.2.2.2⟧ PORT 443 DESTIP ⟦10.9.9.2⟧',
    'ENDVIPADYNAMIC',
    'PORT 443 TCP WEB1 BIND ⟦10.2.2.2⟧',
  ].join('\n'),
  'SYSB.tcpip': [
    'IPCONFIG DYNAMICXCF 10.9.9.2 255.255.255.0 1',
    'VIPADYNAMIC',
    '  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.255 ⟦10.2.2.2⟧',
    'ENDVIPADYNAMIC',
  ].join('\n'),
};

function setup() {
  const profiles = new Map<string, ProfileDocument>();
  const marks: Record<string, ReturnType<typeof extractMarkers>> = {};
  for (const [path, source] of Object.entries(SOURCES)) {
    marks[path] = extractMarkers(source);
    profiles.set(fileUri(path), parseProfile(fileUri(path), marks[path].text));
  }
  const { model } = buildSysplexModel({ profiles });
  const serverXml = fileUri('servers/web/server.xml');
  const hostLocation = { uri: serverXml, range: { start: { line: 3, character: 24 }, end: { line: 3, character: 32 } } };
  const server: LibertyServer = {
    name: 'web', serverXmlUri: serverXml, configDirUri: fileUri('servers/web'), fileUris: [serverXml], variables: new Map(), findings: [], sysplex: 'default',
    endpoints: [{
      kind: 'httpEndpoint', id: 'defaultHttpEndpoint', enabled: true, address: '10.2.2.2', ports: [], location: hostLocation,
      host: { raw: '10.2.2.2', value: '10.2.2.2', location: hostLocation, chain: [], unresolved: [], defaulted: false },
    }],
  };
  return { index: buildAddressIndex(model, profiles, [server]), marks, hostLocation, server };
}

test('rolesOf lists every role of an address on every stack, including covering ranges', () => {
  const { index } = setup();
  const roles = index.rolesOf('10.2.2.2').map((r) => `${r.stack}:${r.role}${r.rank ? `:${r.rank}` : ''}`).sort();
  assert.deepEqual(roles, ['SYSA:distribute', 'SYSA:port-bind', 'SYSA:vipadefine', 'SYSB:distribute-target', 'SYSB:vipabackup:100']);
  assert.deepEqual(index.rolesOf('10.9.9.1').map((r) => r.role), ['dynamic-xcf']);
  assert.deepEqual(index.rolesOf('10.30.4.5').map((r) => `${r.stack}:${r.role}`), ['SYSA:viparange']);
  assert.deepEqual(index.rolesOf('192.0.2.1'), []);
});

test('referencesOf finds the address in every profile and in Liberty host values', () => {
  const { index, marks, hostLocation } = setup();
  const refs = index.referencesOf('10.2.2.2').map((l) => `${l.uri}@${showRange(l.range)}`).sort();
  const expected = [
    `${fileUri('SYSA.tcpip')}@${showRange(marks['SYSA.tcpip'].ranges[1])}`,
    `${fileUri('SYSA.tcpip')}@${showRange(marks['SYSA.tcpip'].ranges[2])}`,
    `${fileUri('SYSA.tcpip')}@${showRange(marks['SYSA.tcpip'].ranges[4])}`,
    `${fileUri('SYSB.tcpip')}@${showRange(marks['SYSB.tcpip'].ranges[0])}`,
    `${hostLocation.uri}@${showRange(hostLocation.range)}`,
  ].sort();
  assert.deepEqual(refs, expected);
});

test('addressAt returns the address under the cursor in profiles and Liberty files, and nothing on a mask', () => {
  const { index, marks, hostLocation } = setup();
  const dvipa = marks['SYSA.tcpip'].ranges[1];
  assert.equal(index.addressAt(fileUri('SYSA.tcpip'), { line: dvipa.start.line, character: dvipa.start.character + 3 }), '10.2.2.2');
  const destip = marks['SYSA.tcpip'].ranges[3];
  assert.equal(index.addressAt(fileUri('SYSA.tcpip'), destip.start), '10.9.9.2');
  assert.equal(index.addressAt(fileUri('SYSA.tcpip'), { line: 3, character: 36 }), undefined, 'mask');
  assert.equal(index.addressAt(hostLocation.uri, { line: 3, character: 26 }), '10.2.2.2');
  assert.equal(index.addressAt(fileUri('nope'), { line: 0, character: 0 }), undefined);
});

test('coverage answers for every stack of the sysplex; serversBinding finds the endpoint', () => {
  const { index, server } = setup();
  const coverage = index.coverage('10.2.2.2').map((b) => `${b.stack.name}:${b.via}`);
  assert.deepEqual(coverage.sort(), ['SYSA:vipadefine', 'SYSB:vipabackup']);
  assert.deepEqual(index.coverage('10.30.0.9', 'default').map((b) => `${b.stack.name}:${b.bindable}`).sort(), ['SYSA:true', 'SYSB:false']);
  assert.deepEqual(index.coverage('10.2.2.2', 'nosuchplex'), []);
  const bindings = index.serversBinding('10.2.2.2');
  assert.equal(bindings.length, 1);
  assert.equal(bindings[0].server, server);
  assert.equal(bindings[0].endpointId, 'defaultHttpEndpoint');
});
