// The stack's rejections (EZZ8307I, a repeated VIPADEFINE, an exact repeat) are one notion in the
// model: no owner, backup, coverage or summary fact comes from them; the index marks them rejected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { buildSysplexModel } from '../../../server/src/analyzer/model/build-stack-models.js';
import { buildAddressIndex } from '../../../server/src/analyzer/model/address-index.js';
import { acceptedDvipas, rejectedDvipas, rejectionLabel } from '../../../server/src/analyzer/model/rejected-dvipas.js';
import { activeDvipas, bindabilityOn } from '../../../server/src/analyzer/model/coverage.js';
import type { ProfileDocument } from '../../../server/src/analyzer/profile/ast.js';
import { fileUri } from '../../helpers/memory-host.js';

function modelOf(sources: Record<string, string[]>) {
  const profiles = new Map<string, ProfileDocument>();
  for (const [path, lines] of Object.entries(sources)) profiles.set(fileUri(path), parseProfile(fileUri(path), lines.join('\n')));
  const { model } = buildSysplexModel({ profiles });
  return { model, index: buildAddressIndex(model, profiles, []) };
}

const SYSA = [
  'HOME 10.30.1.1 OSA1',
  'VIPADYNAMIC',
  '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.1 10.30.1.2',
  '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.2',
  '  VIPADEFINE MOVEABLE WHENIDLE 255.255.255.255 10.30.1.3',
  '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.3',
  '  VIPADELETE 10.30.1.3',
  '  VIPABACKUP 20 MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.3',
  'ENDVIPADYNAMIC',
];

test('EZZ8307I, a rejected repeat and an ignored exact repeat are the rejections; a redefinition after VIPADELETE is not', () => {
  const { model } = modelOf({ 'SYSA.tcpip': SYSA });
  const stack = model.stacks[0];
  const rejected = [...rejectedDvipas(stack).values()].map((r) => `${r.fact.address} ${r.fact.statement} line ${r.fact.location.range.start.line} ${r.reason} ${rejectionLabel(r)}`);
  assert.deepEqual(rejected.sort(), [
    '10.30.1.1 VIPADEFINE line 2 home-address EZZ8307I',
    '10.30.1.2 VIPADEFINE line 3 exact-repeat ignored repeat',
    '10.30.1.3 VIPADEFINE line 5 repeat rejected repeat',
  ]);
  assert.equal(acceptedDvipas(stack).length, stack.dvipas.length - 3);
  // In force: the first definitions, and the VIPABACKUP that follows the VIPADELETE.
  assert.deepEqual([...activeDvipas(stack).values()].map((fact) => `${fact.address} ${fact.statement} ${fact.location.range.start.line}`).sort(), [
    '10.30.1.2 VIPADEFINE 2',
    '10.30.1.3 VIPABACKUP 7',
  ]);
  // 10.30.1.1 is bindable as the HOME address it is, not as a DVIPA.
  assert.equal(bindabilityOn(stack, '10.30.1.1').via, 'home');
});

test('the address index marks rejected roles, so no fact reads them as owners or backups', () => {
  const { index } = modelOf({
    'SYSA.tcpip': SYSA,
    'SYSB.tcpip': ['HOME 10.30.9.9 OSA1', 'VIPADYNAMIC', '  VIPABACKUP 20 MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.1', 'ENDVIPADYNAMIC'],
  });
  const roles = index.rolesOf('10.30.1.1').map((role) => `${role.stack} ${role.role}${role.rejected ? ` rejected ${role.rejected.label}` : ''}`);
  assert.deepEqual(roles.sort(), ['SYSA home', 'SYSA vipadefine rejected EZZ8307I', 'SYSB vipabackup']);
  const repeat = index.rolesOf('10.30.1.3').filter((role) => role.role === 'vipadefine');
  assert.deepEqual(repeat.map((role) => role.rejected?.label), [undefined, 'rejected repeat']);
  assert.match(repeat[1].rejected!.text, /no VIPADELETE in between/);
});
