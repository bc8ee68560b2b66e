import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { ProfileDocument, Statement, VipaDynamicBlock } from '../../../server/src/analyzer/profile/ast.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { SYSA_PROFILE, SYSB_PROFILE } from './fixtures.js';

type OfKind<K, S = Statement> = S extends Statement ? (K extends S['kind'] ? S : never) : never;

function only<K extends Statement['kind']>(doc: ProfileDocument | VipaDynamicBlock, kind: K): OfKind<K>[] {
  return doc.statements.filter((s): s is OfKind<K> => s.kind === kind);
}

test('the SYSA fixture parses without findings into the expected statements', () => {
  const doc = parseProfile('file:///sysa.tcpip', SYSA_PROFILE);
  assert.deepEqual(doc.findings, []);
  assert.deepEqual(
    doc.statements.map((s) => (s.kind === 'GENERIC' || s.kind === 'BLOCK' ? s.name : s.kind)),
    ['TCPCONFIG', 'UDPCONFIG', 'GLOBALCONFIG', 'IPCONFIG', 'IPCONFIG6', 'DEVICE', 'LINK', 'DEVICE', 'LINK', 'INTERFACE', 'INTERFACE', 'HOME',
      'PRIMARYINTERFACE', 'PORT', 'PORTRANGE', 'AUTOLOG', 'BEGINROUTES', 'VIPADYNAMIC', 'INCLUDE', 'INCLUDE', 'SMFCONFIG', 'SOMAXCONN', 'START', 'START'],
  );
  assert.equal(doc.lineCount, SYSA_PROFILE.split('\n').length);
});

test('IPCONFIG: options in any order, DYNAMICXCF address mask cost, SYSPLEXROUTING', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  const [ip] = only(doc, 'IPCONFIG');
  assert.deepEqual(ip.options, ['DATAGRAMFWD', 'SYSPLEXROUTING', 'SOURCEVIPA', 'DYNAMICXCF']);
  assert.equal(ip.sysplexRouting, true);
  assert.equal(ip.dynamicXcf?.address?.address, '10.20.0.1');
  assert.equal(ip.dynamicXcf?.mask?.address, '255.255.255.0');
  assert.equal(ip.dynamicXcf?.cost?.text, '1');
  const [ip6] = only(doc, 'IPCONFIG6');
  assert.equal(ip6.dynamicXcf?.address?.address, 'fd00:20::1');
  const b = parseProfile('file:///b', SYSB_PROFILE);
  const [ipb] = only(b, 'IPCONFIG');
  assert.equal(ipb.sysplexRouting, true);
  assert.deepEqual([ipb.dynamicXcf?.address?.symbol, ipb.dynamicXcf?.address?.prefixLength, ipb.dynamicXcf?.mask], [true, 24, undefined]);
});

test('DEVICE/LINK/INTERFACE/HOME: static VIPAs and home addresses', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  const devices = only(doc, 'DEVICE');
  assert.deepEqual(devices.map((d) => [d.name?.text, d.deviceType, d.virtual]), [['OSAD1', 'MPCIPA', false], ['VIPADEV', 'VIRTUAL', true]]);
  const links = only(doc, 'LINK');
  assert.deepEqual(links.map((l) => [l.name?.text, l.linkType, l.device?.text, l.virtual]), [['OSAL1', 'IPAQENET', 'OSAD1', false], ['VIPALNK', 'VIRTUAL', 'VIPADEV', true]]);
  const interfaces = only(doc, 'INTERFACE');
  assert.deepEqual(
    interfaces.map((i) => [i.name?.text, i.action, i.interfaceType, i.virtual, i.addresses.map((a) => `${a.address}/${a.prefixLength ?? ''}`)]),
    [['OSA2IF', 'DEFINE', 'IPAQENET', false, ['10.30.1.11/24']], ['VIPA6IF', 'DEFINE', 'VIRTUAL6', true, ['fd00:30::11/']]],
  );
  const [home] = only(doc, 'HOME');
  assert.deepEqual(home.entries.map((e) => [e.address.address, e.link?.text]), [['10.30.0.11', 'OSAL1'], ['10.30.9.11', 'VIPALNK']]);
  const b = parseProfile('file:///b', SYSB_PROFILE);
  assert.deepEqual(only(b, 'INTERFACE').map((i) => [i.virtual, i.addresses[0]?.symbol ?? i.addresses[0]?.address]), [[false, true], [true, '10.30.9.12']]);
});

test('PORT entries with options, BIND, SAF and UNRSV; PORTRANGE entries', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  const [port] = only(doc, 'PORT');
  assert.deepEqual(
    port.entries.map((e) => [e.unreserved ? 'UNRSV' : e.port, e.protocol, e.job?.text, e.options.join(','), e.bind?.address, e.saf?.text]),
    [
      [20, 'TCP', 'OMVS', 'NOAUTOLOG', undefined, undefined],
      [21, 'TCP', 'FTPD1', '', undefined, undefined],
      [23, 'TCP', 'INTCLIEN', '', undefined, undefined],
      [443, 'TCP', 'WEBSRV1', 'SHAREPORT', '10.30.50.1', 'WEBPORT'],
      [9443, 'TCP', '*', 'SHAREPORTWLM', undefined, undefined],
      ['UNRSV', 'TCP', '*', 'DENY,WHENLISTEN', undefined, undefined],
    ],
  );
  const [range] = only(doc, 'PORTRANGE');
  assert.deepEqual(range.entries.map((e) => [e.firstPort, e.count, e.protocol, e.job?.text]), [[10000, 100, 'TCP', 'OMVS'], [20000, 10, 'UDP', 'AUTHPORT']]);
  const b = parseProfile('file:///b', SYSB_PROFILE);
  const [portB] = only(b, 'PORT');
  assert.deepEqual([portB.entries[0].job?.kind, portB.entries[0].bind?.symbol], ['symbol', true]);
});

test('VIPADYNAMIC: all sub-statements with their typed fields', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  const [block] = only(doc, 'VIPADYNAMIC');
  assert.equal(block.end?.text, 'ENDVIPADynamic');
  assert.equal(block.ignoredFrom, undefined);
  const [define, define6] = only(block, 'VIPADEFINE');
  assert.deepEqual([define.moveable, define.mask?.address, define.addresses.map((a) => a.address)], ['IMMEDIATE', '255.255.255.255', ['10.30.50.1', '10.30.50.2']]);
  assert.deepEqual([define6.interfaceName?.text, define6.addresses.map((a) => a.address)], ['DVIPA6', ['fd00:50::1']]);
  const [backup] = only(block, 'VIPABACKUP');
  assert.deepEqual([backup.rank, backup.rankWord?.text, backup.moveable, backup.mask?.address, backup.addresses.map((a) => a.address)], [100, '100', 'IMMEDIATE', '255.255.255.255', ['10.30.50.3']]);
  const [range4, range6] = only(block, 'VIPARANGE');
  assert.deepEqual([range4.action, range4.moveable, range4.mask?.address, range4.address?.address, range4.saf?.text, range4.zcx], ['DEFINE', 'NONDISRUPTIVE', '255.255.255.0', '10.30.60.0', 'RANGE1', false]);
  assert.deepEqual([range6.interfaceName?.text, range6.address?.address, range6.address?.prefixLength], ['DVR6', 'fd00:50::', 64]);
  const [weighted, hot, all] = only(block, 'VIPADISTRIBUTE');
  assert.deepEqual([weighted.action, weighted.distMethod, weighted.options.map((o) => o.keyword), weighted.address?.address], ['DEFINE', 'WEIGHTEDACTIVE', ['SYSPLEXPORTS', 'TIMEDAFFINITY'], '10.30.50.1']);
  assert.deepEqual(weighted.ports.map((p) => [p.from, p.to]), [[443, 443], [8000, 8010]]);
  assert.deepEqual(weighted.destinations.map((d) => [d.address?.address, d.weight]), [['10.20.0.1', 10], ['10.20.0.2', 20]]);
  assert.deepEqual([hot.distMethod, hot.distMethodWord?.text, hot.options.map((o) => o.keyword)], ['HOTSTANDBY', 'HOTSTANDBY', ['NOAUTOSWITCHBACK']]);
  assert.deepEqual(hot.destinations.map((d) => [d.address?.address, d.preferred, d.backup, d.backupRank]), [['10.20.0.1', true, false, undefined], ['10.20.0.2', false, true, 10]]);
  assert.deepEqual([all.distMethod, all.destinations.map((d) => d.all)], ['BASEWLM', [true]]);
  const [route] = only(block, 'VIPAROUTE');
  assert.deepEqual([route.action, route.xcfAddress?.address, route.targetAddress?.address], ['DEFINE', '10.20.0.2', '10.30.0.12']);
  const [del] = only(block, 'VIPADELETE');
  assert.deepEqual(del.addresses.map((a) => a.address), ['10.30.50.9']);
});

test('abbreviated VIPA statements, ranks, ZCX, TIER1 and VIPASMPARMS (SYSB)', () => {
  const doc = parseProfile('file:///b', SYSB_PROFILE);
  assert.deepEqual(doc.findings, []);
  const [block] = only(doc, 'VIPADYNAMIC');
  const [plain, moveable] = only(block, 'VIPABACKUP');
  assert.deepEqual([plain.rank, plain.moveable, plain.mask, plain.addresses.map((a) => a.address)], [50, undefined, undefined, ['10.30.50.1', '10.30.50.2']]);
  assert.deepEqual([moveable.rank, moveable.moveable], [1, 'WHENIDLE']);
  const [range] = only(block, 'VIPARANGE');
  assert.deepEqual([range.zcx, range.address?.address], [true, '10.30.70.5']);
  const [define] = only(block, 'VIPADEFINE');
  assert.deepEqual([define.tier, define.cpcScope, define.mask?.address], ['TIER1', true, '255.255.255.0']);
  assert.equal(only(block, 'VIPASMPARMS').length, 1);
});

test('INCLUDE: data set, member, case', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  assert.deepEqual(only(doc, 'INCLUDE').map((i) => [i.target?.text, i.dataSet, i.member]), [
    ['SYS1.TCPPARMS(SHARED)', 'SYS1.TCPPARMS', 'SHARED'],
    ['user.tcpip.extra', 'USER.TCPIP.EXTRA', undefined],
  ]);
});

test('blocks: AUTOLOG entries, BEGINROUTES routes', () => {
  const doc = parseProfile('file:///a', SYSA_PROFILE);
  const blocks = only(doc, 'BLOCK');
  const autolog = blocks.find((b) => b.name === 'AUTOLOG')!;
  assert.deepEqual(autolog.operands.map((o) => o.text), ['5', 'FTPD', 'JOBNAME', 'FTPD1', 'OMPROUTE']);
  assert.equal(autolog.end?.keyword, 'ENDAUTOLOG');
  const routes = blocks.find((b) => b.name === 'BEGINROUTES')!;
  assert.deepEqual(routes.statements.map((s) => (s.kind === 'ROUTE' ? s.destination?.text : s.kind)), ['10.30.0.0/24', 'DEFAULT']);
  assert.equal(routes.end?.text, 'ENDRoutes');
});

test('tokens carry kind, keyword full name and enclosing statement; ranges are exact', () => {
  const { text, ranges } = extractMarkers('VIPADYN\n  ⟦VIPADEF⟧ ⟦MOVE⟧ IMMED ⟦255.255.255.0⟧ 10.1.1.1\nENDVIPADYN\n');
  const doc = parseProfile('file:///t', text);
  assert.deepEqual(doc.findings, []);
  const [vipadef, move, mask] = [1, 2, 4].map((i) => doc.tokens[i]);
  assert.deepEqual([vipadef.kind, vipadef.keyword, vipadef.statement, showRange(vipadef.range)], ['keyword', 'VIPADEFINE', 'VIPADEFINE', showRange(ranges[0])]);
  assert.deepEqual([move.keyword, move.statement, showRange(move.range)], ['MOVEABLE', 'VIPADEFINE', showRange(ranges[1])]);
  assert.deepEqual([mask.kind, showRange(mask.range)], ['ipv4', showRange(ranges[2])]);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.equal(showRange(block.range), '0:0-2:10');
  assert.ok(doc.tokens.every((t) => t.statement !== undefined));
});

test('PORT is a statement at top level and a parameter inside VIPADISTRIBUTE', () => {
  const doc = parseProfile('file:///p', 'VIPADYNAMIC\nVIPADISTRIBUTE 10.1.1.1\n PORT 80 443\n DESTIP 10.2.2.2\nENDVIPADYNAMIC\nPORT 80 TCP WEB\n');
  assert.deepEqual(doc.findings, []);
  assert.deepEqual(doc.statements.map((s) => s.kind), ['VIPADYNAMIC', 'PORT']);
  const port = doc.tokens.find((t) => t.text === 'PORT')!;
  assert.deepEqual([port.keyword, port.statement], ['PORT', 'VIPADISTRIBUTE']);
});

test('name positions never start a statement: job, link, device and SAF names that look like keywords', () => {
  const doc = parseProfile('file:///n', 'PORT 23 TCP HOME 24 TCP LINK\nHOME 10.1.1.1 START\nLINK L1 IPAQENET START\nSTART L1\n');
  assert.deepEqual(doc.findings, []);
  assert.deepEqual(doc.statements.map((s) => s.kind + (s.kind === 'GENERIC' ? s.name : '')), ['PORT', 'HOME', 'LINK', 'GENERICSTART']);
});
