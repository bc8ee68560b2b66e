import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loopbackInVipaCheck } from '../../../server/src/analyzer/checks/loopback-in-vipa.js';
import { expectFindingAt, expectNone, runChecks } from './harness.js';

const checks = [loopbackInVipaCheck];

describe('loopback-in-vipa', () => {
  it('reports EZZ0638I for 127.0.0.1 in VIPADYNAMIC statements', () => {
    const run = runChecks(
      {
        'SYSC.tcpip': `VIPADYNAMIC
  VIPADEFINE 255.255.255.255 ⟦127.0.0.1⟧
  VIPABACKUP 10 10.20.1.10 ⟦127.0.0.1⟧
  VIPARANGE DEFINE 255.255.255.255 ⟦127.0.0.1⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const define = expectFindingAt(run, 'loopback-in-vipa', 'error', 'SYSC.tcpip', 0);
    assert.match(define.message, /^EZZ0638I PERMANENT LOOPBACK ADDRESS 127\.0\.0\.1 SPECIFIED ON LINE 2 CANNOT BE USED IN A VIPADEFINE STATEMENT/);
    expectFindingAt(run, 'loopback-in-vipa', 'error', 'SYSC.tcpip', 1);
    assert.match(expectFindingAt(run, 'loopback-in-vipa', 'error', 'SYSC.tcpip', 2).message, /VIPARANGE/);
  });

  it('reports EZZ0344I for 127.0.0.1 in HOME, also in a member nobody includes', () => {
    const run = runChecks(
      {
        'TCPIP.TCPPARMS/HOMES': `DEVICE OSA1 MPCIPA
LINK OSA1L IPAQENET OSA1
HOME
  10.10.1.1 OSA1L
  ⟦127.0.0.1⟧ LOOPBACK
`,
      },
      checks,
    );
    assert.match(expectFindingAt(run, 'loopback-in-vipa', 'error', 'TCPIP.TCPPARMS/HOMES', 0).message, /^EZZ0344I/);
  });

  it('accepts other addresses', () => {
    const run = runChecks({ 'SYSA.tcpip': 'VIPADYNAMIC\n  VIPADEFINE 255.255.255.0 10.20.1.10\n  VIPARANGE DEFINE 255.255.255.0 10.20.2.0\nENDVIPADYNAMIC\n' }, checks);
    expectNone(run, 'loopback-in-vipa');
  });
});
