// Incremental cross-stack checks (support/stack-join.ts and the coverage memo) must say exactly what
// a fresh analysis says: after every edit of a random sequence, one long-lived workspace and a new
// workspace over the same files report the same findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryHost, fileUri } from '../../helpers/memory-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import type { AnalysisResult } from '../../../server/src/analyzer/workspace/analysis.js';

const LINES = [
  'VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.1.1.1',
  'VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.1.1.2',
  'VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.255 10.1.1.1',
  'VIPABACKUP 50 10.1.1.3',
  'VIPADELETE 10.1.1.2',
  'VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.1.9.0',
  'VIPARANGE DELETE 255.255.255.0 10.1.9.0',
  'VIPADISTRIBUTE DEFINE 10.1.1.1 PORT 80 DESTIP ALL',
  // Inside the VIPARANGE above: range-covers-other-dvipa when another stack has the range.
  'VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.1.9.5',
];
const HOMES = ['10.5.0.1', '10.5.0.2', '10.1.1.1', '10.1.9.7'];

function profile(next: () => number, stack: number): string {
  const body = Array.from({ length: 1 + Math.floor(next() * 5) }, () => `  ${LINES[Math.floor(next() * LINES.length)]}`);
  const home = HOMES[Math.floor(next() * HOMES.length)];
  return `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.9.0.${stack + 1} 255.255.255.0 1\nHOME\n  ${home} LNK${stack}\nINCLUDE USER.TCPPARMS(SHARED)\nVIPADYNAMIC\n${body.join('\n')}\nENDVIPADYNAMIC\n`;
}

function serverXml(next: () => number): string {
  const host = ['10.1.1.1', '10.1.9.20', '10.7.7.7', '*'][Math.floor(next() * 4)];
  return `<server><httpEndpoint id="e" host="${host}" httpPort="9080"/></server>`;
}

function summary(result: AnalysisResult): string[] {
  return [...result.findingsByUri.values()]
    .flat()
    .map((finding) => JSON.stringify([finding.uri, finding.range, finding.code, finding.severity, finding.message, finding.related ?? [], finding.data ?? null]))
    .sort();
}

test('after each edit of a random sequence, the long-lived workspace reports what a fresh one reports', () => {
  let state = 2024;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const files: Record<string, string> = { 'USER.TCPPARMS/SHARED': 'VIPADYNAMIC\nENDVIPADYNAMIC\n' };
  for (let stack = 0; stack < 4; stack++) files[`sys${stack}/PROFILE.TCPIP`] = profile(next, stack);
  for (let server = 0; server < 3; server++) files[`wlp/usr/servers/s${server}/server.xml`] = serverXml(next);
  const host = memoryHost(files);
  const workspace = new VipaWorkspace(host);
  workspace.setFiles(host.uris());
  workspace.analyze();
  const codesSeen = new Set<string>();
  for (let round = 0; round < 60; round++) {
    const choice = next();
    let path: string;
    if (choice < 0.3) {
      const stack = Math.floor(next() * 4);
      path = `sys${stack}/PROFILE.TCPIP`;
      host.write(path, profile(next, stack));
    } else if (choice < 0.6) {
      // One line changes, everything else stays where it was (the common keystroke).
      const stack = Math.floor(next() * 4);
      path = `sys${stack}/PROFILE.TCPIP`;
      const lines = (host.readText(fileUri(path)) ?? '').split('\n');
      const body = lines.map((line, index) => (line.startsWith('  V') ? index : -1)).filter((index) => index >= 0);
      if (body.length > 0) lines[body[Math.floor(next() * body.length)]] = `  ${LINES[Math.floor(next() * LINES.length)]}`;
      host.write(path, lines.join('\n'));
    } else if (choice < 0.8) {
      path = 'USER.TCPPARMS/SHARED';
      host.write(path, `VIPADYNAMIC\n  ${LINES[Math.floor(next() * LINES.length)]}\nENDVIPADYNAMIC\n`);
    } else {
      path = `wlp/usr/servers/s${Math.floor(next() * 3)}/server.xml`;
      host.write(path, serverXml(next));
    }
    workspace.fileChanged(fileUri(path));
    const result = workspace.analyze();
    for (const findings of result.findingsByUri.values()) for (const finding of findings) codesSeen.add(finding.code);
    const incremental = summary(result);
    const freshHost = memoryHost(Object.fromEntries([...host.files].map(([uri, text]) => [uri, text])));
    const fresh = new VipaWorkspace(freshHost);
    fresh.setFiles(freshHost.uris());
    assert.deepEqual(incremental, summary(fresh.analyze()), `round ${round} after editing ${path}`);
  }
  // The sequence exercises the cross-stack checks that keep state between analyses.
  for (const code of ['range-covers-other-dvipa', 'no-backup', 'duplicate-vipa']) assert.ok(codesSeen.has(code), `${code} never reported: ${[...codesSeen].join(', ')}`);
});
