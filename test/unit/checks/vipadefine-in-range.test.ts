import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { vipadefineInRangeCheck } from '../../../server/src/analyzer/checks/vipadefine-in-range.js';
import { expectFindingAt, expectNone, expectRelatedAt, profile, runChecks } from './harness.js';

const checks = [vipadefineInRangeCheck];

describe('vipadefine-in-range', () => {
  it('warns on a VIPADEFINE inside a VIPARANGE of the same stack (range in an INCLUDE member)', () => {
    const run = runChecks(
      {
        'SYSC.tcpip': profile('10.30.1.3', '10.10.1.3', `INCLUDE TCPIP.TCPPARMS(VIPARNG)
VIPADYNAMIC
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 ⟦10.20.2.99⟧
  VIPABACKUP 10 ⟦10.20.2.98⟧
ENDVIPADYNAMIC`),
        'TCPIP.TCPPARMS/VIPARNG': `VIPADYNAMIC
  ⟦VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.20.2.0⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const finding = expectFindingAt(run, 'vipadefine-in-range', 'warning', 'SYSC.tcpip', 0);
    expectRelatedAt(finding, run, 'TCPIP.TCPPARMS/VIPARNG', 0);
    assert.match(finding.message, /10\.20\.2\.0\/24/);
    expectFindingAt(run, 'vipadefine-in-range', 'warning', 'SYSC.tcpip', 1);
  });

  it('ignores addresses outside the ranges, ranges of other stacks and deleted ranges', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPARANGE DEFINE 255.255.255.0 10.20.2.0
  VIPARANGE DEFINE 255.255.255.0 10.20.4.0
  VIPARANGE DELETE 255.255.255.0 10.20.4.0
  VIPADEFINE 255.255.255.0 10.20.3.1 10.20.4.1
ENDVIPADYNAMIC`),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 10.20.2.5
ENDVIPADYNAMIC`),
      },
      checks,
    );
    expectNone(run, 'vipadefine-in-range');
  });
});
