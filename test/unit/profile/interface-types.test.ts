/** IPv6 interface types as IBM documents them, device types IBM removed, and VIPABACKUP's mask rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { InterfaceStatement, VipaDynamicBlock } from '../../../server/src/analyzer/profile/ast.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';

const parse = (text: string) => parseProfile('file:///f.tcpip', text);

test('IPv6 interfaces take IPv6 addresses: MPCPTP6 (IBM dynamic XCF form), EQENET6, IPAQENET6, IPAQIDIO6, VIRTUAL6', () => {
  const doc = parse(`INTERFACE EZ6XCF02 DEFINE MPCPTP6 TRLENAME CPSYSB IPADDR 2001:db8:1::1
INTERFACE V6O4ETHA2 DEFINE EQENET6 DEVNUM 2B70 INTFID 0:16:207:3 IPADDR 2001:0DB8:172::16:207:13
INTERFACE OSA6 DEFINE IPAQENET6 PORTNAME P6 IPADDR 2001:db8:2::1 2001:db8:2::2
INTERFACE HIPER6 DEFINE IPAQIDIO6 CHPID F6 IPADDR 2001:db8:3::1
INTERFACE VIPA6 DEFINE VIRTUAL6 IPADDR 2001:db8:4::1
INTERFACE O4ETHA2 DEFINE EQENET DEVNUM 2B70 IPADDR 16.12.37.160/20 VLANID 702 MTU 1500
`);
  assert.deepEqual(doc.findings.map((f) => f.message), []);
  const interfaces = doc.statements.filter((s): s is InterfaceStatement => s.kind === 'INTERFACE');
  assert.deepEqual(interfaces.map((s) => [s.interfaceType, s.addresses.map((a) => a.family)]), [
    ['MPCPTP6', [6]],
    ['EQENET6', [6]],
    ['IPAQENET6', [6, 6]],
    ['IPAQIDIO6', [6]],
    ['VIRTUAL6', [6]],
    ['EQENET', [4]],
  ]);
});

test('an IPv4 address on an IPv6 interface type is still an error', () => {
  const doc = parse('INTERFACE EZ6XCF02 DEFINE MPCPTP6 IPADDR 10.1.1.1\n');
  assert.deepEqual(doc.findings.map((f) => f.code), ['syntax-error']);
});

test('removed-device-type: DEVICE and LINK types IBM removed, with the release', () => {
  const { text, ranges } = extractMarkers(`DEVICE CLAW1 ⟦CLAW⟧ 0A00 HOSTA WSAPPL PACKED 15 15 4096 4096
LINK CLAWL1 IP 0 CLAW1
DEVICE ATM1 ⟦ATM⟧ PORTNAME ATMPORT
LINK ATML1 ⟦ATM⟧ ATM1
DEVICE LCS1 LCS 0E20
LINK TR1 ⟦IBMTR⟧ 0 LCS1
DEVICE OSA1 ⟦MPCOSA⟧ AUTORESTART
DEVICE OSA2 MPCIPA
LINK OSA2L IPAQENET OSA2
`);
  const doc = parse(text);
  const removed = doc.findings.filter((f) => f.code === 'removed-device-type');
  assert.deepEqual(removed.map((f) => showRange(f.range)), ranges.map(showRange));
  assert.ok(removed.every((f) => f.severity === 'error'));
  assert.match(removed[0].message, /CLAW.*not supported since z\/OS V2R2/);
  assert.match(removed[3].message, /token ring on an LCS device is not supported since z\/OS V2R3/);
  assert.match(removed[0].message, /Support considerations/);
});

test('VIPABACKUP: an address mask without MOVEABLE is outside IBM’s syntax (warning); the model does not take it for a DVIPA', () => {
  const { text, ranges } = extractMarkers('VIPADYNAMIC\n VIPABACKUP 100 ⟦255.255.255.0⟧ 10.1.9.1\n VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.2\n VIPABACKUP 50 10.1.9.3\nENDVIPADYNAMIC\n');
  const doc = parse(text);
  assert.deepEqual(doc.findings.map((f) => [f.code, f.severity, showRange(f.range)]), [['syntax-error', 'warning', showRange(ranges[0])]]);
  assert.match(doc.findings[0].message, /only after MOVEABLE IMMEDIATE or MOVEABLE WHENIDLE/);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.equal(block.ignoredFrom, undefined, 'a warning does not end the VIPADYNAMIC block');
  const addresses = block.statements.flatMap((s) => (s.kind === 'VIPABACKUP' ? s.addresses.map((a) => a.address) : []));
  assert.deepEqual(addresses, ['10.1.9.1', '10.1.9.2', '10.1.9.3']);
});
