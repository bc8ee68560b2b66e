/**
 * bind-not-covered, bind-all-interfaces, bind-loopback and host-unresolved on small two-stack
 * sysplexes, run through the real parser, model and VipaWorkspace.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bindNotCoveredCheck } from '../../../server/src/analyzer/checks/bind-not-covered.js';
import { bindAllInterfacesCheck } from '../../../server/src/analyzer/checks/bind-all-interfaces.js';
import { bindLoopbackCheck } from '../../../server/src/analyzer/checks/bind-loopback.js';
import { hostUnresolvedCheck } from '../../../server/src/analyzer/checks/host-unresolved.js';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { describeFindings, expectFindingAt, expectNone, expectRelatedAt, profile, runChecks } from '../checks/harness.js';

const checks = [bindNotCoveredCheck, bindAllInterfacesCheck, bindLoopbackCheck, hostUnresolvedCheck];
const SERVER = 'servers/app/server.xml';

function sysA(body: string): string {
  return profile('10.30.1.1', '10.10.1.1', body);
}
function sysB(body: string): string {
  return profile('10.30.1.2', '10.10.1.2', body);
}
const vipa = (lines: string) => `VIPADYNAMIC\n${lines}\nENDVIPADYNAMIC`;
const endpointXml = (host: string, extra = '') => `<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="${host}" httpPort="9080" httpsPort="9443"${extra}/>\n</server>`;

function run(a: string, b: string, serverXml: string, config?: WorkspaceConfig, more: Record<string, string> = {}) {
  return runChecks({ 'SYSA.tcpip': a, 'SYSB.tcpip': b, [SERVER]: serverXml, ...more }, checks, config);
}

describe('bind-not-covered', () => {
  it('home address: bindable where it is home; the other stack is named', () => {
    const r = run(sysA(''), sysB(''), endpointXml('⟦10.10.1.1⟧'));
    const finding = expectFindingAt(r, 'bind-not-covered', 'warning', SERVER, 0);
    assert.deepEqual(finding.data?.missingStacks, ['SYSB']);
    assert.deepEqual(finding.data?.coveredStacks, ['SYSA']);
    assert.match(finding.message, /restart on SYSB would fail/);
    const onlyA = run(sysA(''), sysB(''), endpointXml('10.10.1.1'), { servers: { app: { stacks: ['SYSA'] } } });
    expectNone(onlyA, 'bind-not-covered');
  });

  it('VIPADEFINE on one stack and VIPABACKUP on the other: covered everywhere', () => {
    const r = run(sysA(vipa('  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10')), sysB(vipa('  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10')), endpointXml('10.20.1.10'));
    expectNone(r, 'bind-not-covered');
  });

  it('VIPADEFINE on one stack only: warning with related information to the covering statement', () => {
    const r = run(sysA(vipa('  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 ⟦10.20.1.10⟧')), sysB(''), endpointXml('⟦10.20.1.10⟧'));
    const finding = expectFindingAt(r, 'bind-not-covered', 'warning', SERVER, 0);
    expectRelatedAt(finding, r, 'SYSA.tcpip', 0);
    assert.deepEqual(finding.data?.missingStacks, ['SYSB']);
  });

  it('VIPARANGE on both stacks: covered', () => {
    const range = vipa('  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.20.2.0');
    expectNone(run(sysA(range), sysB(range), endpointXml('10.20.2.15')), 'bind-not-covered');
  });

  it('most specific range decides the SAF resource the server needs', () => {
    const ranges = vipa('  VIPARANGE DEFINE 255.255.0.0 10.20.0.0\n  VIPARANGE DEFINE 255.255.255.255 ⟦10.20.3.5⟧ SAF ZOSCONN');
    const config: WorkspaceConfig = { stacks: { SYSA: { profile: 'SYSA.tcpip', system: 'SYSA', tcpName: 'TCPIPA' }, SYSB: { profile: 'SYSB.tcpip' } } };
    const r = run(sysA(ranges), sysB(vipa('  VIPARANGE DEFINE 255.255.0.0 10.20.0.0')), endpointXml('⟦10.20.3.5⟧'), config);
    expectNone({ ...r, of: (code) => r.of(code).filter((f) => f.severity !== 'information') }, 'bind-not-covered');
    const info = expectFindingAt(r, 'bind-not-covered', 'information', SERVER, 0);
    assert.match(info.message, /EZB\.BINDDVIPARANGE\.SYSA\.TCPIPA\.ZOSCONN/);
    assert.doesNotMatch(info.message, /SYSB/);
    expectRelatedAt(info, r, 'SYSA.tcpip', 0);
  });

  it('a deleted range no longer covers', () => {
    const range = '  VIPARANGE DEFINE 255.255.255.0 10.20.2.0';
    const r = run(sysA(vipa(range)), sysB(vipa(`${range}\n  VIPARANGE DELETE 255.255.255.0 10.20.2.0`)), endpointXml('⟦10.20.2.15⟧'));
    const finding = expectFindingAt(r, 'bind-not-covered', 'warning', SERVER, 0);
    assert.deepEqual(finding.data?.missingStacks, ['SYSB']);
  });

  it('a VIPADISTRIBUTE target can bind the distributed DVIPA', () => {
    const a = sysA(vipa('  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.20\n  VIPADISTRIBUTE DEFINE 10.20.1.20 PORT 9443 DESTIP ALL'));
    expectNone(run(a, sysB(''), endpointXml('10.20.1.20')), 'bind-not-covered');
  });

  it('host="*" with PORT ... BIND: the BIND address is what must be covered', () => {
    const bindA = (address: string) => `PORT\n  9080 TCP LIBJOB BIND ${address}\n`;
    const uncovered = run(sysA(bindA('⟦10.20.9.9⟧')), sysB(''), endpointXml('⟦*⟧'), { servers: { app: { jobName: 'LIBJOB' } } });
    const finding = expectFindingAt(uncovered, 'bind-not-covered', 'warning', SERVER, 0);
    assert.equal(finding.data?.address, '10.20.9.9');
    assert.deepEqual(finding.data?.missingStacks, ['SYSA']);
    expectRelatedAt(finding, uncovered, 'SYSA.tcpip', 0);

    const covered = run(sysA(`${bindA('10.20.1.10')}${vipa('  VIPADEFINE 255.255.255.0 10.20.1.10')}`), sysB(''), endpointXml('*'), { servers: { app: { jobName: 'LIBJOB' } } });
    expectNone(covered, 'bind-not-covered');
    const otherJob = run(sysA(bindA('10.20.9.9')), sysB(''), endpointXml('*'), { servers: { app: { jobName: 'OTHERJOB' } } });
    expectNone(otherJob, 'bind-not-covered');
  });

  it('host="*" with PORT ... OMVS BIND: OMVS stands for any z/OS UNIX job, so the BIND applies to the Liberty job too', () => {
    const omvs = `PORT\n  9080 TCP OMVS BIND ⟦10.20.9.9⟧\n`;
    const r = run(sysA(omvs), sysB(''), endpointXml('⟦*⟧'), { servers: { app: { jobName: 'LIBJOB' } } });
    const finding = expectFindingAt(r, 'bind-not-covered', 'warning', SERVER, 0);
    assert.equal(finding.data?.address, '10.20.9.9');
    assert.deepEqual(finding.data?.missingStacks, ['SYSA']);
  });

  it('bindable nowhere: error on the attribute value', () => {
    const r = run(sysA(''), sysB(''), endpointXml('⟦10.99.1.1⟧'));
    const finding = expectFindingAt(r, 'bind-not-covered', 'error', SERVER, 0);
    assert.deepEqual(finding.data?.missingStacks, ['SYSA', 'SYSB']);
    assert.deepEqual(finding.data?.coveredStacks, []);
  });

  it('a host from bootstrap.properties is reported on the definition, with related information to the attribute', () => {
    const r = run(sysA(''), sysB(''), endpointXml('⟦${app.ip}⟧'), undefined, { 'servers/app/bootstrap.properties': 'app.ip=⟦10.99.1.1⟧\n' });
    const finding = expectFindingAt(r, 'bind-not-covered', 'error', 'servers/app/bootstrap.properties', 0);
    expectRelatedAt(finding, r, SERVER, 0);
  });

  it('says nothing without stacks, for loopback, or for unresolved hosts', () => {
    const none = runChecks({ [SERVER]: endpointXml('10.99.1.1') }, checks);
    expectNone(none, 'bind-not-covered');
    expectNone(run(sysA(''), sysB(''), endpointXml('localhost')), 'bind-not-covered');
    expectNone(run(sysA(''), sysB(''), endpointXml('app.example.com')), 'bind-not-covered');
  });
});

describe('bind-all-interfaces, bind-loopback, host-unresolved', () => {
  it('host="*" names the DVIPAs of the stacks where it may run', () => {
    const r = run(sysA(vipa('  VIPADEFINE 255.255.255.0 10.20.1.10')), sysB(vipa('  VIPABACKUP 10 10.20.1.10')), endpointXml('⟦*⟧'));
    const finding = expectFindingAt(r, 'bind-all-interfaces', 'information', SERVER, 0);
    assert.match(finding.message, /SYSA: 10\.20\.1\.10 \(VIPADEFINE\)/);
    assert.match(finding.message, /SYSB: 10\.20\.1\.10 \(VIPABACKUP\)/);
    expectNone(r, 'bind-not-covered');
  });

  it('host="*" names only DVIPAs still active, at the definition in force', () => {
    const body = vipa(['  VIPADEFINE 255.255.255.0 10.20.1.10', '  VIPADEFINE 255.255.255.0 10.20.1.11', '  VIPADELETE 10.20.1.10', '  VIPADELETE 10.20.1.11', '  VIPADEFINE 255.255.255.0 ⟦10.20.1.11⟧'].join('\n'));
    const r = run(sysA(body), sysB(''), endpointXml('⟦*⟧'));
    const finding = expectFindingAt(r, 'bind-all-interfaces', 'information', SERVER, 0);
    assert.match(finding.message, /SYSA: 10\.20\.1\.11 \(VIPADEFINE\);/);
    assert.deepEqual(finding.data?.dvipas, ['10.20.1.11']);
    expectRelatedAt(finding, r, 'SYSA.tcpip', 0);
  });

  it('localhost, 127.0.0.1, ::1 and the built-in default are loopback', () => {
    for (const host of ['localhost', '127.0.0.1', '::1']) {
      const r = run(sysA(''), sysB(''), endpointXml(`⟦${host}⟧`));
      expectFindingAt(r, 'bind-loopback', 'information', SERVER, 0);
    }
    const builtIn = run(sysA(''), sysB(''), '<⟦server⟧/>');
    const finding = expectFindingAt(builtIn, 'bind-loopback', 'information', SERVER, 0);
    assert.match(finding.message, /no host attribute/);
  });

  it('a host name missing from the hosts map is information only; a mapped one is checked', () => {
    const r = run(sysA(''), sysB(''), endpointXml('⟦app.example.com⟧'));
    const finding = expectFindingAt(r, 'host-unresolved', 'information', SERVER, 0);
    assert.match(finding.message, /app\.example\.com/);
    assert.equal(r.findings.filter((f) => f.severity !== 'information').length, 0, describeFindings(r.findings));
    const mapped = run(sysA(''), sysB(''), endpointXml('⟦APP.example.com⟧'), { hosts: { 'app.example.com': '10.99.1.1' } });
    expectNone(mapped, 'host-unresolved');
    expectFindingAt(mapped, 'bind-not-covered', 'error', SERVER, 0);
  });
});
