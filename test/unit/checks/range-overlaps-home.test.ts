import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rangeOverlapsHomeCheck } from '../../../server/src/analyzer/checks/range-overlaps-home.js';
import { expectFindingAt, expectNone, expectRelatedAt, profile, runChecks } from './harness.js';

const checks = [rangeOverlapsHomeCheck];

describe('range-overlaps-home', () => {
  it('warns once on a shared VIPARANGE containing static VIPAs of several stacks, naming stacks and addresses', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'INTERFACE VIPAA1 DEFINE VIRTUAL IPADDR ⟦10.20.0.1⟧\nINCLUDE TCPIP.TCPPARMS(VIPARNG)'),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', 'INTERFACE VIPAB1 DEFINE VIRTUAL IPADDR ⟦10.20.0.2⟧\nINCLUDE TCPIP.TCPPARMS(VIPARNG)'),
        'TCPIP.TCPPARMS/VIPARNG': `VIPADYNAMIC
  VIPARANGE DEFINE 255.255.255.0 ⟦10.20.0.0⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const finding = expectFindingAt(run, 'range-overlaps-home', 'warning', 'TCPIP.TCPPARMS/VIPARNG', 0);
    assert.match(finding.message, /10\.20\.0\.1 \(static VIPA of SYSA\)/);
    assert.match(finding.message, /10\.20\.0\.2 \(static VIPA of SYSB\)/);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 0);
    expectRelatedAt(finding, run, 'SYSB.tcpip', 0);
    assert.equal(run.of('range-overlaps-home').length, 1);
  });

  it("warns on a range of one stack containing another stack's DYNAMICXCF address", () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n  VIPARANGE DEFINE 255.255.255.240 ⟦10.30.2.0⟧\nENDVIPADYNAMIC'),
        'SYSB.tcpip': profile('10.30.2.5', '10.10.1.2', ''),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'range-overlaps-home', 'warning', 'SYSA.tcpip', 0);
    assert.match(finding.message, /10\.30\.2\.5 \(DYNAMICXCF address of SYSB\)/);
  });

  it('ignores ranges clear of home addresses and deleted ranges', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPARANGE DEFINE 255.255.255.0 10.20.2.0
  VIPARANGE DEFINE 255.255.255.0 10.10.1.0
  VIPARANGE DELETE 255.255.255.0 10.10.1.0
ENDVIPADYNAMIC`),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', ''),
      },
      checks,
    );
    expectNone(run, 'range-overlaps-home');
  });
});
