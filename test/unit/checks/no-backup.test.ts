import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noBackupCheck } from '../../../server/src/analyzer/checks/no-backup.js';
import { expectFindingAt, expectNone, profile, runChecks } from './harness.js';

const checks = [noBackupCheck];
const dynamic = (body: string) => `VIPADYNAMIC\n${body}\nENDVIPADYNAMIC`;

describe('no-backup', () => {
  it('warns on a VIPADEFINE that no other stack backs up, naming the other stacks and the MOVEABLE hint', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.255 ⟦10.20.1.30⟧')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 10 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10')),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'no-backup', 'warning', 'SYSA.tcpip', 0);
    assert.match(finding.message, /SYSB/);
    assert.match(finding.message, /MOVEABLE/);
  });

  it('is satisfied by a VIPABACKUP or a VIPADEFINE on another stack', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 10.20.1.10 10.20.1.40')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10\n  VIPADEFINE 255.255.255.0 10.20.1.40')),
      },
      checks,
    );
    expectNone(run, 'no-backup');
  });

  it('does not count a VIPABACKUP on the same stack', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.10⟧\n  VIPABACKUP 10 10.20.1.10')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 10 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.99')),
      },
      checks,
    );
    expectFindingAt(run, 'no-backup', 'warning', 'SYSA.tcpip', 0);
  });

  it('is information in a one-stack workspace: the other stacks may not be in the workspace', () => {
    const run = runChecks({ 'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.10⟧')) }, checks);
    const finding = expectFindingAt(run, 'no-backup', 'information', 'SYSA.tcpip', 0);
    assert.match(finding.message, /only stack of sysplex default here/);
    assert.match(finding.message, /may not be in the workspace/);
    assert.match(finding.message, /vipa-check\.json/);
  });

  it('is information when the sysplex has one stack, a warning in a sysplex of two', () => {
    const sources = {
      'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.10⟧')),
      'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.20⟧')),
    };
    const apart = runChecks(sources, checks, { stacks: { SYSA: { profile: 'SYSA.tcpip', sysplex: 'P1' }, SYSB: { profile: 'SYSB.tcpip', sysplex: 'P2' } } });
    expectFindingAt(apart, 'no-backup', 'information', 'SYSA.tcpip', 0);
    expectFindingAt(apart, 'no-backup', 'information', 'SYSB.tcpip', 0);
    const together = runChecks(sources, checks);
    expectFindingAt(together, 'no-backup', 'warning', 'SYSA.tcpip', 0);
    expectFindingAt(together, 'no-backup', 'warning', 'SYSB.tcpip', 0);
  });

  it('names the interface an IPv6 VIPABACKUP needs', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE MOVEABLE IMMEDIATE DVIPA6A ⟦2001:db8::10⟧')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', ''),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'no-backup', 'warning', 'SYSA.tcpip', 0);
    assert.match(finding.message, /VIPABACKUP MOVEABLE IMMEDIATE DVIPA6A 2001:db8::10/);
    assert.match(finding.message, /same interface, DVIPA6A/);
  });

  it('says nothing of an address the stack rejects as its own (EZZ8307I)', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 10.10.1.1 ⟦10.20.1.10⟧')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', ''),
      },
      checks,
    );
    assert.deepEqual(run.of('no-backup').map((f) => f.data?.address), ['10.20.1.10']);
  });

  it('adds an information finding on a non-MOVEABLE VIPABACKUP of a DVIPA that no stack VIPADEFINEs', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPABACKUP 50 ⟦10.20.1.80⟧')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 40 ⟦10.20.1.80⟧')),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'no-backup', 'information', 'SYSA.tcpip', 0);
    assert.match(finding.message, /cannot create it when its stack starts first/);
    expectFindingAt(run, 'no-backup', 'information', 'SYSB.tcpip', 0);
  });

  it('gives no information finding when a VIPABACKUP of the DVIPA is MOVEABLE or a stack VIPADEFINEs it', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPABACKUP 50 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.80\n  VIPADEFINE 255.255.255.0 10.20.1.90')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 40 10.20.1.80 10.20.1.90')),
      },
      checks,
    );
    expectNone(run, 'no-backup');
  });

  it('does not count a VIPABACKUP that its stack VIPADELETEs later: that stack no longer backs the DVIPA up', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 ⟦10.20.1.10⟧')),
        'SYSB.tcpip': profile('10.30.1.2', '10.10.1.2', dynamic('  VIPABACKUP 10 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10\n  VIPADELETE 10.20.1.10')),
      },
      checks,
    );
    expectFindingAt(run, 'no-backup', 'warning', 'SYSA.tcpip', 0);
  });

  it('warns once for a DVIPA that is VIPADELETEd and VIPADEFINEd again: on the definition in force', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': profile('10.30.1.1', '10.10.1.1', dynamic('  VIPADEFINE 255.255.255.0 10.20.1.10\n  VIPADELETE 10.20.1.10\n  VIPADEFINE 255.255.255.128 ⟦10.20.1.10⟧')),
      },
      checks,
    );
    assert.equal(run.of('no-backup').length, 1, run.of('no-backup').map((f) => f.message).join('\n'));
    expectFindingAt(run, 'no-backup', 'information', 'SYSA.tcpip', 0);
  });
});
