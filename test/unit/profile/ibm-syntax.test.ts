/**
 * Statements written from IBM's syntax diagrams (the URLs are next to the keyword lists in
 * server/src/analyzer/keywords/*.ts): valid forms, IBM's abbreviations and newer or older keywords
 * must give no error-severity finding; the strict checks that remain (addresses, numbers, block
 * ends, removed statements) must still fire.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { ProfileDocument, Statement, VipaDynamicBlock } from '../../../server/src/analyzer/profile/ast.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';

function parse(text: string): ProfileDocument {
  return parseProfile('file:///ibm.tcpip', text);
}

function errors(doc: ProfileDocument): string[] {
  return doc.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}: ${f.message}`);
}

/** Full keyword names the parser gave the words, in order (unmarked words are left out). */
function keywordsOf(doc: ProfileDocument): string[] {
  return doc.tokens.filter((t) => t.keyword !== undefined).map((t) => t.keyword!);
}

function assertNoErrors(text: string): ProfileDocument {
  const doc = parse(text);
  assert.deepEqual(errors(doc), [], text);
  return doc;
}

function statementsOf(doc: ProfileDocument): Statement[] {
  return doc.statements.flatMap((s) => (s.kind === 'VIPADYNAMIC' ? (s as VipaDynamicBlock).statements : [s]));
}

/** The findings of `code` sit exactly on the marked ranges. */
function expectAt(source: string, code: string): ProfileDocument {
  const { text, ranges } = extractMarkers(source);
  const doc = parse(text);
  const found = doc.findings.filter((f) => f.code === code).map((f) => showRange(f.range));
  assert.deepEqual(found, ranges.map(showRange), `${source}\n${JSON.stringify(doc.findings.map((f) => f.message))}`);
  return doc;
}

test('IPCONFIG: IBM minimum abbreviations of the V2R4 diagram are recognised', () => {
  const doc = assertNoErrors(
    'IPCONFig DATAGR NOFWDMULT ARPTO 1200 DEVRETRYDUR 90 IGNORER PATHMTUDISC QDIOACCEL QDIOP 1\n' +
      '  REASSEMBL 60 SEGMENTATIONOFFL SYSPLEXR SOURCEVIPA TCPSTACKSOURCEV 10.1.9.1 TTL 64 MULTIPATH PERC FORM SHORT CHECKSUMOFFL\n',
  );
  assert.deepEqual(keywordsOf(doc), [
    'IPCONFIG', 'DATAGRAMFWD', 'NOFWDMULTIPATH', 'ARPTO', 'DEVRETRYDURATION', 'IGNOREREDIRECT', 'PATHMTUDISCOVERY', 'QDIOACCELERATOR',
    'QDIOPRIORITY', 'REASSEMBLYTIMEOUT', 'SEGMENTATIONOFFLOAD', 'SYSPLEXROUTING', 'SOURCEVIPA', 'TCPSTACKSOURCEVIPA', 'TTL', 'MULTIPATH',
    'PERCONNECTION', 'FORMAT', 'SHORT', 'CHECKSUMOFFLOAD',
  ]);
  const ip = doc.statements[0];
  assert.equal(ip.kind === 'IPCONFIG' && ip.sysplexRouting, true);
});

test('IPCONFIG: DYNAMICXCF with its SECCLASS, SMCD and SOURCEVIPAINTerface options', () => {
  const doc = assertNoErrors('IPCONFIG DYNAMICXCF 10.20.0.1 255.255.255.0 2 SECCLASS 255 NOSMCD SOURCEVIPAINT VIPAL1 DATAGRAMFWD\n');
  const ip = doc.statements[0];
  assert.equal(ip.kind, 'IPCONFIG');
  if (ip.kind !== 'IPCONFIG') return;
  assert.equal(ip.dynamicXcf?.address?.address, '10.20.0.1');
  assert.equal(ip.dynamicXcf?.cost?.text, '2');
  assert.deepEqual(ip.options, ['DYNAMICXCF', 'SECCLASS', 'NOSMCD', 'SOURCEVIPAINTERFACE', 'DATAGRAMFWD']);
});

test('IPCONFIG: a parameter we do not know (a newer release) is accepted and the rest is still read', () => {
  const doc = assertNoErrors('IPCONFIG SOMEFUTUREPARM 5 SYSPLEXROUTING CLAWUSED\nHOME 10.1.1.1 ETH1\n');
  const ip = doc.statements[0];
  assert.equal(ip.kind === 'IPCONFIG' && ip.sysplexRouting, true);
  assert.equal(doc.statements[1].kind, 'HOME');
  // One letter short of IBM's minimum is not the keyword (accepted as an unknown word).
  const short = parse('IPCONFIG DATAG\n');
  assert.equal(short.tokens[1].keyword, undefined);
});

test('IPCONFIG6: the 3.2 diagram, including DYNAMICXCF address/prefix_route_len and INTFID', () => {
  const doc = assertNoErrors(
    'IPCONFIG6 DATAGRAMFWD HOPL 255 ICMPE 3 IGNOREROUTERH TEMPADDRS PREFLIFETIME 24 VALIDLIFETIME 168\n' +
      '  DYNAMICXCF fd00:20::1/64 INTFID 0:0:0:1 NOR1COMPLIANCE SOURCEVIPA\n',
  );
  const ip6 = doc.statements[0];
  assert.equal(ip6.kind, 'IPCONFIG6');
  if (ip6.kind !== 'IPCONFIG6') return;
  assert.equal(ip6.dynamicXcf?.address?.address, 'fd00:20::1');
  assert.equal(ip6.dynamicXcf?.address?.prefixLength, 64);
  assert.ok(ip6.options.includes('HOPLIMIT') && ip6.options.includes('IGNOREROUTERHOPLIMIT') && ip6.options.includes('NOR1COMPLIANCE'));
});

test('PORT: options in diagram order, abbreviations, V2R1 NOSMCR, an unknown option, a symbol port', () => {
  const doc = assertNoErrors(
    'PORT\n' +
      '  20 TCP OMVS NOAUTOL NODELAYA\n' +
      '  21 TCP FTPD1 NOSMCR\n' +
      '  443 TCP WEB1 SHAREP BIND 10.1.50.1 SAF WEBPORT SMC\n' +
      '  500 UDP IKED NEWOPTION\n' +
      '  &HTTPPORT TCP WEB2\n' +
      '  UNRSV TCP * DENY WHENLISTEN\n',
  );
  const port = doc.statements[0];
  assert.equal(port.kind, 'PORT');
  if (port.kind !== 'PORT') return;
  assert.deepEqual(port.entries.map((e) => [e.port, e.job?.text, e.options.join(' ')]), [
    [20, 'OMVS', 'NOAUTOLOG NODELAYACKS'],
    [21, 'FTPD1', 'NOSMCR'],
    [443, 'WEB1', 'SHAREPORT SMC'],
    [500, 'IKED', ''],
    [undefined, 'WEB2', ''],
    [undefined, '*', 'DENY WHENLISTEN'],
  ]);
  assert.equal(port.entries[2].bind?.address, '10.1.50.1');
  assert.equal(port.entries[2].saf?.text, 'WEBPORT');
});

test('PORTRANGE: PORTRange abbreviation, AUTHPORT, options and a symbol', () => {
  const doc = assertNoErrors('PORTR 10000 100 TCP OMVS NOAUTOL DELAYA SAF RNG1 NOSMC\n  20000 10 UDP AUTHPORT\n  &LOW 5 TCP RESERVED\n');
  const range = doc.statements[0];
  assert.equal(range.kind, 'PORTRANGE');
  if (range.kind !== 'PORTRANGE') return;
  assert.deepEqual(range.entries.map((e) => [e.firstPort, e.count, e.job?.text]), [[10000, 100, 'OMVS'], [20000, 10, 'AUTHPORT'], [undefined, 5, 'RESERVED']]);
});

test('BSDROUTINGPARMS: BSDRoutingparms and ENDBSDRoutingparms minimums', () => {
  const doc = assertNoErrors('BSDR TRUE\n  ETH1 1492 0 255.255.255.0 0\n  VIPAL1 DEFAULTSIZE 0 255.255.255.252 0\nENDBSDR\n');
  assert.deepEqual(keywordsOf(doc).filter((k) => k.includes('BSD')), ['BSDROUTINGPARMS', 'ENDBSDROUTINGPARMS']);
});

test('BEGINROUTES: DEFAULT6, IPv6 routes, REPL, HOST and route options', () => {
  const doc = assertNoErrors(
    'BEGINRoutes\n' +
      '  ROUTE 10.1.0.0/16 = ETH1 MTU 1492\n' +
      '  ROUTE 10.2.2.2 HOST 10.1.0.254 ETH1 MTU DEFAULTSIZE NOREPLACEABLE\n' +
      '  ROUTE 10.3.0.0 255.255.0.0 10.1.0.254 ETH1 MTU 1500 MAXIMUMRETRANSMITTIME 120 MINIMUMRETRANSMITTIME 0.5 ROUNDTRIPGAIN 0.125 VARIANCEGAIN 0.25 VARIANCEMULTIPLIER 2 NODELAYACKS\n' +
      '  ROUTE 2001:db8:0:a1b::/64 fe80::1:2:3:3 OSA6 MTU 5000 REPL\n' +
      '  ROUTE DEFAULT6 fe80::1:2:3:4 OSA6 MTU 5000 REPL\n' +
      '  ROUTE DEFAULT 10.1.0.254 ETH1 MTU 1492 REPLACEABLE\n' +
      'ENDRoutes\n',
  );
  const block = doc.statements[0];
  assert.equal(block.kind === 'BLOCK' && block.statements.length, 6);
});

test('AUTOLOG ... ENDAUTOLog (IBM IPCS spelling) and DEVice/VIRTual', () => {
  assertNoErrors('AUTOLog 5\n  FTPD JOBNAME FTPD1\n  TRMD PARMSTRING "D=TCPDATA"\nENDAUTOL\nDEVice VIPAD1 VIRTual 0\nLINK VIPAL1 VIRTUAL 0 VIPAD1\n');
});

test('INTERFACE: IPAQENET with many options, IPAQENET6 actions we do not list, VIRTUAL6, IPAQIDIO', () => {
  const doc = assertNoErrors(
    'INTERFACE OSAQDIO1 DEFINE IPAQENET PORTNAME OSAPRT1 SOURCEVIPAINTERFACE VIPA1 IPADDR 10.1.1.1/24 MTU 1492 VLANID 10\n' +
      '  VMAC ROUTEALL INBPERF DYNAMIC WORKLOADQ SECCLASS 255 MONSYSPLEX ISOLATE OLM READSTORAGE GLOBAL\n' +
      'INTERFACE OSA6 DEFINE IPAQENET6 PORTNAME OSAPRT1 INTFID 0:0:0:1 IPADDR fd00:1::1 fd00:1::2 TEMPPREFIX ALL\n' +
      'INTERFACE OSA6 ADDTEMPPREFIX fd00:2::/64\n' +
      'INTERFACE VIPA6 DEFINE VIRTUAL6 IPADDR fd00:9::1\n' +
      'INTERFACE IQD1 DEFINE IPAQIDIO CHPID F4 IPADDR 10.9.9.1/24\n',
  );
  const interfaces = doc.statements.filter((s) => s.kind === 'INTERFACE');
  assert.deepEqual(interfaces.map((s) => (s.kind === 'INTERFACE' ? s.addresses.map((a) => a.address).join(',') : '')), [
    '10.1.1.1', 'fd00:1::1,fd00:1::2', '', 'fd00:9::1', '10.9.9.1',
  ]);
});

test('VIPADISTRIBUTE: tier, GRE/CONTROLPORT, SERVERWLM options, HOTSTANDBY options, DELEte, DESTIP options', () => {
  const doc = assertNoErrors(
    'VIPADynamic\n' +
      '  VIPADEFine MOVEable IMMEDiate 255.255.255.255 10.30.50.1 10.30.50.2 10.30.50.3 10.30.50.4\n' +
      '  VIPADISTribute DEFINE TIER1 WASCICS GRE CONTROLPORT 1702 10.30.50.1 PORT 80 DESTIP 10.99.0.1 10.99.0.2\n' +
      '  VIPADISTribute DISTMethod SERVERWLM PROCXCOST ZIIP 5 ZAAP 3 ILWEIGHTING 1 OPTLOCAL 1 SYSPLEXP TIMEDAFF 30 10.30.50.2\n' +
      '     PORT 8000-8010 9443 DESTIP ALL\n' +
      '  VIPADISTribute DISTM HOTSTANDBY NOAUTOSWITCHBACK NOHEALTHSWITCH 10.30.50.3 PORT 443\n' +
      '     DESTIP 10.20.0.1 PREFERRED 10.20.0.2 BACKUP 100 10.20.0.3 BACKUP\n' +
      '  VIPADISTribute DISTM WEIGHTEDA 10.30.50.4 PORT 5000 DESTIP 10.20.0.1 WEIGHT 10 10.20.0.2 WEIGHT 20\n' +
      '  VIPADISTribute DELEte 10.30.50.4 PORT 5000 DESTIP ALL\n' +
      '  VIPADISTribute DEFINE SOMEFUTUREOPTION 10.30.50.2 PORT 7000 DESTIP ALL\n' +
      'ENDVIPADynamic\n',
  );
  const distributes = statementsOf(doc).filter((s) => s.kind === 'VIPADISTRIBUTE');
  assert.deepEqual(distributes.map((s) => (s.kind === 'VIPADISTRIBUTE' ? [s.action, s.distMethod, s.address?.address, s.destinations.length] : [])), [
    ['DEFINE', 'BASEWLM', '10.30.50.1', 2],
    ['DEFINE', 'SERVERWLM', '10.30.50.2', 1],
    ['DEFINE', 'HOTSTANDBY', '10.30.50.3', 3],
    ['DEFINE', 'WEIGHTEDACTIVE', '10.30.50.4', 2],
    ['DELETE', 'BASEWLM', '10.30.50.4', 1],
    ['DEFINE', 'BASEWLM', '10.30.50.2', 1],
  ]);
  const hot = distributes[2];
  assert.deepEqual(hot.kind === 'VIPADISTRIBUTE' && hot.destinations.map((d) => [d.preferred, d.backup, d.backupRank]), [
    [true, false, undefined],
    [false, true, 100],
    [false, true, undefined],
  ]);
});

test('VIPADISTRIBUTE: an IPv6 interface name before PORT is still the DVIPA', () => {
  const doc = assertNoErrors('VIPADYNAMIC\n VIPADEFINE MOVEABLE IMMEDIATE DVIPA6 fd00:50::1\n VIPADISTRIBUTE DEFINE DVIPA6 PORT 443 DESTIP fd00:20::2\nENDVIPADYNAMIC\n');
  const [distribute] = statementsOf(doc).filter((s) => s.kind === 'VIPADISTRIBUTE');
  assert.equal(distribute.kind === 'VIPADISTRIBUTE' && distribute.interfaceName?.text, 'DVIPA6');
});

test('VIPARANGE DELEte, VIPABACKUP with rank and tier, VIPAROUTE and VIPASMPARMS', () => {
  assertNoErrors(
    'VIPADYNAMIC\n' +
      '  VIPARange DELE MOVEable DISRUPTive 255.255.255.0 10.30.60.0\n' +
      '  VIPARANGE DEFINE 255.255.255.0 10.30.70.0 SAF APPL1 ZCX\n' +
      '  VIPABackup 200 TIER2 CPCSCOPE MOVEABLE WHENIDLE 255.255.255.255 10.30.50.9\n' +
      '  VIPAROUTE DEFINE 10.20.0.2 10.40.0.2\n' +
      '  VIPAROUTE DELETE 10.20.0.3 10.40.0.3 EXTRAWORD\n' +
      '  VIPASMparms SMMCAST 224.0.1.2 SMPORT 1637 OTHER\n' +
      'ENDVIPADYNAMIC\n',
  );
});

test('DATASETPREFIX is a recognised statement (older profiles carry it)', () => {
  const doc = parse('DATASETPREFIX TCPIP.V1R6\nHOME 10.1.1.1 ETH1\n');
  assert.deepEqual(doc.findings, []);
  assert.deepEqual(doc.statements.map((s) => (s.kind === 'GENERIC' ? s.name : s.kind)), ['DATASETPREFIX', 'HOME']);
});

test('Telnet profile blocks are read as blocks with a warning, their PORT is not a stack PORT', () => {
  const doc = parse('TELNETPARMS\n  PORT 23\n  INACTIVE 600\nENDTELNETPARMS\nBEGINVTAM\n  PORT 23\n  DEFAULTAPPL TSO\nENDVTAM\nPORT 21 TCP FTPD1\n');
  assert.deepEqual(errors(doc), []);
  assert.deepEqual(doc.findings.map((f) => [f.code, f.severity]), [['unknown-statement', 'warning'], ['unknown-statement', 'warning']]);
  assert.deepEqual(doc.statements.map((s) => (s.kind === 'BLOCK' ? s.name : s.kind)), ['TELNETPARMS', 'BEGINVTAM', 'PORT']);
});

test('generic statements with options from their pages produce no error', () => {
  assertNoErrors(
    'GLOBALCONFIG SYSPLEXMONITOR DELAYJOIN RECOVERY TIMERSECS 60 NOTCPIPSTATISTICS ZIIP IPSECURITY EXPLICITBINDPORTRANGE 5000 1000\n' +
      'TCPCONFIG TCPSENDBFRSIZE 256K TCPRCVBUFRSIZE 256K RESTRICTLOWPORTS SENDGARBAGE FALSE TTLS FINWAIT2TIME 600\n' +
      'UDPCONFIG RESTRICTLOWPORTS UDPCHKSUM\n' +
      'SMFCONFIG TYPE119 TCPINIT TCPTERM PROFILE DVIPA\n' +
      'NETMONITOR SMFSERVICE\n' +
      'SOMAXCONN 1024\nARPAGE 20\nPRIMARYINTERFACE ETH1\nSTART OSAD1\n',
  );
});

test('strict checks still fire: addresses, numbers and keywords where the shape is certain', () => {
  expectAt('IPCONFIG DYNAMICXCF 10.1.1.1 ⟦255.255.0.255⟧ 1', 'syntax-error');
  expectAt('IPCONFIG DYNAMICXCF ⟦fd00::1⟧', 'syntax-error');
  expectAt('IPCONFIG6 DYNAMICXCF ⟦10.1.1.1⟧', 'syntax-error');
  expectAt('IPCONFIG FORMAT ⟦WIDE⟧', 'syntax-error');
  expectAt('PORT 80 ⟦TPC⟧ OMVS', 'syntax-error');
  expectAt('PORT ⟦70000⟧ TCP OMVS', 'syntax-error');
  expectAt('PORT ⟦OMVS⟧ 80 TCP', 'syntax-error');
  expectAt('PORT 443 TCP WEB1 BIND ⟦x.x.x.V⟧', 'syntax-error');
  expectAt('PORTRANGE 1000 ⟦0⟧ TCP OMVS', 'syntax-error');
  expectAt('BEGINROUTES\n ROUTE ⟦DEFAULT7⟧ 10.1.1.254 ETH1 MTU 1500\nENDROUTES', 'syntax-error');
  expectAt('INTERFACE I1 DEFINE IPAQENET IPADDR ⟦fd00::1⟧', 'syntax-error');
  expectAt('HOME 10.1.1.1 ETH1 ⟦10.2.2⟧ ETH2', 'syntax-error');
  expectAt('VIPADYNAMIC\n VIPADISTRIBUTE DISTMETHOD ⟦FASTEST⟧ 10.1.1.1 DESTIP ALL\nENDVIPADYNAMIC', 'syntax-error');
  expectAt('VIPADYNAMIC\n VIPADISTRIBUTE 10.1.1.1 PORT 80 DESTIP 10.2.2.1 ⟦PREFERED⟧\nENDVIPADYNAMIC', 'syntax-error');
  expectAt('VIPADYNAMIC\n VIPAROUTE DEFINE 10.1.1.1 ⟦TARGET⟧\nENDVIPADYNAMIC', 'syntax-error');
  expectAt('VIPADYNAMIC\n VIPASMPARMS SMMCAST ⟦NOWHERE⟧\nENDVIPADYNAMIC', 'syntax-error');
  expectAt('VIPADYNAMIC\n VIPABACKUP 10 MOVEABLE ⟦LATER⟧ 255.255.255.255 10.1.1.1\nENDVIPADYNAMIC', 'syntax-error');
  expectAt('⟦BSDROUTINGPARMS⟧ TRUE\n ETH1 1492 0 255.255.255.0 0\n', 'syntax-error');
});

test('removed and foreign statements stay unknown-statement errors, with IBM-sourced reasons', () => {
  const doc = expectAt('⟦FROBNICATE⟧ 1\n⟦GATEWAY⟧\n 10.0.0.0 = ETH1 1500 0\n⟦ATMLIS⟧ L1\n⟦OBEY⟧ OP1\n⟦ENDOBEY⟧', 'unknown-statement');
  assert.ok(doc.findings.every((f) => f.severity === 'error'));
  assert.match(doc.findings[1].message, /GATEWAY.*V2R2/);
  assert.match(doc.findings[2].message, /ATM.*V2R2/);
});
