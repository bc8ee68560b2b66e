// The analysis service seen through the real server over stdio: clients without workspaceFolders,
// the file-too-large severity, internal errors, the custom requests (one definition shared with the
// client), asynchronous builds that answer hovers meanwhile and that a new edit cancels, and
// diagnostics published only for files whose findings changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient, codes, copyFixture } from './helpers/lsp-client.js';
import {
  RESCAN_REQUEST, SETTLED_REQUEST, SUMMARY_REQUEST, isRescanResult, isSettledResult, isSysplexSummary, type SettledResult,
} from '../../server/src/protocol/custom-requests.js';
import { syntheticSysplex } from '../../bench/synthetic-sysplex.js';

const SYSA = 'profiles/SYSA.tcpip';
const PAYMENTS = 'liberty/servers/payments/server.xml';
const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);

async function withFixture(run: (client: TestClient, workspace: ReturnType<typeof copyFixture>) => Promise<void>, options: Partial<Parameters<typeof TestClient.start>[0]> & { prepare?: (workspace: ReturnType<typeof copyFixture>) => void } = {}): Promise<void> {
  const workspace = copyFixture();
  options.prepare?.(workspace);
  const client = await TestClient.start({ ...options, rootPath: workspace.root });
  try {
    await run(client, workspace);
    assert.ok(client.alive, 'the server survived the test');
  } finally {
    await client.shutdown();
    workspace.dispose();
  }
}

function settled(client: TestClient): Promise<SettledResult> {
  return client.connection.sendRequest<SettledResult>(SETTLED_REQUEST);
}

test('a client that does not declare workspaceFolders still gets diagnostics', async () => {
  await withFixture(
    async (client, workspace) => {
      await client.waitForProgressEnd();
      assert.deepEqual(codes(await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), (d) => d.length > 0)), ['bind-not-covered']);
      assert.ok(!client.logMessages.some((message) => message.includes('failed')), client.logMessages.join('\n'));
    },
    {
      capabilities: (defaults) => ({ ...defaults, workspace: { ...defaults.workspace, workspaceFolders: undefined } }),
    },
  );
});

test('file-too-large follows its severity setting, and "off" publishes nothing', async () => {
  const big = `; ${'x'.repeat(3000)}\nVIPADYNAMIC\nENDVIPADYNAMIC\n`;
  for (const [setting, expected] of [['warning', [['file-too-large', 2]]], ['off', []]] as const) {
    await withFixture(
      async (client, workspace) => {
        await client.waitForProgressEnd();
        await client.open(workspace.uriOf('profiles/BIG.tcpip'), big);
        const diagnostics = await client.waitForDiagnostics(workspace.uriOf('profiles/BIG.tcpip'));
        assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), expected, setting);
      },
      {
        configuration: { vipaCheck: { maxFileSizeKb: 2, severity: { 'file-too-large': setting } } },
        prepare: (workspace) => writeFileSync(workspace.pathOf('profiles/BIG.tcpip'), big),
      },
    );
  }
});

test('an internal error in one check is one visible diagnostic plus a stack trace in the log; the other checks still publish', async () => {
  await withFixture(
    async (client, workspace) => {
      await client.waitForProgressEnd();
      // no-backup is the check that throws; bind-not-covered still reaches the client.
      assert.deepEqual(codes(await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), (d) => d.length > 0)), ['bind-not-covered']);
      await settled(client);
      const internal = [...client.diagnostics.values()].flat().filter((diagnostic) => diagnostic.code === 'internal-error');
      assert.equal(internal.length, 1, JSON.stringify(internal));
      assert.match(String(internal[0].message), /check no-backup/);
      assert.ok(!codes([...client.diagnostics.values()].flat()).includes('no-backup'));
      const trace = client.logMessages.find((message) => message.includes('fault injected into no-backup'));
      assert.ok(trace && /\n\s+at /.test(trace), `a stack trace in the log: ${client.logMessages.join('\n')}`);
    },
    { env: { VIPA_CHECK_FAULT: 'no-backup' } },
  );
});

test('the custom requests answer the shapes the client checks (one shared definition)', async () => {
  await withFixture(async (client) => {
    await client.waitForProgressEnd();
    const summary = await client.connection.sendRequest(SUMMARY_REQUEST);
    assert.ok(isSysplexSummary(summary), JSON.stringify(summary));
    assert.deepEqual(summary.stacks.map((stack) => stack.name).sort(), ['SYSA', 'SYSB']);
    const sysa = summary.stacks.find((stack) => stack.name === 'SYSA')!;
    assert.ok(sysa.dvipas.some((dvipa) => dvipa.address === '10.20.1.1' && dvipa.role === 'VIPADEFINE'));
    assert.ok(sysa.ranges.includes('10.30.1.0/24'), sysa.ranges.join());
    const payments = summary.servers.find((server) => server.name === 'payments')!;
    assert.equal(payments.endpoints[0].coverage.SYSB, 'not covered');
    assert.ok(summary.problems.warning >= 1, JSON.stringify(summary.problems));
    const rescan = await client.connection.sendRequest(RESCAN_REQUEST);
    assert.ok(isRescanResult(rescan), JSON.stringify(rescan));
    assert.deepEqual([rescan.stacks, rescan.servers], [2, 2]);
    const state = await settled(client);
    assert.ok(isSettledResult(state), JSON.stringify(state));
    assert.ok(state.completedBuilds >= 2);
    // The validators reject what the client must not render.
    assert.equal(isSysplexSummary({ ...summary, stacks: [{ name: 'X', file: 'f', dvipas: ['10.1.1.1'], ranges: [] }] }), false);
    assert.equal(isRescanResult({ stacks: 1, servers: 1 }), false);
  });
});

test('after an edit only the files whose diagnostics changed are published', async () => {
  await withFixture(async (client, workspace) => {
    await client.waitForProgressEnd();
    const sysa = workspace.uriOf(SYSA);
    await client.waitForDiagnostics(sysa, hasCode('no-backup'));
    const before = (await settled(client)).publishedDiagnostics;
    // A comment: nothing changes anywhere, nothing is published.
    await client.open(sysa, `${readFileSync(workspace.pathOf(SYSA), 'utf8')}; a comment\n`);
    let after = await settled(client);
    assert.equal(after.publishedDiagnostics, before, 'a comment publishes nothing');
    // A repeated VIPADEFINE: SYSA changes (duplicate-vipa), no other file does.
    const text = client.text(sysa)!;
    const at = text.indexOf('ENDVIPADYNAMIC');
    const line = text.slice(0, at).split('\n').length - 1;
    await client.edit(sysa, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.20.1.2\n' }]);
    await client.waitForDiagnostics(sysa, hasCode('duplicate-vipa'));
    after = await settled(client);
    assert.equal(after.publishedDiagnostics, before + 1, 'only SYSA is published again');
  });
});

/** A workspace large enough that its first analysis takes a while: a synthetic sysplex on disk. */
function largeWorkspace(): { root: string; uriOf: (path: string) => string; text: Record<string, string>; profile: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'vipa-large-'));
  const sysplex = syntheticSysplex(24, 3000, 40);
  for (const [path, text] of Object.entries(sysplex.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, uriOf: (path) => pathToFileURL(join(root, path)).href, text: sysplex.files, profile: sysplex.profileOf(0), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

test('while the first analysis runs, a hover is answered at once and a new edit cancels the build', async () => {
  const workspace = largeWorkspace();
  const client = await TestClient.start({ rootPath: workspace.root, configuration: { vipaCheck: { debounceMs: 0 } } });
  try {
    const uri = workspace.uriOf(workspace.profile);
    const text = workspace.text[workspace.profile];
    await client.open(uri, text);
    await client.waitForProgressReport((message) => message.startsWith('Checking'));
    // The first analysis of the workspace is running now. A hover on a keyword is answered from
    // the document alone, before that analysis publishes anything for the other files.
    const firstPublishedElsewhere = () => [...client.diagnostics.keys()].some((published) => published !== uri);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match(JSON.stringify(hover?.contents), /TCPCONFIG/);
    assert.equal(firstPublishedElsewhere(), false, 'the hover was answered before the first analysis finished');
    // An edit now cancels the running build; the next one sees it.
    const line = text.split('\n').findIndex((candidate) => candidate.includes('VIPADEFINE'));
    const repeat = `${text.split('\n')[line]}\n`;
    await client.edit(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: repeat }]);
    await client.waitForDiagnostics(uri, hasCode('duplicate-vipa'), 120_000);
    const state = await settled(client);
    assert.ok(state.cancelledBuilds >= 1, JSON.stringify(state));
    assert.ok(firstPublishedElsewhere());
  } finally {
    await client.shutdown();
    workspace.dispose();
  }
});
