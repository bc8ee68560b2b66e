import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateVipaAcrossStacksCheck, duplicateVipaInStackCheck } from '../../../server/src/analyzer/checks/duplicate-vipa.js';
import { expectFindingAt, expectNone, expectRelatedAt, profile, runChecks } from './harness.js';

const checks = [duplicateVipaInStackCheck, duplicateVipaAcrossStacksCheck];

describe('duplicate-vipa: one stack', () => {
  it('reports a second VIPADEFINE/VIPABACKUP of the same DVIPA as an error, related to the first', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 ⟦10.20.1.50⟧
  VIPADEFINE 255.255.255.255 ⟦10.20.1.50⟧
ENDVIPADYNAMIC`),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSA.tcpip', 1);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 0);
    assert.match(finding.message, /VIPADELETE/);
    assert.equal(run.of('duplicate-vipa').length, 1);
  });

  it('reports an identical repeat, which the stack ignores, as a warning', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 ⟦10.20.1.10⟧
ENDVIPADYNAMIC
VIPADYNAMIC
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 ⟦10.20.1.10⟧
ENDVIPADYNAMIC`),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'warning', 'SYSA.tcpip', 1);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 0);
    assert.match(finding.message, /ignores/);
  });

  it('treats VIPABACKUP after VIPADEFINE of the same address as an error', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 ⟦10.20.1.50⟧
  VIPABACKUP 10 ⟦10.20.1.50⟧
ENDVIPADYNAMIC`),
      },
      checks,
    );
    expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSA.tcpip', 1);
  });

  it('accepts a redefinition after a VIPADELETE', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 10.20.1.60
  VIPADELETE 10.20.1.60
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.60
ENDVIPADYNAMIC`),
      },
      checks,
    );
    expectNone(run, 'duplicate-vipa');
  });

  it('follows INCLUDE processing order: a VIPADELETE in a member between the two definitions counts', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 10.20.1.60
ENDVIPADYNAMIC
INCLUDE TCPIP.TCPPARMS(DELS)
VIPADYNAMIC
  VIPADEFINE 255.255.255.255 10.20.1.60
ENDVIPADYNAMIC`),
        'TCPIP.TCPPARMS/DELS': `VIPADYNAMIC
  VIPADELETE 10.20.1.60
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    expectNone(run, 'duplicate-vipa');
  });

  it('reports a repeat that lives in an INCLUDE member', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', `VIPADYNAMIC
  VIPADEFINE 255.255.255.0 ⟦10.20.1.50⟧
ENDVIPADYNAMIC
INCLUDE TCPIP.TCPPARMS(MORE)`),
        'TCPIP.TCPPARMS/MORE': `VIPADYNAMIC
  VIPABACKUP 20 MOVEABLE IMMEDIATE 255.255.255.0 ⟦10.20.1.50⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'error', 'TCPIP.TCPPARMS/MORE', 0);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 0);
  });

  it('reports EZZ8307I for a DVIPA that is already a HOME address of the stack', () => {
    const run = runChecks(
      {
        'SYSB.tcpip': `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.30.1.2 255.255.255.0 1
DEVICE OSAB1 MPCIPA
LINK OSAB1L IPAQENET OSAB1
HOME
  ⟦10.10.1.2⟧ OSAB1L
VIPADYNAMIC
  VIPABACKUP 90 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10 ⟦10.10.1.2⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSB.tcpip', 1);
    assert.match(finding.message, /^EZZ8307I 10\.10\.1\.2 IS ALREADY DEFINED/);
    expectRelatedAt(finding, run, 'SYSB.tcpip', 0);
  });

  it('reports EZZ8307I for a DVIPA equal to the DYNAMICXCF address', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': `IPCONFIG SYSPLEXROUTING DYNAMICXCF ⟦10.30.1.1⟧ 255.255.255.0 1
VIPADYNAMIC
  VIPADEFINE 255.255.255.0 ⟦10.30.1.1⟧
ENDVIPADYNAMIC
`,
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSA.tcpip', 1);
    assert.match(finding.message, /EZZ8307I/);
    assert.match(finding.message, /DYNAMICXCF/);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 0);
  });
});

describe('duplicate-vipa: across stacks', () => {
  it('reports the same static VIPA on two stacks on each, related to the other', () => {
    const run = runChecks(
      {
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', 'INTERFACE VIPAB1 DEFINE VIRTUAL IPADDR ⟦10.20.0.2⟧'),
        'SYSC.tcpip': profile('10.30.1.3', '10.10.1.3', 'INTERFACE VIPAC1 DEFINE VIRTUAL IPADDR ⟦10.20.0.2⟧'),
      },
      checks,
    );
    const onB = expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSB.tcpip', 0);
    const onC = expectFindingAt(run, 'duplicate-vipa', 'error', 'SYSC.tcpip', 0);
    expectRelatedAt(onB, run, 'SYSC.tcpip', 0);
    expectRelatedAt(onC, run, 'SYSB.tcpip', 0);
    assert.match(onB.message, /static VIPA/);
    assert.match(onC.message, /SYSB/);
    assert.equal(run.of('duplicate-vipa').length, 2);
  });

  it('reports a home address that a shared member gives to two stacks once', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': 'INCLUDE TCPIP.TCPPARMS(HOMES)\n',
        'SYSB.tcpip': 'INCLUDE TCPIP.TCPPARMS(HOMES)\n',
        'TCPIP.TCPPARMS/HOMES': 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR ⟦10.20.0.9⟧\n',
      },
      checks,
    );
    const finding = expectFindingAt(run, 'duplicate-vipa', 'error', 'TCPIP.TCPPARMS/HOMES', 0);
    assert.match(finding.message, /INCLUDEd by stacks SYSA and SYSB/);
    assert.equal(run.of('duplicate-vipa').length, 1);
  });

  it('warns when two stacks VIPADEFINE the same DVIPA, saying only one can own it', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 ⟦10.20.1.40⟧\nENDVIPADYNAMIC'),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 ⟦10.20.1.40⟧\nENDVIPADYNAMIC'),
      },
      checks,
    );
    const onA = expectFindingAt(run, 'duplicate-vipa', 'warning', 'SYSA.tcpip', 0);
    const onB = expectFindingAt(run, 'duplicate-vipa', 'warning', 'SYSB.tcpip', 0);
    expectRelatedAt(onA, run, 'SYSB.tcpip', 0);
    expectRelatedAt(onB, run, 'SYSA.tcpip', 0);
    assert.match(onA.message, /only one stack can own it; the other takes it over only on failure/);
  });

  it('accepts VIPADEFINE on one stack and VIPABACKUP on another, and distinct home addresses', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.20.1.40\nENDVIPADYNAMIC'),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', 'VIPADYNAMIC\n VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.40\nENDVIPADYNAMIC'),
      },
      checks,
    );
    expectNone(run, 'duplicate-vipa');
  });

  it('does not compare stacks of different sysplexes', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.20.1.40\nENDVIPADYNAMIC'),
        'SYSB.tcpip': profile('10.30.1.1', '10.10.1.1', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.20.1.40\nENDVIPADYNAMIC'),
      },
      checks,
      {
        stacks: {
          TCPIPA: { profile: 'SYSA.tcpip', sysplex: 'PLEX1' },
          TCPIPB: { profile: 'SYSB.tcpip', sysplex: 'PLEX2' },
        },
      },
    );
    expectNone(run, 'duplicate-vipa');
  });
});
