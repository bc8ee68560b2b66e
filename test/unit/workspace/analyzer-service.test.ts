// The AnalyzerService: per-file states that an edit moves back only where it must, builds that give
// the event loop a turn between steps while the last complete result stays readable, and a change
// that cancels a running build without losing the work it finished.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryHost, fileUri } from '../../helpers/memory-host.js';
import { AnalyzerService, type FileState } from '../../../server/src/analyzer/workspace/analyzer-service.js';

const dvipa = (address: string) => `VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 ${address}\nENDVIPADYNAMIC\n`;
const FILES = {
  'vipa-check.json': JSON.stringify({
    stacks: { A: { profile: 'a/PROFILE.TCPIP' }, B: { profile: 'b/PROFILE.TCPIP' }, C: { profile: 'c/PROFILE.TCPIP' } },
    sysplexes: { P1: ['A', 'B'], P2: ['C'] },
    servers: { app: { sysplex: 'P1' } },
  }),
  'a/PROFILE.TCPIP': `${dvipa('10.1.1.1')}INCLUDE USER.TCPPARMS(SHARED)\n`,
  'USER.TCPPARMS/SHARED': 'VIPADYNAMIC\n  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.9.9.0\nENDVIPADYNAMIC\n',
  'b/PROFILE.TCPIP': dvipa('10.1.1.2'),
  'c/PROFILE.TCPIP': dvipa('10.2.2.2'),
  'wlp/usr/servers/app/server.xml': '<server><httpEndpoint id="e" host="10.9.9.5" httpPort="9080"/></server>',
};

function states(service: AnalyzerService): Record<string, FileState | undefined> {
  return Object.fromEntries(Object.keys(FILES).filter((path) => path !== 'vipa-check.json').map((path) => [path, service.stateOf(fileUri(path))]));
}

test('an edit moves back only the files it affects: itself, its stack, then its sysplex', async () => {
  const host = memoryHost(FILES);
  const service = new AnalyzerService(host);
  service.setFiles(host.uris());
  assert.deepEqual(new Set(Object.values(states(service))), new Set(['read']));
  await service.analyze();
  assert.deepEqual(new Set(Object.values(states(service))), new Set(['checked']));

  host.write('USER.TCPPARMS/SHARED', 'VIPADYNAMIC\n  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.9.8.0\nENDVIPADYNAMIC\n');
  service.fileChanged(fileUri('USER.TCPPARMS/SHARED'));
  assert.deepEqual(states(service), {
    'USER.TCPPARMS/SHARED': 'read',
    'a/PROFILE.TCPIP': 'parsed', // same text, but its stack model is rebuilt
    'b/PROFILE.TCPIP': 'modelled', // same sysplex: cross-stack checks run again
    'wlp/usr/servers/app/server.xml': 'modelled', // a server of that sysplex: bind-not-covered again
    'c/PROFILE.TCPIP': 'checked', // another sysplex: untouched
  });
  const result = await service.analyze();
  assert.ok(result);
  assert.equal(result.stats.parsedFiles, 1);
  assert.deepEqual(new Set(Object.values(states(service))), new Set(['checked']));

  host.write('wlp/usr/servers/app/server.xml', '<server><httpEndpoint id="e" host="10.9.8.5" httpPort="9080"/></server>');
  service.fileChanged(fileUri('wlp/usr/servers/app/server.xml'));
  assert.equal(service.stateOf(fileUri('wlp/usr/servers/app/server.xml')), 'read');
  assert.deepEqual(new Set(Object.entries(states(service)).filter(([path]) => !path.endsWith('.xml')).map(([, state]) => state)), new Set(['checked']));
});

test('a build yields between steps; meanwhile the last complete result stays what callers read', async () => {
  const host = memoryHost(FILES);
  let turns = 0;
  let seenDuringBuild: unknown = 'unset';
  const service = new AnalyzerService(host, {
    sliceMs: 0,
    yieldToEventLoop: async () => {
      turns++;
      if (seenDuringBuild === 'unset') seenDuringBuild = service.lastResult;
    },
  });
  service.setFiles(host.uris());
  const first = await service.analyze();
  assert.ok(first);
  // Every profile, stack, server and check is a step of its own.
  assert.ok(turns > 4 + 3 + 1 + 10, `${turns} turns`);
  assert.equal(seenDuringBuild, undefined, 'no partial result is ever visible');

  turns = 0;
  seenDuringBuild = 'unset';
  host.write('c/PROFILE.TCPIP', dvipa('10.2.2.3'));
  service.fileChanged(fileUri('c/PROFILE.TCPIP'));
  const second = await service.analyze();
  assert.equal(seenDuringBuild, first, 'requests during the build read the previous complete result');
  assert.notEqual(second, first);
  assert.equal(service.lastResult, second);
});

test('a change while a build runs cancels it; the next build keeps the parses the cancelled one did', async () => {
  const host = memoryHost(FILES);
  let turns = 0;
  const service = new AnalyzerService(host, {
    sliceMs: 0,
    yieldToEventLoop: async () => {
      // Mid-way through the parses: the user types in stack C.
      if (++turns === 3) {
        host.write('c/PROFILE.TCPIP', dvipa('10.2.2.4'));
        service.fileChanged(fileUri('c/PROFILE.TCPIP'), 2);
      }
    },
  });
  service.setFiles(host.uris());
  assert.equal(await service.analyze(), undefined);
  assert.equal(service.stats.cancelled, 1);
  assert.equal(service.lastResult, undefined);
  const parsedBefore = Object.entries(states(service)).filter(([, state]) => state === 'parsed').length;
  assert.ok(parsedBefore >= 1, 'the cancelled build left finished parses');
  const result = await service.analyze();
  assert.ok(result);
  assert.ok(result.stats.parsedFiles < 4, `only what the cancelled build had not parsed: ${result.stats.parsedFiles}`);
  assert.ok(result.model.stacks.find((stack) => stack.name === 'C')?.dvipas.some((fact) => fact.address === '10.2.2.4'));
  assert.equal(service.isUpToDate, true);
});
