// Protocol test of the what-if code lens and the vipa/whatIf request, over a real stdio connection
// to the server on a copy of the fixture workspace (SYSA owns 10.20.1.1 and 10.20.1.2 and the range
// 10.30.1.0/24; SYSB backs up 10.20.1.1 only; server payments binds 10.30.1.5, orders 10.20.1.1).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { TestClient, copyFixture } from './helpers/lsp-client.js';

const SYSA = 'profiles/SYSA.tcpip';
const SYSB = 'profiles/SYSB.tcpip';
const COMMON = 'profiles/COMMON';

interface WhatIfAnswer {
  down: string[];
  unknown: string[];
  stacks: string[];
  text: string;
  result?: { endpoints: { server: string; status: string; stacks: string[] }[]; summary: { serversLost: string[] } };
}

describe('what-if code lens', () => {
  const workspace = copyFixture();
  const uri = workspace.uriOf;
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  const lenses = (relative: string) => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(relative) } }) as Promise<CodeLens[]>;

  test('one lens on the VIPADYNAMIC block of a stack, with the simulation counts and the command', async () => {
    const [lens, ...more] = await lenses(SYSA);
    assert.equal(more.length, 0);
    const text = readFileSync(workspace.pathOf(SYSA), 'utf8').split('\n');
    assert.equal(text[lens.range.start.line].slice(lens.range.start.character, lens.range.end.character), 'VIPADYNAMIC');
    assert.equal(lens.command?.title, 'If SYSA goes down: 1 address moves, 2 lost; 1 server lost');
    assert.equal(lens.command?.command, 'vipaCheck.showWhatIf');
    assert.deepEqual(lens.command?.arguments, [{ down: ['SYSA'] }]);
  });

  test('a member included by two stacks gets a lens per stack', async () => {
    const titles = (await lenses(COMMON)).map((lens) => lens.command?.title);
    assert.deepEqual(titles, ['If SYSA goes down: 1 address moves, 2 lost; 1 server lost', 'If SYSB goes down: 0 addresses move; 0 servers lost']);
  });

  test('vipa/whatIf answers the full report the lens opens', async () => {
    const answer = (await client.connection.sendRequest('vipa/whatIf', { down: ['sysa'] })) as WhatIfAnswer;
    assert.deepEqual(answer.down, ['SYSA']);
    assert.deepEqual(answer.stacks, ['SYSA', 'SYSB']);
    assert.match(answer.text, /^What if SYSA goes down\?$/m);
    assert.match(answer.text, /LOST {8}payments httpEndpoint "defaultHttpEndpoint" 10\.30\.1\.5 {2}\(liberty\/servers\/payments\/server\.xml:7\)/);
    assert.deepEqual(answer.result?.summary.serversLost, ['payments']);
    const unknown = (await client.connection.sendRequest('vipa/whatIf', { down: ['SYSX'] })) as WhatIfAnswer;
    assert.deepEqual([unknown.down, unknown.unknown, unknown.result], [[], ['SYSX'], undefined]);
    assert.match(unknown.text, /no stack named SYSX/);
  });

  test('the lens follows an unsaved edit: a VIPARANGE on SYSB makes payments restartable', async () => {
    const text = readFileSync(workspace.pathOf(SYSB), 'utf8');
    await client.open(uri(SYSB), text);
    const end = text.indexOf('ENDVIPADYNAMIC');
    const line = text.slice(0, end).split('\n').length - 1;
    await client.edit(uri(SYSB), [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '    VIPARANGE DEFINE 255.255.255.0 10.30.1.0\n' }]);
    const [lens] = await lenses(SYSA);
    assert.equal(lens.command?.title, 'If SYSA goes down: 2 addresses move, 1 lost; 0 servers lost');
    const answer = (await client.connection.sendRequest('vipa/whatIf', { down: ['SYSA'] })) as WhatIfAnswer;
    assert.deepEqual(answer.result?.endpoints.find((e) => e.server === 'payments')?.stacks, ['SYSB']);
    await client.close(uri(SYSB));
  });
});

describe('what-if code lens refresh', () => {
  const workspace = copyFixture();
  const uri = workspace.uriOf;
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      rootPath: workspace.root,
      capabilities: (defaults) => ({ ...defaults, workspace: { ...defaults.workspace, codeLens: { refreshSupport: true } } }),
    });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  test("an edit in SYSB asks the client to refresh the lenses (SYSA's lens counts SYSB's backups)", { timeout: 20_000 }, async () => {
    let refreshed!: () => void;
    const refresh = new Promise<void>((resolve) => (refreshed = resolve));
    client.connection.onRequest('workspace/codeLens/refresh', () => {
      refreshed();
      return null;
    });
    const text = readFileSync(workspace.pathOf(SYSB), 'utf8');
    await client.open(uri(SYSB), text);
    await client.edit(uri(SYSB), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '; a comment\n' }]);
    await refresh;
    const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(SYSA) } })) as CodeLens[];
    assert.match(lens.command?.title ?? '', /^If SYSA goes down: /);
    await client.close(uri(SYSB));
  });
});
