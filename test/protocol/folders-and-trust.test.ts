// Protocol tests of per-folder (resource-scoped) settings in a multi-root workspace, and of the
// untrusted mode (syntax checks only, no keystore reading).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, InlayHintRequest, type InlayHint } from 'vscode-languageserver-protocol/node';
import { EXAMPLES_WORKSPACE, TestClient, codes, copyFixture } from './helpers/lsp-client.js';
import { SYNTAX_CODES } from '../../server/src/lsp/trust.js';

function write(root: string, relative: string, content: string): void {
  mkdirSync(dirname(join(root, relative)), { recursive: true });
  writeFileSync(join(root, relative), content);
}

/** A stack whose DVIPA has no backup (no-backup) and a VIPABACKUP on a second stack. */
function sysplexFolder(prefix: string, octet: number): string {
  const root = mkdtempSync(join(tmpdir(), `vipa-${prefix}-`));
  write(root, 'SYSA.tcpip', `VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.60.${octet}.1\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.60.${octet}.2\nENDVIPADYNAMIC\n`);
  write(root, 'SYSB.tcpip', `VIPADYNAMIC\n  VIPABACKUP 50 MOVEABLE IMMEDIATE 255.255.255.255 10.60.${octet}.2\nENDVIPADYNAMIC\n`);
  return root;
}

describe('settings per workspace folder', () => {
  const folderA = sysplexFolder('a', 1);
  const folderB = sysplexFolder('b', 2);
  const uriA = pathToFileURL(join(folderA, 'SYSA.tcpip')).href;
  const uriB = pathToFileURL(join(folderB, 'SYSA.tcpip')).href;
  const backupB = pathToFileURL(join(folderB, 'SYSB.tcpip')).href;
  const folderUriB = pathToFileURL(folderB).href;
  let settingsB: Record<string, unknown> = { severity: { 'no-backup': 'off' }, inlayHints: { enabled: false } };
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      rootPath: folderA,
      extraFolders: [folderB],
      // Window level (and folder A): no-backup as error. Folder B: its own folder settings.
      configuration: { vipaCheck: { severity: { 'no-backup': 'error' } } },
      scopedConfiguration: (section, scopeUri) => (section === 'vipaCheck' && scopeUri.replace(/\/$/, '') === folderUriB ? settingsB : undefined),
    });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    rmSync(folderA, { recursive: true, force: true });
    rmSync(folderB, { recursive: true, force: true });
  });

  test('each folder gets the severities its own settings give', async () => {
    const a = await client.waitForDiagnostics(uriA, (d) => d.length > 0);
    assert.deepEqual(codes(a), ['no-backup']);
    assert.equal(a[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(await client.waitForDiagnostics(uriB), []);
  });

  test('inlay hints follow the folder setting', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const hintsB = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: backupB }, range })) as InlayHint[];
    assert.deepEqual(hintsB, []);
    const hintsA = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: pathToFileURL(join(folderA, 'SYSB.tcpip')).href }, range })) as InlayHint[];
    assert.deepEqual(hintsA.map((hint) => hint.label), ['1st of 1 backup']);
  });

  test('a change of one folder\'s settings is picked up on didChangeConfiguration', async () => {
    settingsB = { severity: { 'no-backup': 'hint' } };
    await client.changeConfiguration(client.configuration);
    const b = await client.waitForDiagnostics(uriB, (d) => d.length > 0);
    assert.deepEqual(codes(b), ['no-backup']);
    assert.equal(b[0].severity, DiagnosticSeverity.Hint);
    assert.equal((await client.waitForDiagnostics(uriA, (d) => d.length > 0))[0].severity, DiagnosticSeverity.Error);
  });
});

describe('untrusted workspace', () => {
  const workspace = copyFixture(EXAMPLES_WORKSPACE);
  let client: TestClient;

  before(async () => {
    // A syntax error, so that the untrusted mode has something to report.
    write(workspace.root, 'sysd/PROFILE.TCPIP', 'TCPCONFIG RESTRICTLOWPORTS\nVIPADYNAMIC\n  VIPADEFINE 255.255.255.255 10.20.1.300\nENDVIPADYNAMIC\n');
    client = await TestClient.start({ rootPath: workspace.root, initializationOptions: { trusted: false } });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  test('only syntax checks are reported: no sysplex checks, no Liberty coverage, no certificate check', async () => {
    assert.deepEqual(codes(await client.waitForDiagnostics(workspace.uriOf('sysd/PROFILE.TCPIP'), (d) => d.length > 0)), ['syntax-error']);
    const published = [...client.diagnostics.values()].flat().map((diagnostic) => String(diagnostic.code));
    assert.ok(published.length > 0);
    assert.deepEqual(published.filter((code) => !(SYNTAX_CODES as readonly string[]).includes(code)), []);
    // The trusted example reports san-mismatch on z/OSMF (its keystore is read); here it is not.
    assert.deepEqual(await client.waitForDiagnostics(workspace.uriOf('liberty/servers/zosmf/server.xml')), []);
  });
});
