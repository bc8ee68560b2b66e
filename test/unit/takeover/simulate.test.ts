/**
 * The takeover model and the failover simulation on small sysplexes written for each rule: rank
 * order and ties, MOVEABLE modes, ranges on one stack vs several, distributed DVIPAs with backup
 * distributors, several stacks down, subplexes and CPC scope, and Liberty endpoint fates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { simulateFailover, failoverCounts, resolveStackNames, formatWhatIfText, type AddressFate, type WhatIfResult } from '../../../server/src/analyzer/takeover/index.js';
import { runChecks } from '../checks/harness.js';
import { ALL_CHECKS } from '../../../server/src/analyzer/checks/index.js';
import { stackProfile as stack } from '../../helpers/stack-profiles.js';

function model(sources: Record<string, string>, config?: WorkspaceConfig) {
  return runChecks(sources, [], config).result.takeover;
}

function simulate(sources: Record<string, string>, down: string[], config?: WorkspaceConfig): WhatIfResult {
  return simulateFailover(model(sources, config), down);
}

function fate(result: WhatIfResult, address: string): AddressFate {
  const found = result.addresses.filter((f) => f.address === address);
  assert.equal(found.length, 1, `one fate for ${address}: ${JSON.stringify(result.addresses.map((f) => f.address))}`);
  return found[0];
}

const endpoint = (host: string) => `<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="${host}" httpPort="9080" httpsPort="-1"/>\n</server>`;

describe('takeover model', () => {
  it('orders backups by rank, highest first, and keeps the owner apart', () => {
    const m = model({
      'SYSA.tcpip': stack(1, '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 50 10.20.1.10'),
      'SYSC.tcpip': stack(3, '  VIPABACKUP 200 10.20.1.10'),
      'SYSD.tcpip': stack(4, '  VIPABACKUP 10.20.1.10'),
    });
    const dvipa = m.dvipas.find((d) => d.address === '10.20.1.10')!;
    assert.deepEqual(dvipa.owners.map((d) => d.stack), ['SYSA']);
    assert.deepEqual(dvipa.backups.map((d) => [d.stack, d.rank]), [['SYSC', 200], ['SYSB', 50], ['SYSD', 1]]);
    assert.equal(dvipa.takeback, 'IMMEDIATE');
    // Plain data (no Maps, no cycles): a JSON round trip keeps everything.
    const json = JSON.stringify(m);
    assert.equal(JSON.stringify(JSON.parse(json)), json);
    assert.ok(json.includes('"rank":200'));
  });

  it('reads GLOBALCONFIG XCFGRPID into the subplex and the CPC from the config', () => {
    const m = model(
      { 'SYSA.tcpip': stack(1, '', 'GLOBALCONFIG NOTCPIPSTATISTICS XCFGRPID 21'), 'SYSB.tcpip': stack(2, '') },
      { stacks: { SYSA: { profile: 'SYSA.tcpip', cpc: 'cpc1' } } },
    );
    const [a, b] = ['SYSA', 'SYSB'].map((name) => m.stacks.find((s) => s.name === name)!);
    assert.equal(a.xcfGroupId, 21);
    assert.equal(b.xcfGroupId, undefined);
    assert.notEqual(a.subplex, b.subplex);
    assert.equal(a.cpc, 'CPC1');
  });

  it('an address a stack rejects as its own (EZZ8307I) is no DVIPA: not in the model, and it backs nothing up', () => {
    const sources = {
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10'),
      // 10.20.1.10 is SYSB's static VIPA and 10.10.1.2 its OSA address: SYSB ignores both VIPABACKUPs.
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10\n  VIPABACKUP 100 10.10.1.2', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.1.10'),
    };
    const run = runChecks(sources, ALL_CHECKS);
    const m = run.result.takeover;
    assert.equal(m.dvipas.find((d) => d.address === '10.10.1.2'), undefined);
    const dvipa = m.dvipas.find((d) => d.address === '10.20.1.10')!;
    assert.deepEqual(dvipa.owners.map((d) => d.stack), ['SYSA']);
    assert.deepEqual([...dvipa.backups, ...dvipa.excluded].map((d) => d.stack), []);
    // The simulation and no-backup agree: nothing takes SYSA's DVIPA over.
    const result = simulateFailover(m, ['SYSA']);
    const lost = result.addresses.filter((f) => f.address === '10.20.1.10' && f.kind !== 'static');
    assert.deepEqual(lost.map((f) => [f.before, f.after, f.lost]), [['SYSA', null, true]]);
    assert.deepEqual(result.addresses.filter((f) => f.address === '10.10.1.2'), []);
    assert.deepEqual(run.of('no-backup').map((f) => [f.severity, f.data?.stack, f.data?.address]), [['warning', 'SYSA', '10.20.1.10']]);
    // duplicate-vipa reports both rejections (EZZ8307I) on SYSB.
    const rejections = run.of('duplicate-vipa').filter((f) => f.uri === run.files['SYSB.tcpip'].uri && f.message.startsWith('EZZ8307I'));
    assert.equal(rejections.length, 2);
  });
});

describe('failover simulation', () => {
  const ranked = {
    'SYSA.tcpip': stack(1, '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10'),
    'SYSB.tcpip': stack(2, '  VIPABACKUP 50 10.20.1.10'),
    'SYSC.tcpip': stack(3, '  VIPABACKUP 100 10.20.1.10'),
  };

  it('moves a DVIPA to the highest-ranked backup still up', () => {
    const f = fate(simulate(ranked, ['SYSA']), '10.20.1.10');
    assert.deepEqual([f.before, f.after, f.moved, f.lost], ['SYSA', 'SYSC', true, false]);
    assert.match(f.reason, /rank 100/);
    assert.match(f.reason, /moves back to it at once/);
  });

  it('takes several stacks down at once: the next backup in rank order', () => {
    const f = fate(simulate(ranked, ['SYSA', 'SYSC']), '10.20.1.10');
    assert.deepEqual([f.before, f.after], ['SYSA', 'SYSB']);
    const none = fate(simulate(ranked, ['SYSA', 'SYSB', 'SYSC']), '10.20.1.10');
    assert.deepEqual([none.after, none.lost], [null, true]);
    assert.match(none.reason, /backups \(SYSC rank 100, SYSB rank 50\) are down too/);
  });

  it('leaves the DVIPA where it is when a backup goes down', () => {
    const f = fate(simulate(ranked, ['SYSC']), '10.20.1.10');
    assert.deepEqual([f.before, f.after, f.moved, f.lost], ['SYSA', 'SYSA', false, false]);
  });

  it('lists every stack of a rank tie and marks the choice UNCONFIRMED', () => {
    const result = simulate(
      {
        'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10'),
        'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10'),
        'SYSC.tcpip': stack(3, '  VIPABACKUP 100 10.20.1.10'),
      },
      ['SYSA'],
    );
    const f = fate(result, '10.20.1.10');
    assert.equal(f.after, 'SYSB');
    assert.deepEqual(f.candidates, ['SYSB', 'SYSC']);
    assert.match(f.reason, /UNCONFIRMED/);
  });

  it('MOVEABLE: IMMEDIATE and WHENIDLE give the takeback; no MOVEABLE is IMMEDIATE by default', () => {
    const of = (define: string) =>
      fate(simulate({ 'SYSA.tcpip': stack(1, `  ${define} 10.20.1.10`), 'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10') }, ['SYSA']), '10.20.1.10').reason;
    assert.match(of('VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0'), /moves back to it at once.*\(MOVEABLE IMMEDIATE\)/);
    assert.match(of('VIPADEFINE MOVEABLE WHENIDLE 255.255.255.0'), /moves back only once SYSB has no connections to it \(MOVEABLE WHENIDLE\)/);
    assert.match(of('VIPADEFINE 255.255.255.0'), /the default when the VIPADEFINE codes none/);
  });

  it('without VIPADEFINE: a MOVEABLE VIPABACKUP creates the DVIPA, one without MOVEABLE never does', () => {
    const moveable = simulate(
      { 'SYSA.tcpip': stack(1, '  VIPABACKUP 10 MOVEABLE IMMEDIATE 255.255.255.255 10.20.1.80'), 'SYSB.tcpip': stack(2, '  VIPABACKUP 90 10.20.1.80') },
      ['SYSA'],
    );
    const created = fate(moveable, '10.20.1.80');
    assert.deepEqual([created.before, created.after], ['SYSA', 'SYSB']);
    const plain = simulate({ 'SYSA.tcpip': stack(1, '  VIPABACKUP 10 10.20.1.80'), 'SYSB.tcpip': stack(2, '  VIPABACKUP 90 10.20.1.80') }, ['SYSA']);
    const never = fate(plain, '10.20.1.80');
    assert.deepEqual([never.before, never.after, never.lost, never.moved], [null, null, false, false]);
    assert.match(never.reason, /^Never active/);
  });

  it('a backup in another subplex never takes over', () => {
    const result = simulate(
      {
        'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10', 'GLOBALCONFIG XCFGRPID 21'),
        'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10', 'GLOBALCONFIG XCFGRPID 22'),
        'SYSC.tcpip': stack(3, '  VIPABACKUP 10 10.20.1.10', 'GLOBALCONFIG XCFGRPID 21'),
      },
      ['SYSA'],
    );
    const f = fate(result, '10.20.1.10');
    assert.equal(f.after, 'SYSC', 'the lower-ranked backup of the same subplex, not SYSB');
    const lost = fate(
      simulate({ 'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10', 'GLOBALCONFIG XCFGRPID 21'), 'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10') }, ['SYSA']),
      '10.20.1.10',
    );
    assert.equal(lost.after, null);
    assert.match(lost.reason, /another TCP\/IP subplex/);
  });

  it('subplexes that each own the same address keep apart', () => {
    const m = model({
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10', 'GLOBALCONFIG XCFGRPID 21'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10', 'GLOBALCONFIG XCFGRPID 21'),
      'SYSC.tcpip': stack(3, '  VIPADEFINE 255.255.255.0 10.20.1.10', 'GLOBALCONFIG XCFGRPID 22'),
      'SYSD.tcpip': stack(4, '  VIPABACKUP 100 10.20.1.10', 'GLOBALCONFIG XCFGRPID 22'),
    });
    const groups = m.dvipas.filter((d) => d.address === '10.20.1.10').map((d) => [...d.owners, ...d.backups].map((x) => x.stack));
    assert.deepEqual(groups, [['SYSA', 'SYSB'], ['SYSC', 'SYSD']]);
    const result = simulateFailover(m, ['SYSA']);
    assert.deepEqual(result.addresses.filter((f) => f.address === '10.20.1.10').map((f) => [f.before, f.after]), [['SYSA', 'SYSB'], ['SYSC', 'SYSC']]);
  });

  it('CPCSCOPE: no takeover by a stack on another CPC', () => {
    const config: WorkspaceConfig = {
      stacks: {
        SYSA: { profile: 'SYSA.tcpip', cpc: 'CPC1' },
        SYSB: { profile: 'SYSB.tcpip', cpc: 'CPC2' },
        SYSC: { profile: 'SYSC.tcpip', cpc: 'CPC1' },
      },
    };
    const f = fate(
      simulate(
        {
          'SYSA.tcpip': stack(1, '  VIPADEFINE CPCSCOPE 255.255.255.0 10.20.1.10'),
          'SYSB.tcpip': stack(2, '  VIPABACKUP 100 CPCSCOPE 10.20.1.10'),
          'SYSC.tcpip': stack(3, '  VIPABACKUP 50 CPCSCOPE 10.20.1.10'),
        },
        ['SYSA'],
        config,
      ),
      '10.20.1.10',
    );
    assert.equal(f.after, 'SYSC');
    assert.match(f.reason, /SYSB cannot take it over \(CPCSCOPE: SYSB is on CPC CPC2, SYSA on CPC1\)/);
  });

  it('distributed DVIPA: a backup distributor keeps distributing to the targets left', () => {
    const distribute = '  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN 10.20.1.20 PORT 8000 DESTIP 10.30.1.2 10.30.1.3';
    const result = simulate(
      {
        'SYSA.tcpip': stack(1, `  VIPADEFINE 255.255.255.0 10.20.1.20\n${distribute}`),
        'SYSB.tcpip': stack(2, `  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.20\n${distribute}`),
        'SYSC.tcpip': stack(3, ''),
      },
      ['SYSA'],
    );
    const f = fate(result, '10.20.1.20');
    assert.equal(f.kind, 'distributed');
    assert.deepEqual(f.distributionBefore, { distributor: 'SYSA', targets: ['SYSB', 'SYSC'], ports: '8000' });
    assert.deepEqual(f.distributionAfter, { distributor: 'SYSB', targets: ['SYSB', 'SYSC'], ports: '8000' });
    assert.match(f.reason, /distribution survives/);
  });

  it('distributed DVIPA: a backup without VIPADISTRIBUTE takes it over but distribution is lost', () => {
    const result = simulate(
      {
        'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.20\n  VIPADISTRIBUTE 10.20.1.20 PORT 8000 DESTIP ALL'),
        'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.20'),
        'SYSC.tcpip': stack(3, ''),
      },
      ['SYSA'],
    );
    const f = fate(result, '10.20.1.20');
    assert.deepEqual([f.kind, f.after], ['distributed', 'SYSB']);
    assert.deepEqual(f.distributionBefore?.targets, ['SYSB', 'SYSC']);
    assert.equal(f.distributionAfter, undefined);
    assert.match(f.reason, /distribution is lost: SYSB has no VIPADISTRIBUTE/);
  });

  it('lists static VIPAs: they stay with their stack or are lost', () => {
    const sources = {
      'SYSA.tcpip': stack(1, '', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.0.1'),
      'SYSB.tcpip': stack(2, '', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.0.2'),
    };
    const result = simulate(sources, ['SYSA']);
    assert.deepEqual([fate(result, '10.20.0.1').after, fate(result, '10.20.0.1').kind], [null, 'static']);
    assert.equal(fate(result, '10.20.0.2').after, 'SYSB');
  });

  it('resolves stack names in any case and reports unknown ones', () => {
    const m = model(ranked);
    assert.deepEqual(resolveStackNames(m, ['sysa', 'SYSA', 'nope']), { found: ['SYSA'], unknown: ['nope'] });
  });
});

describe('endpoint fates', () => {
  const rangeOn = (n: number) => stack(n, '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.20.2.0');

  it('range on several stacks: restartable where a VIPARANGE covers it; the range address moves', () => {
    const result = simulate({ 'SYSA.tcpip': rangeOn(1), 'SYSB.tcpip': rangeOn(2), 'servers/orders/server.xml': endpoint('10.20.2.10') }, ['SYSA']);
    const [e] = result.endpoints;
    assert.deepEqual([e.status, e.before, e.stacks], ['restartable', 'SYSA', ['SYSB']]);
    const f = fate(result, '10.20.2.10');
    assert.deepEqual([f.kind, f.before, f.after], ['viparange', 'SYSA', 'SYSB']);
  });

  it('range on one stack only: lost, with the reason', () => {
    const result = simulate({ 'SYSA.tcpip': rangeOn(1), 'SYSB.tcpip': stack(2, ''), 'servers/orders/server.xml': endpoint('10.20.2.10') }, ['SYSA']);
    const [e] = result.endpoints;
    assert.deepEqual([e.status, e.stacks, e.affected], ['lost', [], true]);
    assert.match(e.reason, /no other stack where the server may run \(SYSA, SYSB\) has a VIPARANGE covering 10\.20\.2\.10/);
    assert.deepEqual(result.summary.serversLost, ['orders']);
    assert.equal(fate(result, '10.20.2.10').lost, true);
  });

  it('stays when its stack stays up', () => {
    const result = simulate({ 'SYSA.tcpip': rangeOn(1), 'SYSB.tcpip': rangeOn(2), 'servers/orders/server.xml': endpoint('10.20.2.10') }, ['SYSB']);
    assert.deepEqual([result.endpoints[0].status, result.endpoints[0].stacks], ['stays', ['SYSA']]);
  });

  it('a DVIPA endpoint follows the takeover, unless the server may not run there', () => {
    const sources = {
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10'),
      'servers/zosmf/server.xml': endpoint('10.20.1.10'),
    };
    assert.deepEqual(simulate(sources, ['SYSA']).endpoints.map((e) => [e.status, e.stacks]), [['restartable', ['SYSB']]]);
    const pinned = simulate(sources, ['SYSA'], { servers: { zosmf: { stacks: ['SYSA'] } } });
    assert.equal(pinned.endpoints[0].status, 'lost');
    assert.match(pinned.endpoints[0].reason, /moves to SYSB, where server zosmf may not run/);
  });

  it('a static VIPA endpoint is lost with its stack; one that never binds is not counted as affected', () => {
    const result = simulate(
      {
        'SYSA.tcpip': stack(1, '', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.0.1'),
        'SYSB.tcpip': stack(2, ''),
        'servers/a/server.xml': endpoint('10.20.0.1'),
        'servers/b/server.xml': endpoint('10.99.9.9'),
      },
      ['SYSA'],
    );
    const byServer = Object.fromEntries(result.endpoints.map((e) => [e.server, e]));
    assert.deepEqual([byServer.a.status, byServer.a.affected], ['lost', true]);
    assert.match(byServer.a.reason, /static VIPA of SYSA and does not move/);
    assert.deepEqual([byServer.b.status, byServer.b.affected, byServer.b.before], ['lost', false, null]);
    assert.deepEqual(result.summary.serversLost, ['a']);
  });

  it('the text report names every address and endpoint, with the verdicts', () => {
    const result = simulate({ 'SYSA.tcpip': rangeOn(1), 'SYSB.tcpip': rangeOn(2), 'servers/orders/server.xml': endpoint('10.20.2.10') }, ['SYSA']);
    const text = formatWhatIfText(result, { displayPath: (uri) => uri.replace(/^.*\/ws\//, '') });
    assert.match(text, /^What if SYSA goes down\?$/m);
    assert.match(text, /MOVES\s+10\.20\.2\.10\s+VIPARANGE DVIPA\s+SYSA -> SYSB/);
    assert.match(text, /RESTARTABLE orders httpEndpoint "defaultHttpEndpoint" 10\.20\.2\.10 on SYSB {2}\(servers\/orders\/server\.xml:2\)/);
  });
});

describe('incremental takeover model', () => {
  /** The DVIPAs of a model, order-free and without the sysplex name, for comparing two builds. */
  const shape = (m: ReturnType<typeof model>) =>
    m.dvipas.map((d) => JSON.stringify({ ...d, sysplex: undefined, subplex: d.subplex.replace(/^[^/]*/, '') })).sort();

  it('regrouping only the changed stacks gives what a full build gives', () => {
    const base = {
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10 10.20.1.11\n  VIPADISTRIBUTE 10.20.1.11 PORT 80 DESTIP ALL'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10 10.20.1.11'),
      'SYSC.tcpip': stack(3, '  VIPABACKUP 100 10.20.1.10\n  VIPADEFINE 255.255.255.0 10.20.1.12'),
    };
    const edits: Record<string, string>[] = [
      { 'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.11\n  VIPABACKUP 50 10.20.1.12') },
      { 'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10') },
      { 'SYSC.tcpip': stack(3, '  VIPABACKUP 100 10.20.1.10\n  VIPADEFINE 255.255.255.0 10.20.1.12', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.1.12') },
    ];
    edits.forEach((edit, i) => {
      model(base); // the previous build of sysplex "default"
      const incremental = model({ ...base, ...edit });
      // A sysplex name never built before: a full build.
      const full = model({ ...base, ...edit }, { sysplexes: { [`FRESH${i}`]: ['SYSA', 'SYSB', 'SYSC'] } });
      assert.deepEqual(shape(incremental), shape(full), JSON.stringify(edit));
    });
  });
});

describe('failover counts (the code lens)', () => {
  it('equal the full simulation\'s summary', () => {
    const m = model({
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10 10.20.1.30\n  VIPARANGE DEFINE 255.255.255.0 10.20.2.0', 'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.0.1'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10\n  VIPARANGE DEFINE 255.255.255.0 10.20.2.0'),
      'SYSC.tcpip': stack(3, '  VIPADEFINE 255.255.255.0 10.20.1.40'),
      'servers/a/server.xml': endpoint('10.20.2.10'),
      'servers/b/server.xml': endpoint('10.20.1.30'),
      'servers/c/server.xml': endpoint('10.20.0.1'),
    });
    for (const down of [['SYSA'], ['SYSB'], ['SYSC'], ['SYSA', 'SYSB'], ['SYSA', 'SYSB', 'SYSC']]) {
      const { summary } = simulateFailover(m, down);
      assert.deepEqual(failoverCounts(m, down), { addressesMoved: summary.addressesMoved, addressesLost: summary.addressesLost, serversLost: summary.serversLost }, down.join(','));
    }
    assert.deepEqual(failoverCounts(m, ['SYSA']), { addressesMoved: 2, addressesLost: 2, serversLost: ['b', 'c'] });
  });
});
