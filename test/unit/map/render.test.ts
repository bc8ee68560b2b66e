/**
 * The one map renderer (server/src/map-view) in both of its forms: static for the HTML report,
 * interactive for the web view. And what the reader's view state shows: filter and subnet groups.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MapRow, SysplexMap } from '../../../server/src/analyzer/map/index.js';
import { buildSysplexMap } from '../../../server/src/analyzer/map/index.js';
import { renderMap, renderTable } from '../../../server/src/map-view/render-map.js';
import { EMPTY_VIEW, OPEN_GROUPS_UP_TO_ROWS, rowMatches, visibleGroups } from '../../../server/src/map-view/view-state.js';
import { RangeLookup } from '../../../server/src/analyzer/map/range-lookup.js';
import { mostSpecificRange } from '../../../server/src/analyzer/takeover/index.js';
import { ALL_CHECKS } from '../../../server/src/analyzer/checks/index.js';
import { runChecks } from '../checks/harness.js';

function stack(n: number, vipa: string): string {
  return `IPCONFIG DATAGRAMFWD SYSPLEXROUTING DYNAMICXCF 10.30.1.${n} 255.255.255.0 1\nVIPADYNAMIC\n${vipa}\nENDVIPADYNAMIC\n`;
}

const SOURCES = {
  'SYSA.tcpip': stack(1, '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10\n  VIPARANGE DEFINE 255.255.255.0 10.20.2.0'),
  'SYSB.tcpip': stack(2, '  VIPABACKUP 100 10.20.1.10'),
  'servers/orders/server.xml': '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.20.2.7" httpPort="9080"/>\n</server>',
};

function example(down: string[] = []): SysplexMap {
  return buildSysplexMap(runChecks(SOURCES, ALL_CHECKS).result, { down, labelOf: (uri) => uri.slice(uri.lastIndexOf('/') + 1) });
}

describe('map renderer', () => {
  it('renders the static table: every stack and address, no buttons, source lines in titles', () => {
    const map = example(['SYSA']);
    const html = renderTable(renderMap(map, { interactive: false }), 'Sysplex VIPA map');
    for (const stackName of ['SYSA', 'SYSB']) assert.ok(html.includes(`>${stackName}</span>`), stackName);
    for (const row of map.rows) assert.ok(html.includes(`>${row.address}</span>`), row.address);
    assert.ok(!html.includes('<button'), 'no controls in the report');
    assert.ok(html.includes('vm-down-badge'), 'a down stack is marked');
    assert.match(html, /title="[^"]*SYSA\.tcpip:3"/);
    assert.match(html, /vm-change-takes-over/);
  });

  it('renders toggles, expanders and accessible names in the web view form', () => {
    const map = example(['SYSB']);
    const html = renderTable(renderMap(map, { interactive: true }), 'Sysplex VIPA map');
    assert.match(html, /<button[^>]*data-toggle-stack="SYSA"[^>]*aria-pressed="false"/);
    assert.match(html, /<button[^>]*data-toggle-stack="SYSB"[^>]*aria-pressed="true"/);
    assert.match(html, /data-group-toggle="default\|10\.20\.1\.0\/24"[^>]*aria-expanded="true"/);
    assert.ok(html.includes('aria-label="SYSA: holds it; Owner · IMMEDIATE; stays here"'), 'a cell is named by its stack, roles and change');
    assert.ok(html.includes('aria-label="SYSB (down): Backup 100 · 1st"'));
    assert.ok(html.includes('aria-label="SYSA: in 10.20.2.0/24; orders: can bind; stays here"'));
    assert.match(html, /<table class="vm-grid" role="grid" aria-label="Sysplex VIPA map">/);
    assert.match(html, /<span class="vm-severities" role="img" aria-label="1 warning"/);
  });

  it('escapes every text it shows', () => {
    const map = example();
    const orders = map.rows.find((row) => row.servers.length > 0)!;
    orders.servers[0].server = '<img src=x onerror=alert(1)>';
    orders.cells[0].roles.push({ kind: 'owner', label: '"><script>', detail: "it's <b>" });
    const html = renderTable(renderMap(map, { interactive: true }), 'x');
    assert.ok(!html.includes('<img src=x'), 'server names are escaped');
    assert.ok(!html.includes('<script>'), 'labels are escaped');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('lists what each file was taken as and why: a section in the report, a disclosure of buttons in the web view', () => {
    const map = example();
    const report = renderMap(map, { interactive: false }).files;
    assert.match(report, /^<section class="vm-files" aria-labelledby="files"><h2 id="files">Files<\/h2><p>3 files: 2 stack profiles, 1 Liberty file\./);
    assert.match(report, /<tr class="vm-file-role vm-file-stack-profile"><td class="vm-file-path"><span class="vm-file vm-link" data-loc="\d+" title="SYSA\.tcpip:1">SYSA\.tcpip<\/span><\/td><td>stack profile of SYSA<\/td><td>no other profile INCLUDEs it/);
    assert.match(report, /<td>Liberty server\.xml<\/td>/);
    assert.ok(!report.includes('<button'), 'no controls in the report');
    assert.match(report, /vipa-check init<\/code> proposes one/);

    const closed = renderMap(map, { interactive: true }).files;
    assert.match(closed, /^<details class="vm-files"><summary><b>Files<\/b> <span class="vm-muted">3 files: 2 stack profiles, 1 Liberty file — what each was taken as, and why<\/span><\/summary>/);
    const entry = map.fileRoles.find((candidate) => candidate.label === 'stack profile of SYSB')!;
    assert.ok(closed.includes(`<button type="button" class="vm-file vm-link" data-loc="${entry.loc}" title="Open SYSB.tcpip">SYSB.tcpip</button>`), 'each file is a button that opens it');
    assert.equal(map.files[map.locations[entry.loc].file].uri, 'file:///ws/SYSB.tcpip');
    assert.match(closed, /VIPA: Create workspace config/);
    assert.match(renderMap(map, { interactive: true, view: { ...EMPTY_VIEW, filesOpen: true } }).files, /^<details class="vm-files" open>/);
  });

  it('escapes file roles and leaves the section out when no file is listed', () => {
    const map = example();
    map.fileRoles[0].reason = 'its <TELNETPARMS> & "BEGINVTAM" blocks';
    const html = renderMap(map, { interactive: false }).files;
    assert.ok(html.includes('its &lt;TELNETPARMS&gt; &amp; &quot;BEGINVTAM&quot; blocks'));
    assert.equal(renderMap({ ...map, fileRoles: [] }, { interactive: true }).files, '');
  });

  it('shows a details line with findings, roles and servers when the row is open', () => {
    const map = example(['SYSA']);
    const row = map.rows.find((r) => r.address === '10.20.1.10')!;
    const rendered = renderMap(map, { interactive: true, view: { ...EMPTY_VIEW, details: [row.id] } });
    const html = rendered.groups.map((group) => group.html).join('');
    assert.match(html, /<tr class="vm-details" data-details-for="default\|10\.20\.1\.10">/);
    assert.match(html, /VIPABACKUP rank 100 on SYSB/);
    assert.match(html, /SYSA is down; SYSB takes it over/);
  });
});

function fakeMap(count: number): SysplexMap {
  const rows: MapRow[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({ id: `P|10.1.${i >> 4}.${i & 15}`, sysplex: 'P', address: `10.1.${i >> 4}.${i & 15}`, kind: 'address', tags: ['dvipa'], group: `P|10.1.${i >> 4}.0/24`, cells: [], servers: [], findings: [] });
  }
  rows[3].servers.push({ server: 'payments', endpointId: 'defaultHttpEndpoint', kind: 'httpEndpoint', ports: [], host: 'pay.example.com', allInterfaces: false, loc: 0, stacks: [] });
  rows[5].findings.push({ code: 'no-backup', severity: 'warning', message: 'm', loc: 0 });
  const groups = [...new Set(rows.map((row) => row.group))].map((key) => ({ key, label: key.slice(2), sysplex: 'P', rows: rows.flatMap((row, index) => (row.group === key ? [index] : [])) }));
  return { sysplexes: [], stacks: [], rows, groups, files: [{ uri: 'file:///x', label: 'x' }], locations: [{ file: 0, line: 0, character: 0, endLine: 0, endCharacter: 0 }], unknownDown: [], counts: { error: 0, warning: 1, information: 0, hint: 0 }, fileRoles: [] };
}

describe('map view state', () => {
  it('filters by address, server, host and finding code; all words must match', () => {
    const map = fakeMap(20);
    assert.equal(rowMatches(map.rows[3], 'payments'), true);
    assert.equal(rowMatches(map.rows[3], 'PAY.EXAMPLE'), true);
    assert.equal(rowMatches(map.rows[5], 'no-backup'), true);
    assert.equal(rowMatches(map.rows[5], '10.1.0.5 no-backup'), true);
    assert.equal(rowMatches(map.rows[5], '10.1.0.5 payments'), false);
    assert.equal(rowMatches(map.rows[5], ''), true);
  });

  it('opens every group of a small map, closes them on a large one, and opens those a filter matches', () => {
    assert.ok(visibleGroups(fakeMap(40), EMPTY_VIEW).every((group) => group.open));
    const large = fakeMap(OPEN_GROUPS_UP_TO_ROWS + 50);
    const closed = visibleGroups(large, EMPTY_VIEW);
    assert.ok(closed.every((group) => !group.open));
    const rendered = renderMap(large, { interactive: true });
    assert.equal(rendered.shownRows, 0, 'closed groups render no rows');
    assert.equal(rendered.groups.length, large.groups.length);
    const report = renderMap(large, { interactive: false, openAllGroups: true });
    assert.equal(report.shownRows, large.rows.length, 'the report shows every row');
    assert.equal(report.groups.map((group) => group.html).join('').match(/<tr class="vm-row"/g)?.length, large.rows.length);
    const filtered = visibleGroups(large, { ...EMPTY_VIEW, filter: '10.1.3.' });
    assert.deepEqual(filtered.map((group) => [group.group.label, group.rows.length, group.open]), [['10.1.3.0/24', 16, true]]);
    const opened = visibleGroups(large, { ...EMPTY_VIEW, groups: { 'P|10.1.2.0/24': true } });
    assert.deepEqual(opened.filter((group) => group.open).map((group) => group.group.key), ['P|10.1.2.0/24']);
  });
});

describe('range lookup', () => {
  it('finds the same most specific VIPARANGE per stack as the simulation does', () => {
    const result = runChecks({
      'SYSA.tcpip': stack(1, '  VIPARANGE DEFINE 255.255.0.0 10.1.0.0\n  VIPARANGE DEFINE 255.255.255.0 10.1.2.0'),
      'SYSB.tcpip': stack(2, '  VIPARANGE DEFINE 255.255.255.0 10.1.2.0\n  VIPARANGE DEFINE 255.255.255.128 10.1.2.128'),
      'SYSC.tcpip': stack(3, ''),
    }, []).result;
    const lookup = new RangeLookup();
    for (const s of result.takeover.stacks) lookup.add(s);
    for (const address of ['10.1.2.200', '10.1.2.5', '10.1.9.9', '10.2.0.1', '10.1.2.128']) {
      const fromLookup = lookup.covering(address).map(({ stack: s, range }) => `${s.name} ${range.network}/${range.prefixLength}`).sort();
      const expected = result.takeover.stacks.flatMap((s) => {
        const range = mostSpecificRange(s, address);
        return range ? [`${s.name} ${range.network}/${range.prefixLength}`] : [];
      }).sort();
      assert.deepEqual(fromLookup, expected, address);
    }
    assert.deepEqual(lookup.covering('10.1.2.200').map(({ range }) => range.prefixLength).sort(), [24, 25]);
  });
});
