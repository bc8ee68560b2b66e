/**
 * Coverage on hand-built stack models, so each rule is tested apart from the parser
 * (model-building tests cover the way from profile text to these facts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindabilityOn, coveringRange } from '../../../server/src/analyzer/model/coverage.js';
import type { RangeFact, StackModel } from '../../../server/src/analyzer/model/sysplex-model.js';
import { networkAddress } from '../../../server/src/analyzer/base/addresses.js';

const at = (line: number) => ({ uri: 'file:///ws/p.tcpip', range: { start: { line, character: 0 }, end: { line, character: 1 } } });

function stack(name: string, facts: Partial<StackModel> = {}): StackModel {
  return {
    name, sysplex: 'default', rootUri: `file:///ws/${name}.tcpip`, fileUris: [], homes: [], dvipas: [], ranges: [], deletes: [],
    distributes: [], portBinds: [], sysplexRouting: false, dynamicXcf: [], symbols: {}, ...facts,
  };
}

let sequence = 0;
function range(address: string, prefixLength: number, action: 'DEFINE' | 'DELETE' = 'DEFINE', saf?: string): RangeFact {
  return {
    action, network: networkAddress(address, prefixLength), prefixLength, family: address.includes(':') ? 6 : 4, zcx: false, saf,
    location: at(sequence), statementLocation: at(sequence), sequence: sequence++,
  };
}

function dvipa(address: string, statement: 'VIPADEFINE' | 'VIPABACKUP', line = 1) {
  return { address, family: 4 as const, statement, prefixLength: 32, rank: statement === 'VIPABACKUP' ? 100 : undefined, location: at(line), statementLocation: at(line), sequence: sequence++ };
}

function xcf(address: string) {
  return { address, family: 4 as const, origin: 'DYNAMICXCF' as const, staticVipa: false, location: at(9) };
}

test('home address (HOME, static VIPA, DYNAMICXCF) is bindable via home', () => {
  const s = stack('SYSA', {
    homes: [{ address: '10.1.1.1', family: 4, origin: 'HOME', staticVipa: false, linkName: 'OSA1', location: at(3) }, xcf('10.9.9.1')],
  });
  const result = bindabilityOn(s, '10.1.1.1');
  assert.equal(result.bindable, true);
  assert.equal(result.via, 'home');
  assert.deepEqual(result.location, at(3));
  assert.equal(bindabilityOn(s, '10.9.9.1').via, 'home');
});

test('VIPADEFINE and VIPABACKUP DVIPAs are bindable; VIPADELETE after them removes them', () => {
  const define = dvipa('10.2.2.2', 'VIPADEFINE', 4);
  const backup = dvipa('10.2.2.3', 'VIPABACKUP', 5);
  const s = stack('SYSA', { dvipas: [define, backup] });
  assert.equal(bindabilityOn(s, '10.2.2.2').via, 'vipadefine');
  assert.equal(bindabilityOn(s, '10.2.2.3').via, 'vipabackup');
  const deleted = stack('SYSB', { dvipas: [dvipa('10.2.2.2', 'VIPADEFINE')], deletes: [{ address: '10.2.2.2', location: at(7), sequence: sequence++ }] });
  assert.equal(bindabilityOn(deleted, '10.2.2.2').bindable, false);
  // A VIPADELETE that comes first does not remove a later VIPADEFINE.
  const redefined = stack('SYSC', { deletes: [{ address: '10.2.2.2', location: at(7), sequence: sequence++ }], dvipas: [dvipa('10.2.2.2', 'VIPADEFINE')] });
  assert.equal(bindabilityOn(redefined, '10.2.2.2').via, 'vipadefine');
});

test('an address inside a VIPARANGE is bindable via viparange, with the SAF name', () => {
  const s = stack('SYSA', { ranges: [range('10.3.0.0', 16, 'DEFINE', 'APPL1')] });
  const result = bindabilityOn(s, '10.3.200.7');
  assert.equal(result.via, 'viparange');
  assert.equal(result.saf, 'APPL1');
  assert.equal(result.range?.prefixLength, 16);
  assert.equal(bindabilityOn(s, '10.4.0.1').bindable, false);
});

test('the most specific VIPARANGE wins', () => {
  const wide = range('10.3.0.0', 16, 'DEFINE', 'WIDE');
  const narrow = range('10.3.1.0', 24, 'DEFINE', 'NARROW');
  const s = stack('SYSA', { ranges: [wide, narrow] });
  assert.equal(bindabilityOn(s, '10.3.1.9').saf, 'NARROW');
  assert.equal(bindabilityOn(s, '10.3.2.9').saf, 'WIDE');
  assert.equal(coveringRange(s, '10.3.1.9'), narrow);
});

test('VIPARANGE DELETE of the same network removes the earlier DEFINE; a less specific range then applies', () => {
  const wide = range('10.3.0.0', 16, 'DEFINE', 'WIDE');
  const narrow = range('10.3.1.0', 24, 'DEFINE', 'NARROW');
  const deleteNarrow = range('10.3.1.77', 24, 'DELETE');
  assert.equal(bindabilityOn(stack('SYSA', { ranges: [wide, narrow, deleteNarrow] }), '10.3.1.9').saf, 'WIDE');
  assert.equal(bindabilityOn(stack('SYSB', { ranges: [narrow, deleteNarrow] }), '10.3.1.9').bindable, false);
  // DELETE of another prefix length does not remove it.
  assert.equal(bindabilityOn(stack('SYSC', { ranges: [narrow, range('10.3.1.0', 25, 'DELETE')] }), '10.3.1.9').saf, 'NARROW');
  // DEFINE after DELETE is active again.
  assert.equal(bindabilityOn(stack('SYSD', { ranges: [deleteNarrow, range('10.3.1.0', 24, 'DEFINE', 'AGAIN')] }), '10.3.1.9').saf, 'AGAIN');
});

test('IPv6 ranges match IPv6 addresses only', () => {
  const s = stack('SYSA', { ranges: [range('2001:db8::', 64)] });
  assert.equal(bindabilityOn(s, '2001:db8::42').via, 'viparange');
  assert.equal(bindabilityOn(s, '2001:0db8:0:0::42').via, 'viparange');
  assert.equal(bindabilityOn(s, '2001:db9::42').bindable, false);
  assert.equal(bindabilityOn(s, '10.0.0.1').bindable, false);
});

test('a VIPADISTRIBUTE target: the stack\'s DYNAMICXCF address is in DESTIP of another stack', () => {
  const distributor = stack('SYSA', {
    dvipas: [dvipa('10.5.5.5', 'VIPADEFINE')],
    dynamicXcf: [xcf('10.9.9.1')],
    distributes: [{ action: 'DEFINE', address: '10.5.5.5', family: 4, distMethod: 'BASEWLM', ports: [{ from: 8443, to: 8443 }], destinations: ['10.9.9.1', '10.9.9.2'], allDestinations: false, location: at(12), statementLocation: at(12), sequence: sequence++ }],
  });
  const target = stack('SYSB', { dynamicXcf: [xcf('10.9.9.2')], homes: [xcf('10.9.9.2')] });
  const outsider = stack('SYSC', { dynamicXcf: [xcf('10.9.9.3')] });
  const plex = [distributor, target, outsider];
  const result = bindabilityOn(target, '10.5.5.5', plex);
  assert.equal(result.via, 'distribute-target');
  assert.deepEqual(result.location, at(12));
  assert.equal(bindabilityOn(outsider, '10.5.5.5', plex).bindable, false);
  // Without the sysplex, distribution is unknown.
  assert.equal(bindabilityOn(target, '10.5.5.5').bindable, false);
});

test('DESTIP ALL targets every other stack with DYNAMICXCF; a later VIPADISTRIBUTE DELETE cancels it', () => {
  const distributeAll = { action: 'DEFINE' as const, address: '10.6.6.6', family: 4 as const, distMethod: 'BASEWLM', ports: [], destinations: [], allDestinations: true, location: at(14), statementLocation: at(14), sequence: sequence++ };
  const distributor = stack('SYSA', { dynamicXcf: [xcf('10.9.9.1')], distributes: [distributeAll] });
  const withXcf = stack('SYSB', { dynamicXcf: [xcf('10.9.9.2')] });
  const withoutXcf = stack('SYSC');
  assert.equal(bindabilityOn(withXcf, '10.6.6.6', [distributor, withXcf, withoutXcf]).via, 'distribute-target');
  assert.equal(bindabilityOn(withoutXcf, '10.6.6.6', [distributor, withXcf, withoutXcf]).bindable, false);
  const cancelled = stack('SYSA', {
    dynamicXcf: [xcf('10.9.9.1')],
    distributes: [distributeAll, { ...distributeAll, action: 'DELETE', sequence: sequence++ }],
  });
  assert.equal(bindabilityOn(withXcf, '10.6.6.6', [cancelled, withXcf]).bindable, false);
});

test('not covered anywhere: bindable false with no via', () => {
  const s = stack('SYSA', { ranges: [range('10.3.0.0', 16)], dvipas: [dvipa('10.2.2.2', 'VIPADEFINE')] });
  const result = bindabilityOn(s, '192.168.1.1');
  assert.equal(result.bindable, false);
  assert.equal(result.via, undefined);
  assert.equal(result.stack, s);
});

test('a home address wins over a range that also covers it', () => {
  const s = stack('SYSA', { ranges: [range('10.1.0.0', 16)], homes: [{ address: '10.1.1.1', family: 4, origin: 'INTERFACE', staticVipa: true, location: at(2) }] });
  assert.equal(bindabilityOn(s, '10.1.1.1').via, 'home');
  assert.equal(bindabilityOn(s, '10.1.1.2').via, 'viparange');
});

test('many ranges: lookups stay fast (indexed by prefix length, not a scan)', () => {
  const ranges: RangeFact[] = [];
  for (let i = 0; i < 4096; i++) ranges.push(range(`10.${(i >> 8) & 255}.${i & 255}.0`, 24));
  const s = stack('SYSA', { ranges });
  const started = Date.now();
  let covered = 0;
  for (let i = 0; i < 20000; i++) if (bindabilityOn(s, `10.${(i >> 8) & 15}.${i & 255}.9`).bindable) covered++;
  assert.equal(covered, 20000);
  assert.ok(Date.now() - started < 3000, `took ${Date.now() - started}ms`);
});
