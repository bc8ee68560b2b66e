import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PROFILE_LANGUAGE_ID, activateExtension, codeOf, waitForDiagnostics } from './helpers.js';

/**
 * An in-memory file system for the `zowe-ds` scheme: it stands in for Zowe Explorer, which serves data
 * set members as zowe-ds:/<profile>/<DATA.SET>/<MEMBER> documents.
 */
class MemoryDataSets implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  write(uri: vscode.Uri, text: string): void {
    this.files.set(uri.path, Buffer.from(text, 'utf8'));
  }
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const data = this.files.get(uri.path);
    if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.byteLength };
    if ([...this.files.keys()].some((path) => path.startsWith(uri.path.endsWith('/') ? uri.path : uri.path + '/'))) {
      return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    }
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  readFile(uri: vscode.Uri): Uint8Array {
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return data;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.files.set(uri.path, content);
    this.changes.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }
  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only test file system');
  }
}

suite('documents from other schemes (Zowe Explorer)', () => {
  const dataSets = new MemoryDataSets();
  let registration: vscode.Disposable | undefined;

  suiteSetup(async () => {
    await activateExtension();
    registration = vscode.workspace.registerFileSystemProvider('zowe-ds', dataSets, { isCaseSensitive: true });
  });
  suiteTeardown(() => registration?.dispose());

  test('a zowe-ds: member opened as a profile gets diagnostics', async () => {
    const uri = vscode.Uri.parse('zowe-ds:/SYS1.TCPPARMS/PROFA');
    dataSets.write(uri, [
      '; PROFILE.TCPIP member served by the test file system',
      'VIPADYNAMIC',
      '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 127.0.0.1',
      'ENDVIPADYNAMIC',
      '',
    ].join('\n'));
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== PROFILE_LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, PROFILE_LANGUAGE_ID);
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'zowe-ds');
    const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'loopback-in-vipa'), 'loopback-in-vipa on the zowe-ds: member');
    const loopback = diagnostics.find((d) => codeOf(d) === 'loopback-in-vipa')!;
    assert.equal(loopback.range.start.line, 2, 'on the VIPADEFINE line');
  });
});
