// Protocol tests that change documents: quick fixes whose edits make their diagnostic go away,
// an edit of one profile re-checking a never-opened server.xml, watched files, zowe-ds: members,
// the size limit and files.exclude. Each test gets its own server and workspace copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { CodeActionRequest, FileChangeType, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TestClient, codes, copyFixture } from './helpers/lsp-client.js';
import { positionOf } from './helpers/text-position.js';

const SYSA = 'profiles/SYSA.tcpip';
const SYSB = 'profiles/SYSB.tcpip';
const PAYMENTS = 'liberty/servers/payments/server.xml';

const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);
const lacksCode = (code: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === code);

async function withServer(run: (client: TestClient, workspace: ReturnType<typeof copyFixture>) => Promise<void>, options: { configuration?: Record<string, unknown>; prepare?: (workspace: ReturnType<typeof copyFixture>) => void; initializationOptions?: unknown } = {}): Promise<void> {
  const workspace = copyFixture();
  options.prepare?.(workspace);
  const client = await TestClient.start({ rootPath: workspace.root, configuration: options.configuration, initializationOptions: options.initializationOptions });
  try {
    await client.waitForProgressEnd();
    await run(client, workspace);
    assert.ok(client.alive, 'the server survived the test');
  } finally {
    await client.shutdown();
    workspace.dispose();
  }
}

async function quickFixes(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  return (actions ?? []) as CodeAction[];
}

/** Applies a code action's WorkspaceEdit the way an editor does: opens each target, then edits it. */
async function applyAction(client: TestClient, workspace: ReturnType<typeof copyFixture>, action: CodeAction): Promise<void> {
  const changes = action.edit?.changes ?? {};
  assert.ok(Object.keys(changes).length > 0, `action "${action.title}" has edits`);
  for (const [uri, edits] of Object.entries(changes) as [string, TextEdit[]][]) {
    if (client.text(uri) === undefined) {
      const relative = decodeURIComponent(uri.slice(`file://${workspace.root}/`.length));
      await client.open(uri, readFileSync(workspace.pathOf(relative), 'utf8'));
    }
    await client.edit(uri, edits);
  }
}

test('bind-not-covered quick fix adds a VIPARANGE to the stack that lacks it, and the diagnostic goes away', async () => {
  await withServer(async (client, workspace) => {
    const [diagnostic] = (await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), hasCode('bind-not-covered'))).filter(hasCodeOne('bind-not-covered'));
    const actions = await quickFixes(client, workspace.uriOf(PAYMENTS), diagnostic);
    const fix = actions.find((action) => action.title === 'Add VIPARANGE for 10.30.1.5 to stack SYSB in SYSB.tcpip');
    assert.ok(fix, actions.map((action) => action.title).join(' | '));
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['bind-not-covered']);
    await applyAction(client, workspace, fix);
    // Inserted before ENDVIPADYNAMIC with the block's own indentation (four blanks in SYSB).
    assert.match(client.text(workspace.uriOf(SYSB))!, /\n {4}VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.255 10\.30\.1\.5\nENDVIPADYNAMIC/);
    await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), lacksCode('bind-not-covered'));
    assert.deepEqual(codes(await client.waitForDiagnostics(workspace.uriOf(SYSB))), []);
  });
});

test('bind-not-covered offers the VIPARANGE another stack has first, named with the file it edits, then the /32', async () => {
  await withServer(async (client, workspace) => {
    const [diagnostic] = (await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), hasCode('bind-not-covered'))).filter(hasCodeOne('bind-not-covered'));
    const actions = await quickFixes(client, workspace.uriOf(PAYMENTS), diagnostic);
    assert.deepEqual(actions.map((action) => action.title), [
      'Add VIPARANGE 10.30.1.0/24 (as on SYSA) to stack SYSB in SYSB.tcpip',
      'Add VIPARANGE for 10.30.1.5 to stack SYSB in SYSB.tcpip',
    ]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[1].isPreferred, undefined);
    await applyAction(client, workspace, actions[0]);
    assert.match(client.text(workspace.uriOf(SYSB))!, /\n {4}VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.0 10\.30\.1\.0\nENDVIPADYNAMIC/);
    await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), lacksCode('bind-not-covered'));
  });
});

function hasCodeOne(code: string) {
  return (diagnostic: Diagnostic) => diagnostic.code === code;
}

test('bind-not-covered quick fix creates a VIPADYNAMIC block when the stack has none', async () => {
  await withServer(async (client, workspace) => {
    const sysb = workspace.uriOf(SYSB);
    const withoutBlock = readFileSync(workspace.pathOf(SYSB), 'utf8').replace(/VIPADYNAMIC\n[\s\S]*?ENDVIPADYNAMIC\n/, '');
    await client.open(sysb, withoutBlock);
    // SYSA's 10.20.1.1 has lost its backup: the edit was seen.
    await client.waitForDiagnostics(workspace.uriOf(SYSA), (d) => d.filter(hasCodeOne('no-backup')).length === 2);
    const [diagnostic] = (await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), hasCode('bind-not-covered'))).filter(hasCodeOne('bind-not-covered'));
    const fix = (await quickFixes(client, workspace.uriOf(PAYMENTS), diagnostic)).find((action) => action.title === 'Add VIPARANGE for 10.30.1.5 to stack SYSB in SYSB.tcpip');
    assert.ok(fix);
    await applyAction(client, workspace, fix);
    assert.ok(client.text(sysb)!.endsWith('START OSA1\nVIPADYNAMIC\n  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.255 10.30.1.5\nENDVIPADYNAMIC\n'), client.text(sysb));
    await client.waitForDiagnostics(workspace.uriOf(PAYMENTS), lacksCode('bind-not-covered'));
    assert.deepEqual(codes(await client.waitForDiagnostics(sysb, (d) => d.length === 0)), []);
  });
});

test('no-backup quick fix adds a VIPABACKUP on the other stack, and the diagnostic goes away', async () => {
  await withServer(async (client, workspace) => {
    const sysa = workspace.uriOf(SYSA);
    const [diagnostic] = (await client.waitForDiagnostics(sysa, hasCode('no-backup'))).filter(hasCodeOne('no-backup'));
    const actions = await quickFixes(client, sysa, diagnostic);
    const fix = actions.find((action) => action.title === 'Add VIPABACKUP for 10.20.1.2 to stack SYSB in SYSB.tcpip');
    assert.ok(fix, actions.map((action) => action.title).join(' | '));
    await applyAction(client, workspace, fix);
    assert.match(client.text(workspace.uriOf(SYSB))!, /VIPABACKUP 100 MOVEABLE IMMEDIATE 255\.255\.255\.255 10\.20\.1\.2\nENDVIPADYNAMIC/);
    assert.deepEqual(await client.waitForDiagnostics(sysa, (d) => d.length === 0), []);
  });
});

for (const [title, variant] of [
  ['Insert VIPADELETE 10.20.1.1 before the repeat', 'vipadelete'],
  ['Remove the repeated VIPADEFINE statement', 'remove'],
] as const) {
  test(`duplicate-vipa quick fix "${variant}" makes the diagnostic go away`, async () => {
    await withServer(async (client, workspace) => {
      const sysa = workspace.uriOf(SYSA);
      const original = readFileSync(workspace.pathOf(SYSA), 'utf8');
      const repeated = original.replace('ENDVIPADYNAMIC', '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.1\nENDVIPADYNAMIC');
      await client.open(sysa, repeated);
      const [diagnostic] = (await client.waitForDiagnostics(sysa, hasCode('duplicate-vipa'))).filter(hasCodeOne('duplicate-vipa'));
      assert.equal(diagnostic.range.start.line, positionOf(repeated, '10.20.1.1', 0, 1).line, 'reported on the repeat');
      const actions = await quickFixes(client, sysa, diagnostic);
      const fix = actions.find((action) => action.title === title);
      assert.ok(fix, actions.map((action) => action.title).join(' | '));
      await applyAction(client, workspace, fix);
      if (variant === 'remove') assert.equal(client.text(sysa), original);
      else assert.match(client.text(sysa)!, /\n {2}VIPADELETE 10\.20\.1\.1\n {2}VIPADEFINE MOVEABLE IMMEDIATE 255\.255\.255\.0 10\.20\.1\.1\n/);
      await client.waitForDiagnostics(sysa, lacksCode('duplicate-vipa'));
    });
  });
}

test('editing one profile re-checks the server.xml that was never opened', async () => {
  await withServer(async (client, workspace) => {
    const payments = workspace.uriOf(PAYMENTS);
    await client.waitForDiagnostics(payments, hasCode('bind-not-covered'));
    const sysb = workspace.uriOf(SYSB);
    const text = readFileSync(workspace.pathOf(SYSB), 'utf8');
    await client.open(sysb, text);
    const at = positionOf(text, 'ENDVIPADYNAMIC');
    // Typed in two keystroke-like edits: the debounce must end with the complete statement checked.
    await client.edit(sysb, [{ range: { start: at, end: at }, newText: '    VIPARANGE DEFINE 255.255.255.0 ' }]);
    const after = { line: at.line, character: '    VIPARANGE DEFINE 255.255.255.0 '.length };
    await client.edit(sysb, [{ range: { start: after, end: after }, newText: '10.30.1.0\n' }]);
    await client.waitForDiagnostics(payments, lacksCode('bind-not-covered'));
    assert.deepEqual(codes(client.diagnostics.get(sysb) ?? []), []);
  });
});

test('a profile changed on disk (watched file) re-checks the server.xml', async () => {
  await withServer(async (client, workspace) => {
    const payments = workspace.uriOf(PAYMENTS);
    await client.waitForDiagnostics(payments, hasCode('bind-not-covered'));
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'), 'file watchers registered dynamically');
    const path = workspace.pathOf(SYSB);
    writeFileSync(path, readFileSync(path, 'utf8').replace('ENDVIPADYNAMIC', '    VIPARANGE DEFINE 255.255.255.0 10.30.1.0\nENDVIPADYNAMIC'));
    await client.watchedFilesChanged([{ uri: workspace.uriOf(SYSB), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(payments, lacksCode('bind-not-covered'));
  });
});

test('a zowe-ds: member opened as tcpip-profile gets diagnostics, cleared when it is closed', async () => {
  await withServer(async (client) => {
    const member = 'zowe-ds:/lpar1/SYS1.TCPPARMS/PROFZ';
    await client.open(member, 'VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.40.1.1\nENDVIPADYNAMIC\nVIPARANGE DEFINE 255.255.255.0 10.50.1.0\n');
    const diagnostics = await client.waitForDiagnostics(member, (d) => d.length > 0);
    assert.deepEqual(codes(diagnostics), ['no-backup', 'statement-out-of-place']);
    await client.close(member);
    await client.waitForDiagnostics(member, (d) => d.length === 0);
  });
});

test('files over maxFileSizeKb are skipped with a log message, and an opened one gets one information diagnostic', async () => {
  const big = `; ${'x'.repeat(3000)}\nVIPADYNAMIC\nENDVIPADYNAMIC\n`;
  await withServer(
    async (client, workspace) => {
      assert.ok(client.logMessages.some((message) => message.includes('BIG.tcpip')), client.logMessages.join('\n'));
      assert.equal(client.diagnostics.get(workspace.uriOf('profiles/BIG.tcpip')), undefined);
      await client.open(workspace.uriOf('profiles/BIG.tcpip'), big);
      const diagnostics = await client.waitForDiagnostics(workspace.uriOf('profiles/BIG.tcpip'));
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['file-too-large', 3]]);
    },
    {
      configuration: { vipaCheck: { maxFileSizeKb: 2 } },
      prepare: (workspace) => writeFileSync(workspace.pathOf('profiles/BIG.tcpip'), big),
    },
  );
});

test('files.exclude globs and build folders keep profiles out of the scan', async () => {
  const lonely = 'VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.60.1.1\nENDVIPADYNAMIC\n';
  await withServer(
    async (client, workspace) => {
      // The scan is over and diagnostics went out for the fixture; the excluded profiles got none.
      await client.waitForDiagnostics(workspace.uriOf(SYSA), hasCode('no-backup'));
      assert.equal(client.diagnostics.get(workspace.uriOf('archive/OLD.tcpip')), undefined);
      assert.equal(client.diagnostics.get(workspace.uriOf('build/COPY.tcpip')), undefined);
      assert.equal(client.diagnostics.get(workspace.uriOf('node_modules/pkg/PROFILE.TCPIP')), undefined);
      // Were they analysed, SYSA's 10.20.1.2 would still lack a backup but OLD would add a stack.
      const [noBackup] = (client.diagnostics.get(workspace.uriOf(SYSA)) ?? []).filter(hasCodeOne('no-backup'));
      assert.match(String(noBackup.message), /\(SYSB\)/);
    },
    {
      configuration: { 'files.exclude': { '**/archive': true, '**/*.bak': true } },
      prepare: (workspace) => {
        for (const folder of ['archive', 'build', 'node_modules/pkg']) mkdirSync(workspace.pathOf(folder), { recursive: true });
        writeFileSync(workspace.pathOf('archive/OLD.tcpip'), lonely);
        writeFileSync(workspace.pathOf('build/COPY.tcpip'), lonely);
        writeFileSync(workspace.pathOf('node_modules/pkg/PROFILE.TCPIP'), lonely);
      },
    },
  );
});

test('editing a shared INCLUDE member re-checks the stacks that include it and the server.xml', async () => {
  await withServer(async (client, workspace) => {
    const payments = workspace.uriOf(PAYMENTS);
    const common = workspace.uriOf('profiles/COMMON');
    await client.waitForDiagnostics(payments, hasCode('bind-not-covered'));
    assert.deepEqual(await client.waitForDiagnostics(common), [], 'the never-opened member is published clean');
    const text = readFileSync(workspace.pathOf('profiles/COMMON'), 'utf8');
    await client.open(common, text);
    const at = positionOf(text, 'ENDVIPADYNAMIC');
    await client.edit(common, [{ range: { start: at, end: at }, newText: '  VIPARANGE DEFINE 255.255.255.0 10.30.1.0\n' }]);
    await client.waitForDiagnostics(payments, lacksCode('bind-not-covered'));
  });
});

test('settings: severity "off" hides a code, hosts map a Liberty host name, and a change re-checks', async () => {
  await withServer(
    async (client, workspace) => {
      const named = workspace.uriOf('liberty/servers/named/server.xml');
      // The host name maps to 10.30.1.7 through vipaCheck.hosts: covered on SYSA only.
      await client.waitForDiagnostics(named, (d) => codes(d).join() === 'bind-not-covered');
      assert.deepEqual(await client.waitForDiagnostics(workspace.uriOf(SYSA)), [], 'no-backup is off');
      await client.changeConfiguration({ vipaCheck: { severity: { 'no-backup': 'hint' } } });
      const sysa = await client.waitForDiagnostics(workspace.uriOf(SYSA), (d) => d.length > 0);
      assert.deepEqual(sysa.map((d) => [d.code, d.severity]), [['no-backup', 4]]);
      assert.deepEqual(codes(await client.waitForDiagnostics(named, (d) => !hasCode('bind-not-covered')(d))), ['host-unresolved']);
    },
    {
      configuration: { vipaCheck: { severity: { 'no-backup': 'off' }, hosts: { 'named.example.com': '10.30.1.7' } } },
      prepare: (workspace) => {
        mkdirSync(workspace.pathOf('liberty/servers/named'), { recursive: true });
        writeFileSync(workspace.pathOf('liberty/servers/named/server.xml'), '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="named.example.com" httpPort="9082"/>\n</server>\n');
      },
    },
  );
});
