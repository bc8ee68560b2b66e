// Protocol test of the sysplex map: the vipa/sysplexMap request and the vipa/analysisFinished
// notification, over a real stdio connection to the server on a copy of the fixture workspace (SYSA
// owns 10.20.1.1 and 10.20.1.2 and the range 10.30.1.0/24; SYSB backs up 10.20.1.1 only).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TestClient, copyFixture, withTimeout } from './helpers/lsp-client.js';
import type { SysplexMap } from '../../server/src/analyzer/map/map-types.js';

const SYSB = 'profiles/SYSB.tcpip';

interface Answer {
  stamp: number;
  map?: SysplexMap;
  error?: string;
}

describe('vipa/sysplexMap', () => {
  const workspace = copyFixture();
  let client: TestClient;
  const finished: number[] = [];
  let onFinished: (() => void) | undefined;
  /** Resolves on the first vipa/analysisFinished with a stamp above `stamp` (already received or to come). */
  const finishedAfter = (stamp: number) =>
    withTimeout(
      new Promise<void>((resolve) => {
        const check = () => finished.some((seen) => seen > stamp) && (resolve(), true);
        if (!check()) onFinished = check;
      }),
      10_000,
      `vipa/analysisFinished after stamp ${stamp}`,
    );

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
    client.connection.onNotification('vipa/analysisFinished', (params: { stamp: number }) => {
      finished.push(params.stamp);
      onFinished?.();
    });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  const request = (down: string[]) => client.connection.sendRequest('vipa/sysplexMap', { down }) as Promise<Answer>;

  test('answers the map with every stack up, with paths relative to the workspace folder', async () => {
    const answer = await request([]);
    assert.ok(answer.map, answer.error);
    assert.ok(answer.stamp > 0);
    assert.deepEqual(answer.map.stacks.map((stack) => [stack.name, stack.down]), [['SYSA', false], ['SYSB', false]]);
    const row = answer.map.rows.find((candidate) => candidate.address === '10.20.1.1');
    assert.deepEqual(row?.cells.map((cell) => `${cell.stack} ${cell.roles.map((role) => role.kind).join('+')}`), ['SYSA owner', 'SYSB backup']);
    assert.ok(answer.map.files.every((file) => !file.label.startsWith('file:')), answer.map.files.map((file) => file.label).join());
    assert.equal(answer.map.simulation, undefined);
  });

  test('with stacks down, answers the simulated map', async () => {
    const answer = await request(['sysa', 'NOPE']);
    assert.deepEqual(answer.map?.simulation?.down, ['SYSA']);
    assert.deepEqual(answer.map?.unknownDown, ['NOPE']);
    const row = answer.map!.rows.find((candidate) => candidate.address === '10.20.1.1')!;
    assert.equal(row.cells.find((cell) => cell.stack === 'SYSB')?.change, 'takes-over');
  });

  test('after an edit, notifies vipa/analysisFinished with a new stamp, and the map follows', async () => {
    const before = (await request([])).stamp;
    const uri = workspace.uriOf(SYSB);
    const text = readFileSync(workspace.pathOf(SYSB), 'utf8');
    await client.open(uri, text);
    const match = /VIPABACKUP [^\n;]*?(10\.20\.1\.1)\b/.exec(text);
    assert.ok(match, 'SYSB backs up 10.20.1.1');
    const at = match.index + match[0].length - match[1].length;
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at - 1) + 1);
    await client.edit(uri, [{ range: { start: { line, character }, end: { line, character: character + match[1].length } }, newText: '10.20.1.2' }]);
    await finishedAfter(before);
    const answer = await request([]);
    assert.ok(answer.stamp > before);
    const row = answer.map!.rows.find((candidate) => candidate.address === '10.20.1.2')!;
    assert.deepEqual(row.cells.map((cell) => `${cell.stack} ${cell.roles.map((role) => role.kind).join('+')}`), ['SYSA owner', 'SYSB backup']);
  });
});
