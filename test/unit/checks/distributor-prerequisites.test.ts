import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distributorPrerequisitesCheck } from '../../../server/src/analyzer/checks/distributor-prerequisites.js';
import { expectFindingAt, expectNone, runChecks } from './harness.js';

const checks = [distributorPrerequisitesCheck];
const block = `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 10.20.1.10
  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN ⟦10.20.1.10⟧ PORT 443 DESTIP ALL
ENDVIPADYNAMIC
`;

describe('distributor-prerequisites', () => {
  it('warns when IPCONFIG lacks SYSPLEXROUTING', () => {
    const run = runChecks({ 'SYSC.tcpip': `IPCONFIG DATAGRAMFWD DYNAMICXCF 10.30.1.3 255.255.255.0 1\n${block}` }, checks);
    const finding = expectFindingAt(run, 'distributor-prerequisites', 'warning', 'SYSC.tcpip', 0);
    assert.match(finding.message, /SYSPLEXROUTING/);
    assert.doesNotMatch(finding.message, /DYNAMICXCF/);
  });

  it('warns when the stack has no DYNAMICXCF', () => {
    const run = runChecks({ 'SYSC.tcpip': `IPCONFIG SYSPLEXROUTING\n${block}` }, checks);
    const finding = expectFindingAt(run, 'distributor-prerequisites', 'warning', 'SYSC.tcpip', 0);
    assert.match(finding.message, /DYNAMICXCF/);
    assert.doesNotMatch(finding.message, /SYSPLEXROUTING/);
  });

  it('is quiet when both are present, or when the stack does not distribute', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.30.1.1 255.255.255.0 1\n${block}`,
        'SYSB.tcpip': 'IPCONFIG DATAGRAMFWD\nVIPADYNAMIC\n  VIPABACKUP 10 10.20.1.10\nENDVIPADYNAMIC\n',
      },
      checks,
    );
    expectNone(run, 'distributor-prerequisites');
  });

  it('counts a DYNAMICXCF whose address is a system symbol without a value: it is coded, only its value is unknown', () => {
    const run = runChecks({ 'SYSC.tcpip': `IPCONFIG SYSPLEXROUTING DYNAMICXCF &XCFIP. 255.255.255.0 1\n${block}` }, checks);
    expectNone(run, 'distributor-prerequisites');
  });
});
