/**
 * The existing checks moved onto the takeover model: no-backup across TCP/IP subplexes, and
 * bind-not-covered where only a VIPABACKUP covers the address.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noBackupCheck } from '../../../server/src/analyzer/checks/no-backup.js';
import { bindNotCoveredCheck } from '../../../server/src/analyzer/checks/bind-not-covered.js';
import { expectFindingAt, expectNone, profile, runChecks } from './harness.js';

const dynamic = (body: string) => `VIPADYNAMIC\n${body}\nENDVIPADYNAMIC`;
const SERVER = 'servers/app/server.xml';
const endpointXml = (host: string) => `<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="${host}" httpPort="9080" httpsPort="-1"/>\n</server>`;

describe('no-backup across subplexes', () => {
  it('warns when the only backup is in another TCP/IP subplex', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': `GLOBALCONFIG XCFGRPID 21\n${profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.10⟧'))}`,
        'SYSB.tcpip': `GLOBALCONFIG XCFGRPID 22\n${profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 100 10.20.1.10'))}`,
      },
      [noBackupCheck],
    );
    const finding = expectFindingAt(run, 'no-backup', 'warning', 'SYSA.tcpip', 0);
    assert.match(finding.message, /only SYSB backs it up, in another TCP\/IP subplex/);
  });

  it('is satisfied by a backup in the same subplex, and by one whose XCFGRPID is an unresolved symbol', () => {
    const same = runChecks(
      {
        'SYSA.tcpip': `GLOBALCONFIG XCFGRPID 21\n${profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 10.20.1.10'))}`,
        'SYSB.tcpip': `GLOBALCONFIG XCFGRPID 21\n${profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 100 10.20.1.10'))}`,
      },
      [noBackupCheck],
    );
    expectNone(same, 'no-backup');
    const unknown = runChecks(
      {
        'SYSA.tcpip': `GLOBALCONFIG XCFGRPID 21\n${profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 10.20.1.10'))}`,
        'SYSB.tcpip': `GLOBALCONFIG XCFGRPID &GRP.\n${profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 100 10.20.1.10'))}`,
      },
      [noBackupCheck],
    );
    expectNone(unknown, 'no-backup');
  });
});

describe('bind-not-covered with VIPABACKUPs', () => {
  const a = (body: string) => profile('10.30.1.1', '10.10.1.1', dynamic(body));
  const b = (body: string) => profile('10.30.1.2', '10.10.1.2', dynamic(body));

  it('warns when the server may run only where a VIPABACKUP without MOVEABLE holds the address after a takeover', () => {
    const run = runChecks(
      { 'SYSA.tcpip': a('  VIPADEFINE 255.255.255.0 10.20.1.10'), 'SYSB.tcpip': b('  VIPABACKUP 100 10.20.1.10'), [SERVER]: endpointXml('⟦10.20.1.10⟧') },
      [bindNotCoveredCheck],
      { servers: { app: { stacks: ['SYSB'] } } },
    );
    const finding = expectFindingAt(run, 'bind-not-covered', 'warning', SERVER, 0);
    assert.match(finding.message, /only as a VIPABACKUP without MOVEABLE/);
    assert.match(finding.message, /before a takeover the bind fails \(EADDRNOTAVAIL\)/);
  });

  it('says in the related information that the backup holds it only after a takeover', () => {
    const run = runChecks(
      { 'SYSA.tcpip': a('  VIPADEFINE 255.255.255.0 10.20.1.10'), 'SYSB.tcpip': b('  VIPABACKUP 100 10.20.1.10'), [SERVER]: endpointXml('10.20.1.10') },
      [bindNotCoveredCheck],
    );
    expectNone(run, 'bind-not-covered');
    const withHome = runChecks(
      { 'SYSA.tcpip': a('  VIPADEFINE 255.255.255.0 10.20.1.10'), 'SYSB.tcpip': b('  VIPABACKUP 100 10.20.1.10'), 'SYSC.tcpip': profile('10.30.1.3', '10.10.1.3', ''), [SERVER]: endpointXml('⟦10.20.1.10⟧') },
      [bindNotCoveredCheck],
    );
    const finding = expectFindingAt(withHome, 'bind-not-covered', 'warning', SERVER, 0);
    assert.ok(finding.related?.some((r) => /SYSB: 10\.20\.1\.10 is a VIPABACKUP DVIPA.*held only after SYSB takes it over: before that the bind fails there/.test(r.message)), JSON.stringify(finding.related));
  });

  it('does not count a VIPABACKUP that never holds the DVIPA (no VIPADEFINE, no MOVEABLE): error', () => {
    const run = runChecks(
      { 'SYSA.tcpip': a(''), 'SYSB.tcpip': b('  VIPABACKUP 100 10.20.1.80'), [SERVER]: endpointXml('⟦10.20.1.80⟧') },
      [bindNotCoveredCheck],
    );
    const finding = expectFindingAt(run, 'bind-not-covered', 'error', SERVER, 0);
    assert.match(finding.message, /on SYSB it is only a VIPABACKUP, and no stack VIPADEFINEs 10\.20\.1\.80 and no VIPABACKUP of it has MOVEABLE/);
  });

  it('does not count a VIPABACKUP in another subplex', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': `GLOBALCONFIG XCFGRPID 21\n${a('  VIPADEFINE 255.255.255.0 10.20.1.10')}`,
        'SYSB.tcpip': `GLOBALCONFIG XCFGRPID 22\n${b('  VIPABACKUP 100 10.20.1.10')}`,
        [SERVER]: endpointXml('⟦10.20.1.10⟧'),
      },
      [bindNotCoveredCheck],
    );
    const finding = expectFindingAt(run, 'bind-not-covered', 'warning', SERVER, 0);
    assert.deepEqual(finding.data?.missingStacks, ['SYSB']);
    assert.match(finding.message, /another TCP\/IP subplex/);
  });
});
