import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distributeUndefinedDvipaCheck } from '../../../server/src/analyzer/checks/distribute-undefined-dvipa.js';
import { expectFindingAt, expectNone, profile, runChecks } from './harness.js';

const checks = [distributeUndefinedDvipaCheck];

describe('distribute-undefined-dvipa', () => {
  it('reports a VIPADISTRIBUTE DEFINE for an address the stack does not define', () => {
    const run = runChecks(
      {
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', `VIPADYNAMIC
  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.20
  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN ⟦10.20.1.70⟧ PORT 8443
    DESTIP ALL
ENDVIPADYNAMIC`),
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n  VIPADEFINE 255.255.255.0 10.20.1.70\nENDVIPADYNAMIC'),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'distribute-undefined-dvipa', 'error', 'SYSB.tcpip', 0);
    assert.match(finding.message, /SYSB/);
    assert.equal(run.of('distribute-undefined-dvipa').length, 1);
  });

  it('accepts a DVIPA defined by VIPADEFINE or VIPABACKUP, and ignores VIPADISTRIBUTE DELETE', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 10.20.1.20
  VIPABACKUP 10 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.21
  VIPADISTRIBUTE DEFINE 10.20.1.20 PORT 443 DESTIP ALL
  VIPADISTRIBUTE DEFINE 10.20.1.21 PORT 443 DESTIP ALL
  VIPADISTRIBUTE DELETE 10.20.1.99 PORT 443 DESTIP ALL
ENDVIPADYNAMIC`),
      },
      checks,
    );
    expectNone(run, 'distribute-undefined-dvipa');
  });
});
