import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { buildSysplexModel } from '../../../server/src/analyzer/model/build-stack-models.js';
import type { ProfileDocument } from '../../../server/src/analyzer/profile/ast.js';
import type { StackModel } from '../../../server/src/analyzer/model/sysplex-model.js';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { fileUri } from '../../helpers/memory-host.js';

interface Built {
  stacks: Map<string, StackModel>;
  result: ReturnType<typeof buildSysplexModel>;
  ranges: Record<string, ReturnType<typeof extractMarkers>['ranges']>;
}

function build(sources: Record<string, string>, config?: WorkspaceConfig, extraFiles: string[] = []): Built {
  const profiles = new Map<string, ProfileDocument>();
  const ranges: Built['ranges'] = {};
  for (const [path, source] of Object.entries(sources)) {
    const { text, ranges: marked } = extractMarkers(source);
    profiles.set(fileUri(path), parseProfile(fileUri(path), text));
    ranges[path] = marked;
  }
  const result = buildSysplexModel({
    profiles,
    knownUris: [...profiles.keys(), ...extraFiles.map(fileUri)],
    config: config ? { config, uri: fileUri('vipa-check.json'), baseUri: 'file:///ws' } : undefined,
  });
  return { stacks: new Map(result.model.stacks.map((s) => [s.name, s])), result, ranges };
}

test('home facts: HOME entries, static VIPAs via DEVICE/LINK VIRTUAL, INTERFACE VIRTUAL, DYNAMICXCF', () => {
  const { stacks } = build({
    'SYSA/PROFILE.TCPIP': [
      'DEVICE VDEV1 VIRTUAL 0',
      'LINK VLINK1 VIRTUAL 0 VDEV1',
      'INTERFACE VIPA2 DEFINE VIRTUAL IPADDR 10.1.9.2',
      'INTERFACE OSA1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.1/24',
      'HOME 10.1.9.1 VLINK1',
      '     10.1.1.5 OSA1',
      'IPCONFIG DYNAMICXCF 10.9.9.1 255.255.255.0 1 SYSPLEXROUTING',
    ].join('\n'),
  });
  const sysa = stacks.get('PROFILE')!;
  const byAddress = new Map(sysa.homes.map((h) => [h.address, h]));
  assert.equal(byAddress.get('10.1.9.1')?.staticVipa, true);
  assert.equal(byAddress.get('10.1.9.1')?.origin, 'HOME');
  assert.equal(byAddress.get('10.1.9.1')?.linkName, 'VLINK1');
  assert.equal(byAddress.get('10.1.9.2')?.staticVipa, true);
  assert.equal(byAddress.get('10.1.9.2')?.origin, 'INTERFACE');
  assert.equal(byAddress.get('10.1.1.1')?.staticVipa, false);
  assert.equal(byAddress.get('10.1.1.1')?.prefixLength, 24);
  assert.equal(byAddress.get('10.1.1.5')?.staticVipa, false);
  assert.equal(byAddress.get('10.9.9.1')?.origin, 'DYNAMICXCF');
  assert.equal(byAddress.get('10.9.9.1')?.prefixLength, 24);
  assert.deepEqual(sysa.dynamicXcf.map((x) => x.address), ['10.9.9.1']);
  assert.equal(sysa.sysplexRouting, true);
});

test('VIPADYNAMIC facts: DVIPAs with prefix/rank/moveable, ranges as networks, deletes, distributes, port binds', () => {
  const { stacks, ranges } = build({
    'TCPIPA.tcpip': [
      'VIPADYNAMIC',
      '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.192 ⟦10.2.2.2⟧ 10.2.2.3',
      '  VIPABACKUP 200 MOVEABLE WHENIDLE 255.255.255.255 10.2.3.1',
      '  VIPABACKUP 10.2.3.2',
      '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.3.3.77 SAF APPL1',
      '  VIPARANGE DELETE 255.255.255.0 10.3.3.0',
      '  VIPADELETE 10.2.2.3',
      '  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN 10.2.2.2 PORT 443 8000-8010 DESTIP 10.9.9.1 10.9.9.2',
      '  VIPADISTRIBUTE 10.2.2.2 PORT 80 DESTIP ALL',
      'ENDVIPADYNAMIC',
      'PORT 8443 TCP IZUSVR1 BIND 10.2.2.2',
    ].join('\n'),
  });
  const stack = stacks.get('TCPIPA')!;
  assert.deepEqual(stack.dvipas.map((d) => [d.address, d.statement, d.prefixLength, d.rank, d.moveable]), [
    ['10.2.2.2', 'VIPADEFINE', 26, undefined, 'IMMEDIATE'],
    ['10.2.2.3', 'VIPADEFINE', 26, undefined, 'IMMEDIATE'],
    ['10.2.3.1', 'VIPABACKUP', 32, 200, 'WHENIDLE'],
    ['10.2.3.2', 'VIPABACKUP', undefined, 1, undefined],
  ]);
  assert.equal(showRange(stack.dvipas[0].location.range), showRange(ranges['TCPIPA.tcpip'][0]));
  assert.deepEqual(stack.ranges.map((r) => [r.action, r.network, r.prefixLength, r.saf, r.moveable]), [
    ['DEFINE', '10.3.3.0', 24, 'APPL1', 'NONDISRUPTIVE'],
    ['DELETE', '10.3.3.0', 24, undefined, undefined],
  ]);
  assert.deepEqual(stack.deletes.map((d) => d.address), ['10.2.2.3']);
  assert.deepEqual(stack.distributes.map((d) => [d.address, d.distMethod, d.ports, d.destinations, d.allDestinations]), [
    ['10.2.2.2', 'ROUNDROBIN', [{ from: 443, to: 443 }, { from: 8000, to: 8010 }], ['10.9.9.1', '10.9.9.2'], false],
    ['10.2.2.2', 'BASEWLM', [{ from: 80, to: 80 }], [], true],
  ]);
  assert.deepEqual(stack.portBinds.map((p) => [p.port, p.protocol, p.jobName, p.bindAddress]), [[8443, 'TCP', 'IZUSVR1', '10.2.2.2']]);
  // Processing order is recorded so coverage can replay VIPADELETE.
  const deleteSeq = stack.deletes[0].sequence!;
  assert.ok(stack.dvipas.every((d) => d.sequence! < deleteSeq));
});

test('INCLUDE members are walked in order at the point of the INCLUDE; a member is not a stack', () => {
  const { stacks, result } = build({
    'SYSA/PROFILE.TCPIP': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\nENDVIPADYNAMIC\nINCLUDE USER.TCPPARMS(VIPAS)\nVIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.3\nENDVIPADYNAMIC',
    'USER.TCPPARMS/VIPAS': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.2\nENDVIPADYNAMIC',
  });
  assert.deepEqual([...stacks.keys()], ['PROFILE']);
  const stack = stacks.get('PROFILE')!;
  assert.deepEqual(stack.dvipas.map((d) => d.address), ['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  assert.deepEqual(stack.fileUris, [fileUri('SYSA/PROFILE.TCPIP'), fileUri('USER.TCPPARMS/VIPAS')]);
  assert.equal(stack.dvipas[1].location.uri, fileUri('USER.TCPPARMS/VIPAS'));
  assert.deepEqual(result.model.includedBy.get(fileUri('USER.TCPPARMS/VIPAS')), ['PROFILE']);
});

test('a shared member is included by two stacks; stacks with the same file name get their folder as prefix', () => {
  const { stacks, result } = build({
    'SYSA/PROFILE.TCPIP': 'INCLUDE USER.TCPPARMS(RANGES)\nHOME 10.1.1.1 L1',
    'SYSB/PROFILE.TCPIP': 'INCLUDE USER.TCPPARMS(RANGES)\nHOME 10.1.1.2 L1',
    'common/RANGES': 'VIPADYNAMIC\n VIPARANGE 255.255.0.0 10.20.0.0\nENDVIPADYNAMIC',
  });
  assert.deepEqual([...stacks.keys()].sort(), ['SYSA/PROFILE', 'SYSB/PROFILE']);
  for (const stack of stacks.values()) assert.equal(stack.ranges[0]?.network, '10.20.0.0');
  assert.deepEqual(result.model.includedBy.get(fileUri('common/RANGES'))?.sort(), ['SYSA/PROFILE', 'SYSB/PROFILE']);
  assert.deepEqual([...result.model.sysplexes.keys()], ['default']);
});

test('an unresolved INCLUDE is information on the INCLUDE operand; a cycle is an error on the INCLUDE that closes it', () => {
  const { result, ranges } = build({
    'SYSA/PROFILE.TCPIP': 'INCLUDE ⟦USER.TCPPARMS(MISSING)⟧\nINCLUDE USER.TCPPARMS(LOOPA)',
    'SYSA/LOOPA': 'INCLUDE USER.TCPPARMS(LOOPB)',
    'SYSA/LOOPB': 'HOME 10.1.1.1 L1\nINCLUDE ⟦USER.TCPPARMS(LOOPA)⟧',
  });
  const missing = result.findings.filter((f) => f.code === 'include-not-found');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].severity, 'information');
  assert.match(missing[0].message, /USER\.TCPPARMS\(MISSING\).*may live only on the host/);
  assert.equal(showRange(missing[0].range), showRange(ranges['SYSA/PROFILE.TCPIP'][0]));
  const cycles = result.findings.filter((f) => f.code === 'include-cycle');
  assert.equal(cycles.length, 1);
  assert.equal(cycles[0].severity, 'error');
  assert.equal(cycles[0].uri, fileUri('SYSA/LOOPB'));
  assert.equal(showRange(cycles[0].range), showRange(ranges['SYSA/LOOPB'][0]));
  assert.match(cycles[0].message, /LOOPA -> LOOPB -> LOOPA/);
  // The facts before the cycle are still there, once.
  assert.deepEqual(result.model.stacks[0].homes.map((h) => h.address), ['10.1.1.1']);
});

test('members that only include each other still become a stack (so their problems are reported)', () => {
  const { result } = build({ 'A/X': 'INCLUDE U.T(Y)', 'A/Y': 'INCLUDE U.T(X)' });
  assert.equal(result.model.stacks.length, 1);
  assert.equal(result.findings.filter((f) => f.code === 'include-cycle').length, 1);
});

test('system symbols: stack symbols over global ones; an unresolved symbol is information once per use and skipped', () => {
  const sources = {
    'SYSA.tcpip': 'INCLUDE USER.TCPPARMS(DVIPAS)',
    'SYSB.tcpip': 'INCLUDE USER.TCPPARMS(DVIPAS)',
    'SYSC.tcpip': 'INCLUDE USER.TCPPARMS(DVIPAS)',
    'USER.TCPPARMS/DVIPAS': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 &NET..1 ⟦&HOST.⟧\n VIPARANGE DEFINE &MASK. &NET..0\nENDVIPADYNAMIC',
  };
  const { stacks, result, ranges } = build(sources, {
    stacks: {
      SYSA: { profile: 'SYSA.tcpip', symbols: { HOST: '10.7.7.7', NET: '10.8.8' } },
      SYSB: { profile: 'SYSB.tcpip', symbols: { HOST: '10.7.7.8' } },
      SYSC: { profile: 'SYSC.tcpip', symbols: { NET: '10.6.6' } },
    },
    symbols: { NET: '10.5.5', MASK: '255.255.255.0' },
  });
  assert.deepEqual(stacks.get('SYSA')!.dvipas.map((d) => d.address), ['10.8.8.1', '10.7.7.7']);
  assert.deepEqual(stacks.get('SYSB')!.dvipas.map((d) => d.address), ['10.5.5.1', '10.7.7.8']);
  assert.deepEqual(stacks.get('SYSB')!.ranges.map((r) => `${r.network}/${r.prefixLength}`), ['10.5.5.0/24']);
  assert.deepEqual(stacks.get('SYSC')!.dvipas.map((d) => d.address), ['10.6.6.1']);
  const unresolved = result.findings.filter((f) => f.code === 'unresolved-symbol');
  assert.equal(unresolved.length, 1);
  assert.equal(unresolved[0].severity, 'information');
  assert.match(unresolved[0].message, /&HOST\./);
  assert.equal(showRange(unresolved[0].range), showRange(ranges['USER.TCPPARMS/DVIPAS'][0]));
});

test('config names stacks and sysplexes; unknown stack names in sysplexes are config errors', () => {
  const { stacks, result } = build(
    { 'a/PROFA.tcpip': 'HOME 10.1.1.1 L1', 'b/PROFB.tcpip': 'HOME 10.1.1.2 L1', 'c/PROFC.tcpip': 'HOME 10.1.1.3 L1' },
    {
      stacks: { TCPIPA: { profile: 'a/PROFA.tcpip', system: 'SYSA', sysplex: 'PLEX1' }, TCPIPB: { profile: 'b/PROFB.tcpip', system: 'SYSB' }, GONE: { profile: 'x/none.tcpip' } },
      sysplexes: { PLEX1: ['TCPIPB'], PLEX2: ['PROFC', 'NOSUCH'] },
    },
  );
  assert.deepEqual([...stacks.keys()].sort(), ['PROFC', 'TCPIPA', 'TCPIPB']);
  assert.equal(stacks.get('TCPIPA')!.system, 'SYSA');
  assert.equal(stacks.get('TCPIPA')!.symbols.SYSNAME, 'SYSA');
  assert.deepEqual(result.model.sysplexes.get('PLEX1')!.map((s) => s.name).sort(), ['TCPIPA', 'TCPIPB']);
  assert.deepEqual(result.model.sysplexes.get('PLEX2')!.map((s) => s.name), ['PROFC']);
  const configErrors = result.findings.filter((f) => f.code === 'config-error').map((f) => f.message);
  assert.equal(configErrors.length, 2, configErrors.join('\n'));
  assert.ok(configErrors.some((m) => /GONE.*x\/none\.tcpip/.test(m)));
  assert.ok(configErrors.some((m) => /NOSUCH/.test(m)));
});

test('statements the stack ignores after a VIPADYNAMIC syntax error contribute no facts', () => {
  const { stacks, result } = build({
    'P.tcpip': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\n VIPARANGE DEFINE BADMASK 10.0.0.0\n VIPADEFINE 255.255.255.255 10.0.0.2\nENDVIPADYNAMIC',
  });
  assert.equal(result.model.stacks.length, 1);
  const addresses = stacks.get('P')!.dvipas.map((d) => d.address);
  assert.ok(addresses.includes('10.0.0.1'));
  assert.ok(!addresses.includes('10.0.0.2'), `ignored statement contributed: ${addresses.join(', ')}`);
});
