import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { ProfileDocument, VipaDynamicBlock } from '../../../server/src/analyzer/profile/ast.js';
import { CODES, type DiagnosticCode } from '../../../server/src/analyzer/diagnostics/codes.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { SYSA_PROFILE, SYSB_PROFILE } from './fixtures.js';

/** Parses marked text and checks that findings of `code` sit exactly on the marked ranges. */
function expectFindings(source: string, code: DiagnosticCode, messagePattern?: RegExp): ProfileDocument {
  const { text, ranges } = extractMarkers(source);
  const doc = parseProfile('file:///f.tcpip', text);
  const found = doc.findings.filter((f) => f.code === code);
  assert.deepEqual(found.map((f) => showRange(f.range)), ranges.map(showRange), `${code}: ${JSON.stringify(doc.findings.map((f) => f.message))}`);
  for (const finding of found) {
    assert.equal(finding.severity, CODES[code].defaultSeverity);
    assert.equal(finding.uri, 'file:///f.tcpip');
    if (messagePattern) assert.match(finding.message, messagePattern);
  }
  return doc;
}

function codes(doc: ProfileDocument): string[] {
  return doc.findings.map((f) => f.code);
}

test('syntax-error: a placeholder where an IPv4 address is required, with what was expected', () => {
  const doc = expectFindings('VIPADYNAMIC\n VIPADEFINE 255.255.255.0 ⟦x.x.x.V⟧\nENDVIPADYNAMIC\n', 'syntax-error', /expected an IPv4 address or system symbol, found 'x\.x\.x\.V'/);
  assert.deepEqual(codes(doc), ['syntax-error']);
});

test('syntax-error: bad operands of the fully parsed statements', () => {
  const cases = [
    'VIPADYNAMIC\n VIPADEFINE ⟦255.0.255.0⟧ 10.1.1.1\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADEFINE MOVEABLE ⟦SOON⟧ 255.255.255.0 10.1.1.1\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPARANGE DEFINE 255.255.255.0 ⟦10.1.1⟧\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADISTRIBUTE DISTMETHOD ⟦FASTEST⟧ 10.1.1.1 DESTIP ALL\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADISTRIBUTE 10.1.1.1 PORT ⟦70000⟧ DESTIP ALL\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADISTRIBUTE 10.1.1.1 ⟦PORT⟧\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADISTRIBUTE 10.1.1.1 DESTIP ⟦x.x.x.A⟧ PREFERRED\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPAROUTE DEFINE 10.1.1.1 ⟦TARGET⟧\nENDVIPADYNAMIC',
    'VIPADYNAMIC\n VIPADELETE DVIPA1 ⟦DVIPA2⟧\nENDVIPADYNAMIC',
    'HOME 10.1.1.1 ETH1 ⟦fd00::1⟧ ETH2',
    'HOME ⟦10.1.1.1⟧',
    'PORT ⟦0⟧ TCP OMVS',
    'PORT 80 ⟦TPC⟧ OMVS\n',
    'PORTRANGE 1000 ⟦x⟧ TCP OMVS',
    'IPCONFIG DYNAMICXCF 10.1.1.1 ⟦255.255.0.255⟧ 1',
    'IPCONFIG DYNAMICXCF 10.1.1.1/24 ⟦ONE⟧',
    'INTERFACE I1 DEFINE IPAQENET IPADDR ⟦fd00::1⟧',
    'INCLUDE A.B C.D ⟦E.F⟧'.replace('C.D ', ''),
    '⟦START⟧',
    'TRMD PARMSTRING ⟦"open⟧',
    'BEGINROUTES\n ROUTE ⟦NOWHERE⟧ = ETH1 MTU 1500\nENDROUTES',
  ];
  for (const source of cases) expectFindings(source, 'syntax-error');
});

test('syntax-error: a missing END is reported at the block start', () => {
  const doc = expectFindings('⟦VIPADYNAMIC⟧\n VIPADEFINE 255.255.255.0 10.1.1.1\nHOME 10.2.2.2 ETH1\n', 'syntax-error', /VIPADYNAMIC has no ENDVIPADYNAMIC/);
  // The block ends before HOME, which is parsed as a top-level statement.
  assert.deepEqual(doc.statements.map((s) => s.kind), ['VIPADYNAMIC', 'HOME']);
  assert.equal((doc.statements[0] as VipaDynamicBlock).statements.length, 1);
  expectFindings('⟦AUTOLOG⟧ 5\n FTPD\nPORT 21 TCP FTPD\n', 'syntax-error', /AUTOLOG has no ENDAUTOLOG/);
  expectFindings('⟦BEGINROUTES⟧\n ROUTE DEFAULT 10.1.1.254 ETH1 MTU 1500\n', 'syntax-error', /BEGINROUTES has no ENDROUTES/);
  expectFindings('VIPADYNAMIC\nENDVIPADYNAMIC\n⟦ENDVIPADYNAMIC⟧\n⟦ENDROUTES⟧', 'syntax-error', /without/);
});

test('unknown-statement names the word; removed and z/VM statements say why', () => {
  expectFindings('⟦FROBNICATE⟧ 1 2 3\nHOME 10.1.1.1 ETH1', 'unknown-statement', /'FROBNICATE'/);
  expectFindings('⟦GATEWAY⟧\n 10.0.0.0 = ETH1 1500 0\n⟦OBEY⟧ OP1\n⟦ENDOBEY⟧', 'unknown-statement', /(GATEWAY|OBEY).*(V2R2|z\/VM)/);
  const doc = parseProfile('file:///u', SYSA_PROFILE);
  assert.equal(codes(doc).includes('unknown-statement'), false);
});

test('statement-out-of-place: VIPA statements outside VIPADYNAMIC, ROUTE outside BEGINROUTES, HOME inside VIPADYNAMIC', () => {
  expectFindings('⟦VIPADEFINE⟧ 255.255.255.0 10.1.1.1\n⟦ROUTE⟧ DEFAULT 10.1.1.254 ETH1 MTU 1500\n', 'statement-out-of-place', /only valid inside/);
  const doc = expectFindings('VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\n ⟦HOME⟧ 10.2.2.2 ETH1\n VIPABACKUP 10.3.3.3\nENDVIPADYNAMIC\nPORT 21 TCP FTPD', 'statement-out-of-place', /not valid inside VIPADYNAMIC/);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.deepEqual(block.statements.map((s) => s.kind), ['VIPADEFINE', 'HOME', 'VIPABACKUP']);
  assert.equal(block.ignoredFrom, 2);
  assert.equal(doc.statements[1].kind, 'PORT');
  expectFindings('BEGINROUTES\n ROUTE DEFAULT 10.1.1.254 ETH1 MTU 1500\n ⟦HOME⟧ 10.1.1.1 ETH1\nENDROUTES', 'statement-out-of-place');
  expectFindings(SYSA_PROFILE, 'statement-out-of-place');
});

test('mixed-address-families: IPv4 and IPv6 in one statement', () => {
  expectFindings('VIPADYNAMIC\n VIPADISTRIBUTE 10.1.1.1 DESTIP 10.2.2.2 ⟦fd00::2⟧\n VIPAROUTE 10.2.2.2 ⟦fd00::9⟧\nENDVIPADYNAMIC', 'mixed-address-families', /IPv4 and IPv6/);
  expectFindings('INTERFACE V6 DEFINE IPAQENET6 IPADDR fd00::1 ⟦10.1.1.1⟧', 'mixed-address-families');
  expectFindings(SYSA_PROFILE, 'mixed-address-families');
});

test('comment-without-blank is a warning and the statement still parses', () => {
  const doc = expectFindings('HOME 10.1.1.1 ETH1⟦;⟧home\nSTART ETH1', 'comment-without-blank');
  assert.deepEqual(doc.statements.map((s) => s.kind), ['HOME', 'GENERIC']);
  expectFindings(SYSB_PROFILE, 'comment-without-blank');
});

test('ignored-after-error: statements after a syntax error inside VIPADYNAMIC', () => {
  const doc = expectFindings(
    'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\n VIPABACKUP 10 MOVEABLE ⟦x⟧ 255.255.255.0 10.1.1.2\n ⟦VIPARANGE 255.255.255.0 10.1.2.0\n VIPADEFINE 255.255.255.0 10.1.1.3⟧\nENDVIPADYNAMIC\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.4\nENDVIPADYNAMIC\n'.replace('⟦x⟧', 'x'),
    'ignored-after-error',
  );
  const [broken, clean] = doc.statements as VipaDynamicBlock[];
  assert.equal(broken.ignoredFrom, 2);
  assert.equal(clean.ignoredFrom, undefined);
  assert.equal(broken.statements.length, 4);
  // The error in the last statement of a block ignores nothing.
  expectFindings('VIPADYNAMIC\n VIPADEFINE 255.255.255.0 x.x.x.V\nENDVIPADYNAMIC', 'ignored-after-error');
  expectFindings(SYSA_PROFILE, 'ignored-after-error');
});

test('recovery: an error in one statement leaves the next statements parsed', () => {
  const doc = parseProfile(
    'file:///r',
    'PORT 80 TCP WEB 99999 TCP BAD 81 TCP WEB2\nHOME x.x.x.V ETH1\nIPCONFIG DYNAMICXCF x 255.255.255.0 1\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\nENDVIPADYNAMIC\nSTART ETH1\n',
  );
  assert.deepEqual(doc.statements.map((s) => s.kind), ['PORT', 'HOME', 'IPCONFIG', 'VIPADYNAMIC', 'GENERIC']);
  const port = doc.statements[0];
  if (port.kind === 'PORT') assert.deepEqual(port.entries.map((e) => e.port), [80, 81]);
  assert.equal(codes(doc).filter((c) => c === 'syntax-error').length, 3);
  const block = doc.statements[3] as VipaDynamicBlock;
  assert.equal(block.statements[0].kind === 'VIPADEFINE' && block.statements[0].addresses[0].address, '10.1.1.1');
});

test('VIPABACKUP rank outside 1-254 stays parseable for the rank check', () => {
  const doc = parseProfile('file:///k', 'VIPADYNAMIC\n VIPABACKUP 300 10.1.1.1\n VIPABACKUP 0 10.1.1.2\nENDVIPADYNAMIC\n');
  assert.deepEqual(doc.findings, []);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.deepEqual(block.statements.map((s) => (s.kind === 'VIPABACKUP' ? [s.rank, s.rankWord?.text] : [])), [[300, '300'], [0, '0']]);
});

test('parseProfile never throws and reports internal failures as findings', () => {
  const doc = parseProfile('file:///z', '');
  assert.deepEqual([doc.statements, doc.findings, doc.lineCount], [[], [], 1]);
});
