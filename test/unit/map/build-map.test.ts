/**
 * The sysplex map's view model (analyzer/map), computed from small sysplexes written for each part:
 * which rows exist and how they are grouped, the role of each address on each stack, the Liberty
 * endpoints with their bind status per stack, the findings per row, subplex columns, the failover
 * simulation placed on the cells, and what each file was taken as and why.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import type { MapCell, MapRow, SysplexMap } from '../../../server/src/analyzer/map/index.js';
import { buildSysplexMap } from '../../../server/src/analyzer/map/index.js';
import { simulateFailover } from '../../../server/src/analyzer/takeover/index.js';
import { ALL_CHECKS } from '../../../server/src/analyzer/checks/index.js';
import { runChecks } from '../checks/harness.js';
import { analyzePaths } from '../../../server/src/cli/analyze-paths.js';
import { displayPath } from '../../../server/src/cli/report.js';
import { NodeFileHost } from '../../../server/src/analyzer/base/node-file-host.js';
import { stackProfile as stack } from '../../helpers/stack-profiles.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'takeover');

const endpoint = (host: string, port = 9080) => `<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="${host}" httpPort="${port}" httpsPort="${port + 363}"/>\n</server>`;

function analyse(sources: Record<string, string>, config?: WorkspaceConfig) {
  return runChecks(sources, ALL_CHECKS, config).result;
}

function mapOf(sources: Record<string, string>, down: string[] = [], config?: WorkspaceConfig): SysplexMap {
  return buildSysplexMap(analyse(sources, config), { down, labelOf: (uri) => uri.slice(uri.lastIndexOf('/ws/') + 4) });
}

function row(map: SysplexMap, address: string): MapRow {
  const found = map.rows.filter((candidate) => candidate.address === address);
  assert.equal(found.length, 1, `one row for ${address}: ${map.rows.map((r) => r.address).join(' ')}`);
  return found[0];
}

function cell(map: SysplexMap, address: string, stackName: string): MapCell | undefined {
  return row(map, address).cells.find((candidate) => candidate.stack === stackName);
}

/** "kind:label" of each role of a cell. */
function roles(map: SysplexMap, address: string, stackName: string): string[] {
  return (cell(map, address, stackName)?.roles ?? []).map((role) => `${role.kind}:${role.label}`);
}

function locationOf(map: SysplexMap, ref: number | undefined): string {
  assert.ok(ref !== undefined, 'a location');
  const location = map.locations[ref];
  return `${map.files[location.file].label}:${location.line + 1}`;
}

const SYSPLEX = {
  'SYSA.tcpip': stack(
    1,
    `  VIPADEFINE MOVEABLE WHENIDLE 255.255.255.0 10.20.1.10
  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN 10.20.1.10 PORT 8000 DESTIP 10.30.1.2 10.30.1.3
  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.20.2.0 SAF APPS`,
    'INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.20.0.1',
  ),
  'SYSB.tcpip': stack(2, '  VIPABACKUP 200 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10\n  VIPARANGE DEFINE 255.255.255.0 10.20.2.0'),
  'SYSC.tcpip': stack(3, '  VIPABACKUP 50 10.20.1.10\n  VIPABACKUP 300 10.20.1.99'),
  'servers/orders/server.xml': endpoint('10.20.2.5'),
  'servers/any/server.xml': endpoint('*', 9100),
  'servers/lost/server.xml': endpoint('billing.example.com', 9200),
  'servers/zosmf/server.xml': endpoint('10.20.1.10', 10443),
};

describe('sysplex map: rows and groups', () => {
  const map = mapOf(SYSPLEX);

  it('has a row per HOME, static VIPA, DYNAMICXCF, DVIPA, VIPARANGE and Liberty address, grouped by subnet in address order', () => {
    assert.deepEqual(
      map.rows.map((r) => `${r.address} ${r.kind} ${r.tags.join('+')}`),
      [
        '10.10.1.1 address home',
        '10.10.1.2 address home',
        '10.10.1.3 address home',
        '10.20.0.1 address static',
        '10.20.1.10 address dvipa+distributed+bound',
        '10.20.1.99 address dvipa',
        '10.20.2.0/24 range range',
        '10.20.2.5 address bound',
        '10.30.1.1 address xcf',
        '10.30.1.2 address xcf',
        '10.30.1.3 address xcf',
        '* all-interfaces ',
        'billing.example.com unresolved ',
      ],
    );
    assert.deepEqual(
      map.groups.map((group) => `${group.label}: ${group.rows.map((index) => map.rows[index].address).join(' ')}`),
      [
        '10.10.1.0/24: 10.10.1.1 10.10.1.2 10.10.1.3',
        '10.20.0.0/24: 10.20.0.1',
        '10.20.1.0/24: 10.20.1.10 10.20.1.99',
        '10.20.2.0/24: 10.20.2.0/24 10.20.2.5',
        '10.30.1.0/24: 10.30.1.1 10.30.1.2 10.30.1.3',
        'All interfaces and unresolved hosts: * billing.example.com',
      ],
    );
    assert.deepEqual(map.stacks.map((s) => s.name), ['SYSA', 'SYSB', 'SYSC']);
    assert.deepEqual(map.sysplexes, [{ name: 'default', subplexes: [{ key: 'default/-', label: '', stacks: ['SYSA', 'SYSB', 'SYSC'] }] }]);
  });

  it('is plain JSON', () => {
    // No Maps, no cycles, no class instances: a JSON round trip keeps everything.
    const json = JSON.stringify(map);
    assert.equal(JSON.stringify(JSON.parse(json)), json);
    assert.ok(json.includes('"label":"Backup 200 · IMMEDIATE · 1st"'));
  });
});

describe('sysplex map: roles per stack', () => {
  const map = mapOf(SYSPLEX);

  it('shows the owner with its MOVEABLE mode, the backups with rank, MOVEABLE and takeover order', () => {
    assert.deepEqual(roles(map, '10.20.1.10', 'SYSA'), ['owner:Owner · WHENIDLE', 'distributor:Distributor → 2']);
    assert.deepEqual(roles(map, '10.20.1.10', 'SYSB'), ['backup:Backup 200 · IMMEDIATE · 1st', 'target:Target']);
    assert.deepEqual(roles(map, '10.20.1.10', 'SYSC'), ['backup:Backup 50 · 2nd', 'target:Target']);
    assert.equal(cell(map, '10.20.1.10', 'SYSA')?.active, true, 'the owner holds it');
    assert.equal(cell(map, '10.20.1.10', 'SYSB')?.active, undefined);
    const owner = cell(map, '10.20.1.10', 'SYSA')!.roles[0];
    assert.match(owner.detail, /moves back once the holder has no connections left \(MOVEABLE WHENIDLE\)/);
    assert.equal(locationOf(map, owner.loc), 'SYSA.tcpip:5');
    assert.match(cell(map, '10.20.1.10', 'SYSC')!.roles[0].detail, /2nd of 2 backups.*no MOVEABLE: it only takes over an existing DVIPA/);
    assert.match(cell(map, '10.20.1.10', 'SYSB')!.roles[1].detail, /Distribution target of SYSA \(PORT 8000\)/);
  });

  it('shows a definition the stack ignores, with why', () => {
    assert.deepEqual(roles(map, '10.20.1.99', 'SYSC'), ['excluded:VIPABACKUP 300 · ignored']);
    assert.match(cell(map, '10.20.1.99', 'SYSC')!.roles[0].detail, /outside 1–254/);
  });

  it('shows ranges with their SAF name, and which range of each stack covers an address', () => {
    assert.deepEqual(roles(map, '10.20.2.0/24', 'SYSA'), ['range:Range · SAF APPS']);
    assert.deepEqual(roles(map, '10.20.2.0/24', 'SYSB'), ['range:Range']);
    assert.equal(cell(map, '10.20.2.0/24', 'SYSC'), undefined);
    assert.deepEqual(roles(map, '10.20.2.5', 'SYSA'), ['in-range:in 10.20.2.0/24 · SAF APPS']);
    assert.match(cell(map, '10.20.2.0/24', 'SYSA')!.roles[0].detail, /EZB\.BINDDVIPARANGE\..*\.APPS/);
  });

  it('shows HOME, static VIPA and DYNAMICXCF addresses as held by their stack', () => {
    assert.deepEqual(roles(map, '10.10.1.2', 'SYSB'), ['home:Home']);
    assert.deepEqual(roles(map, '10.20.0.1', 'SYSA'), ['static:Static VIPA']);
    assert.deepEqual(roles(map, '10.30.1.3', 'SYSC'), ['xcf:XCF']);
    assert.equal(cell(map, '10.20.0.1', 'SYSA')?.active, true);
  });
});

describe('sysplex map: Liberty servers', () => {
  const map = mapOf(SYSPLEX);
  const status = (address: string, stackName: string) => (cell(map, address, stackName)?.servers ?? []).map((entry) => entry.status);

  it('lists the endpoints bound to each address with their ports, and their bind status per stack', () => {
    const zosmf = row(map, '10.20.1.10').servers;
    assert.deepEqual(zosmf.map((b) => [b.server, b.ports.map((p) => `${p.port}${p.secure ? 's' : ''}`).join(' '), b.runsOn]), [['zosmf', '10443 10806s', 'SYSA']]);
    assert.deepEqual(status('10.20.1.10', 'SYSA'), ['covered']);
    // SYSB backs it up (bindable once it takes over); SYSC's backup too; but both are targets: covered.
    assert.deepEqual(status('10.20.1.10', 'SYSB'), ['covered']);
    assert.deepEqual(status('10.20.2.5', 'SYSA'), ['covered']);
    assert.deepEqual(status('10.20.2.5', 'SYSB'), ['covered']);
    assert.deepEqual(status('10.20.2.5', 'SYSC'), ['uncovered']);
    assert.match(cell(map, '10.20.2.5', 'SYSA')!.servers![0].via, /VIPARANGE 10\.20\.2\.0\/24 \(SAF APPS\)/);
  });

  it('shows host="*" endpoints as needing no VIPA, and unresolved hosts apart', () => {
    const any = row(map, '*');
    assert.equal(any.servers[0].allInterfaces, true);
    assert.deepEqual(['SYSA', 'SYSB', 'SYSC'].map((name) => status('*', name).join()), ['any', 'any', 'any']);
    const unresolved = row(map, 'billing.example.com');
    assert.deepEqual(unresolved.servers.map((b) => b.server), ['lost']);
    assert.deepEqual(unresolved.cells, []);
  });

  it('marks a VIPABACKUP stack as able to bind only after takeover', () => {
    const m = mapOf({
      'SYSA.tcpip': stack(1, '  VIPADEFINE 255.255.255.0 10.20.1.10'),
      'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10'),
      'SYSC.tcpip': stack(3, ''),
      'servers/zosmf/server.xml': endpoint('10.20.1.10'),
    });
    const statuses = ['SYSA', 'SYSB', 'SYSC'].map((name) => cell(m, '10.20.1.10', name)?.servers?.[0]?.status);
    assert.deepEqual(statuses, ['covered', 'after-takeover', 'uncovered']);
  });
});

describe('sysplex map: findings per row', () => {
  it('puts each finding on the row of the address it is about, with its severity', () => {
    const map = mapOf(SYSPLEX);
    const codes = (address: string) => row(map, address).findings.map((finding) => `${finding.severity} ${finding.code}`);
    assert.ok(codes('10.20.1.99').includes('error rank-out-of-range'), codes('10.20.1.99').join());
    assert.ok(codes('10.20.2.5').includes('error bind-not-covered') || codes('10.20.2.5').includes('warning bind-not-covered'), codes('10.20.2.5').join());
    assert.ok(codes('billing.example.com').some((entry) => entry.endsWith('host-unresolved')), codes('billing.example.com').join());
    assert.deepEqual(codes('10.10.1.1'), []);
    const total = map.counts.error + map.counts.warning + map.counts.information + map.counts.hint;
    assert.ok(total >= map.rows.reduce((sum, r) => sum + r.findings.length, 0) - 1);
    const finding = row(map, '10.20.1.99').findings.find((f) => f.code === 'rank-out-of-range')!;
    assert.equal(locationOf(map, finding.loc), 'SYSC.tcpip:6');
  });
});

describe('sysplex map: subplexes', () => {
  it('groups the columns by XCFGRPID and keeps a backup in another subplex out of the chain', () => {
    const dir = join(fixtures, 'backup-other-subplex');
    const sources = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    const map = mapOf(sources);
    assert.deepEqual(
      map.sysplexes[0].subplexes.map((subplex) => `${subplex.label}: ${subplex.stacks.join(' ')}`),
      ['XCFGRPID 21: TCPCS TCPCS3', 'XCFGRPID 22: TCPCS2'],
    );
    assert.deepEqual(map.stacks.map((s) => s.name), ['TCPCS', 'TCPCS3', 'TCPCS2']);
    assert.deepEqual(roles(map, '201.2.10.11', 'TCPCS2'), ['excluded:VIPABACKUP 100 · ignored']);
    assert.deepEqual(roles(map, '201.2.10.12', 'TCPCS3'), ['backup:Backup 80 · 1st']);
  });
});

describe('sysplex map: the failover simulation', () => {
  it('places the simulation: what moves, what is lost, and where servers can restart', () => {
    const analysis = analyse(SYSPLEX);
    const map = buildSysplexMap(analysis, { down: ['sysa'] });
    const simulation = simulateFailover(analysis.takeover, ['SYSA']);
    assert.deepEqual(map.stacks.map((s) => s.down), [true, false, false]);
    assert.equal(map.simulation?.addressesMoved, simulation.summary.addressesMoved);
    assert.equal(map.simulation?.addressesLost, simulation.summary.addressesLost);
    assert.deepEqual(map.simulation?.down, ['SYSA']);
    assert.equal(cell(map, '10.20.1.10', 'SYSB')?.change, 'takes-over');
    assert.equal(cell(map, '10.20.1.10', 'SYSA')?.change, 'moved-away');
    assert.equal(cell(map, '10.20.0.1', 'SYSA')?.change, 'lost', 'a static VIPA does not move');
    const fate = row(map, '10.20.1.10').fates?.[0];
    assert.deepEqual([fate?.before, fate?.after, fate?.moved], ['SYSA', 'SYSB', true]);
    // SYSB has no VIPADISTRIBUTE of its own: distribution stops (backup-not-distributing).
    assert.equal(fate?.distributionBefore, 'SYSA → SYSB, SYSC (8000)');
    assert.equal(fate?.distributionAfter, undefined);
    const zosmf = row(map, '10.20.1.10').servers[0];
    assert.equal(zosmf.fate?.status, 'restartable');
    assert.deepEqual(cell(map, '10.20.1.10', 'SYSA')?.servers?.map((s) => s.status), ['down']);
    assert.deepEqual(cell(map, '10.20.1.10', 'SYSB')?.servers?.map((s) => s.status), ['covered']);
    // Every address fate of the simulation is on its row.
    for (const addressFate of simulation.addresses) {
      assert.ok(row(map, addressFate.address).fates?.some((f) => f.before === addressFate.before && f.after === addressFate.after), addressFate.address);
    }
  });

  it('combines toggles and reports unknown stack names', () => {
    const map = mapOf(SYSPLEX, ['SYSA', 'SYSB', 'NOPE']);
    assert.deepEqual(map.simulation?.down, ['SYSA', 'SYSB']);
    assert.deepEqual(map.unknownDown, ['NOPE']);
    assert.equal(cell(map, '10.20.1.10', 'SYSC')?.change, 'takes-over', 'the 2nd backup takes over');
    assert.equal(row(map, '10.20.2.5').servers[0].fate?.status, 'lost', 'no stack left with the range');
  });

  it('without stacks down carries no simulation', () => {
    const map = mapOf(SYSPLEX);
    assert.equal(map.simulation, undefined);
    assert.ok(map.rows.every((r) => r.fates === undefined && r.cells.every((c) => c.change === undefined)));
  });
});

describe('sysplex map: what each file was taken as', () => {
  const fixtureRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
  const library = 'member-library/SYS1.TCPPARMS';
  const quiet = { write: () => true };

  /** The map of the member library fixture, as vipa-check builds it (file labels relative to test/fixtures). */
  function libraryMap(args: string[], configPath?: string, down: string[] = []): SysplexMap {
    const { result } = analyzePaths(args, configPath, { cwd: fixtureRoot, stdout: quiet, stderr: quiet }, new NodeFileHost());
    return buildSysplexMap(result, { down, labelOf: (uri) => displayPath(uri, fixtureRoot) });
  }

  /** member name -> "role: label (reason)", and each entry's link checked to open line 1 of its own file. */
  function entries(map: SysplexMap): Record<string, { role: string; label: string; reason: string }> {
    const byName: Record<string, { role: string; label: string; reason: string }> = {};
    for (const entry of map.fileRoles) {
      const where = locationOf(map, entry.loc);
      assert.match(where, /:1$/, `${where}: the entry opens the file at its first line`);
      const path = where.slice(0, -2);
      byName[path.startsWith(`${library}/`) ? path.slice(library.length + 1) : path] = { role: entry.role, label: entry.label, reason: entry.reason };
    }
    return byName;
  }

  it('lists every file of a member library without config: stacks, the copy, OBEYFILE members, other configurations', () => {
    const map = libraryMap(['member-library']);
    const files = entries(map);
    assert.deepEqual(Object.fromEntries(Object.entries(files).map(([name, entry]) => [name, entry.role])), {
      FTPDATA: 'other-config',
      MQPORTB: 'obey',
      OBEYA1: 'obey',
      OMPROUTA: 'other-config',
      PORTS: 'include',
      PROFA: 'stack-profile',
      PROFAOLD: 'copy',
      PROFB: 'stack-profile',
      TCPDATA: 'other-config',
      TNPROFA: 'other-config',
    });
    assert.equal(files.PROFA.label, 'stack profile of PROFA');
    assert.match(files.PROFA.reason, /no other profile INCLUDEs it/);
    assert.equal(files.PROFAOLD.label, 'copy of PROFA');
    assert.match(files.PROFAOLD.reason, /96% of its lines and the same home addresses as PROFA/);
    assert.match(files.OBEYA1.label, /^OBEYFILE member, syntax checks only/);
    assert.match(files.TNPROFA.label, /TN3270E Telnet server profile, not a stack profile/);
    assert.match(files.TNPROFA.reason, /TELNETGLOBALS, TELNETPARMS, BEGINVTAM/);
    assert.equal(files.PORTS.label, 'INCLUDE member of PROFA, PROFB');
    // Only the two stack profiles are columns: the copy, the OBEY members and TN3270 are not stacks.
    assert.deepEqual(map.stacks.map((stack) => stack.name), ['PROFA', 'PROFB']);
    assert.deepEqual(JSON.parse(JSON.stringify(map.fileRoles)), map.fileRoles, 'plain JSON');
  });

  it('says what the config decided: declared stacks, the OBEYFILE member applied, the copy named in files', () => {
    const map = libraryMap(['member-library'], 'member-library-config/vipa-check.json', ['TCPIPA']);
    const files = entries(map);
    assert.deepEqual({ role: files.PROFA.role, label: files.PROFA.label, reason: files.PROFA.reason }, { role: 'stack-profile', label: 'stack profile of TCPIPA', reason: 'vipa-check.json stacks.TCPIPA.profile' });
    assert.equal(files.OBEYA1.label, 'OBEYFILE member applied to TCPIPA');
    assert.match(files.OBEYA1.reason, /stacks\.TCPIPA\.obey/);
    assert.equal(files.PROFAOLD.role, 'copy');
    assert.match(files.PROFAOLD.reason, /vipa-check\.json files\["\.\.\/member-library\/SYS1\.TCPPARMS\/PROFAOLD"\]/);
    assert.equal(files['member-library-config/vipa-check.json'].role, 'config');
    // The list does not depend on the simulation.
    assert.deepEqual(map.fileRoles.map((entry) => entry.label), libraryMap(['member-library'], 'member-library-config/vipa-check.json').fileRoles.map((entry) => entry.label));
  });

  it('lists the profiles and Liberty files of a small sysplex', () => {
    const files = entries(mapOf(SYSPLEX));
    assert.equal(files['SYSA.tcpip'].label, 'stack profile of SYSA');
    assert.equal(files['servers/orders/server.xml'].role, 'liberty');
    assert.equal(Object.keys(files).length, Object.keys(SYSPLEX).length, Object.keys(files).join(' '));
  });
});
