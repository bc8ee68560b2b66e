import { describe, it } from 'node:test';
import { rankOutOfRangeCheck } from '../../../server/src/analyzer/checks/rank-out-of-range.js';
import { expectFindingAt, expectNone, runChecks } from './harness.js';

const checks = [rankOutOfRangeCheck];

describe('rank-out-of-range', () => {
  it('reports ranks 0 and 300 on the rank operand', () => {
    const run = runChecks(
      {
        'SYSC.tcpip': `VIPADYNAMIC
  VIPABACKUP ⟦300⟧ MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10
  VIPABACKUP ⟦0⟧ 10.20.1.11
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    expectFindingAt(run, 'rank-out-of-range', 'error', 'SYSC.tcpip', 0);
    expectFindingAt(run, 'rank-out-of-range', 'error', 'SYSC.tcpip', 1);
  });

  it('accepts 1, 254 and an omitted rank', () => {
    const run = runChecks({ 'SYSC.tcpip': 'VIPADYNAMIC\n  VIPABACKUP 1 10.20.1.10\n  VIPABACKUP 254 10.20.1.11\n  VIPABACKUP 10.20.1.12\nENDVIPADYNAMIC\n' }, checks);
    expectNone(run, 'rank-out-of-range');
  });
});
