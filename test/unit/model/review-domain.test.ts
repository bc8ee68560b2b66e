/**
 * Domain rules of the model that a reviewer found missing: what the stack itself ignores inside a
 * VIPADYNAMIC block must not become a fact (profile-syntax.md §2, §2.5).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { buildSysplexModel } from '../../../server/src/analyzer/model/build-stack-models.js';
import { bindabilityOn } from '../../../server/src/analyzer/model/coverage.js';
import type { ProfileDocument } from '../../../server/src/analyzer/profile/ast.js';
import type { StackModel } from '../../../server/src/analyzer/model/sysplex-model.js';
import { fileUri } from '../../helpers/memory-host.js';

function build(sources: Record<string, string>): Map<string, StackModel> {
  const profiles = new Map<string, ProfileDocument>();
  for (const [path, text] of Object.entries(sources)) profiles.set(fileUri(path), parseProfile(fileUri(path), text));
  const result = buildSysplexModel({ profiles, knownUris: [...profiles.keys()] });
  return new Map(result.model.stacks.map((s) => [s.name, s]));
}

const BASE = (xcf: string) => `IPCONFIG SYSPLEXROUTING DYNAMICXCF ${xcf} 255.255.255.0 1\n`;

test('a HOME statement written inside a closed VIPADYNAMIC block is a syntax error there: it adds no home address', () => {
  const stacks = build({
    'P.tcpip': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\n HOME 10.5.5.5 LNK1\nENDVIPADYNAMIC\n',
  });
  const homes = stacks.get('P')!.homes.map((h) => h.address);
  assert.deepEqual(homes, [], `HOME inside VIPADYNAMIC contributed ${homes.join(', ')}`);
});

test('EZZ0831I: a HOTSTANDBY-only keyword with another DISTMETHOD ends the block: that VIPADISTRIBUTE and later statements add nothing', () => {
  const stacks = build({
    'P.tcpip':
      BASE('10.9.0.1') +
      'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\n' +
      ' VIPADISTRIBUTE DISTMETHOD ROUNDROBIN 10.0.0.1 PORT 80 DESTIP 10.9.0.2 PREFERRED\n' +
      ' VIPADEFINE 255.255.255.255 10.0.0.2\nENDVIPADYNAMIC\n',
  });
  const p = stacks.get('P')!;
  assert.deepEqual(p.dvipas.map((d) => d.address), ['10.0.0.1']);
  assert.deepEqual(p.distributes, []);
});

test('EZZ0827I: a HOTSTANDBY VIPADISTRIBUTE DEFINE without PREFERRED is ignored: its DESTIP stacks cannot bind the DVIPA through it', () => {
  const sources = {
    'A.tcpip': BASE('10.9.0.1') + 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\n VIPADISTRIBUTE DISTMETHOD HOTSTANDBY 10.0.0.1 PORT 80 DESTIP 10.9.0.2 BACKUP 10\nENDVIPADYNAMIC\n',
    'B.tcpip': BASE('10.9.0.2'),
  };
  const stacks = build(sources);
  assert.deepEqual(stacks.get('A')!.distributes, []);
  const all = [...stacks.values()];
  assert.equal(bindabilityOn(stacks.get('B')!, '10.0.0.1', all).bindable, false);
});

test('a valid HOTSTANDBY VIPADISTRIBUTE still makes its targets bindable', () => {
  const stacks = build({
    'A.tcpip': BASE('10.9.0.1') + 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.0.0.1\n VIPADISTRIBUTE DISTMETHOD HOTSTANDBY 10.0.0.1 PORT 80 DESTIP 10.9.0.1 PREFERRED 10.9.0.2 BACKUP 10\nENDVIPADYNAMIC\n',
    'B.tcpip': BASE('10.9.0.2'),
  });
  const all = [...stacks.values()];
  const b = bindabilityOn(stacks.get('B')!, '10.0.0.1', all);
  assert.equal(b.via, 'distribute-target');
});

test('EZZ0638I: a VIPADYNAMIC statement naming 127.0.0.1 is ignored whole: its other addresses are no DVIPAs', () => {
  const stacks = build({
    'P.tcpip': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 127.0.0.1 10.0.0.1\n VIPARANGE DEFINE 255.0.0.0 127.0.0.1\n VIPADEFINE 255.255.255.0 10.0.0.2\nENDVIPADYNAMIC\n',
  });
  const p = stacks.get('P')!;
  assert.deepEqual(p.dvipas.map((d) => d.address), ['10.0.0.2']);
  assert.deepEqual(p.ranges, []);
});

test('EZZ0344I: a HOME statement naming 127.0.0.1 is ignored whole', () => {
  const stacks = build({ 'P.tcpip': 'HOME\n 127.0.0.1 LOOPBACK\n 10.1.1.1 LNK1\nHOME 10.1.1.2 LNK2\n' });
  assert.deepEqual(stacks.get('P')!.homes.map((h) => h.address), ['10.1.1.2']);
});
