import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFAULT_TIMEOUT_MS, activateExtension, codeOf, diagnosticKeys, ourDiagnostics, readCliReport, relativePath, waitUntil, workspaceFile,
  type CliReport,
} from './helpers.js';

/** The CLI's findings as "code@line:column" per workspace-relative file. */
function expectedByFile(report: CliReport): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const d of report.diagnostics) {
    const keys = byFile.get(d.file) ?? [];
    keys.push(`${d.code}@${d.line}:${d.column}`);
    byFile.set(d.file, keys);
  }
  for (const keys of byFile.values()) keys.sort();
  return byFile;
}

/** The editor's findings in the same form, for every file of the workspace folder that has any. */
function actualByFile(): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const [uri] of vscode.languages.getDiagnostics()) {
    if (uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(uri)) continue;
    const keys = diagnosticKeys(ourDiagnostics(uri));
    if (keys.length > 0) byFile.set(relativePath(uri), keys);
  }
  return byFile;
}

function differences(expected: Map<string, string[]>, actual: Map<string, string[]>): string[] {
  const files = new Set([...expected.keys(), ...actual.keys()]);
  const lines: string[] = [];
  for (const file of [...files].sort()) {
    const want = expected.get(file) ?? [];
    const got = actual.get(file) ?? [];
    if (want.join() !== got.join()) lines.push(`${file}:\n    CLI:    [${want.join(', ')}]\n    editor: [${got.join(', ')}]`);
  }
  return lines;
}

suite('diagnostics on the example sysplex', () => {
  suiteSetup(activateExtension);

  test('the example sysplex has the findings it was built to show', async () => {
    const report = await readCliReport();
    const codes = new Set(report.diagnostics.map((d) => d.code));
    for (const code of ['bind-not-covered', 'no-backup', 'duplicate-vipa']) assert.ok(codes.has(code), `the CLI reports ${code} on examples/`);
    assert.ok(report.diagnostics.some((d) => d.code === 'bind-not-covered' && /server\.xml$/.test(d.file)), 'a bind-not-covered on a server.xml');
  });

  test('the editor shows the same codes at the same places as the CLI, server.xml included, without opening the files', async () => {
    const expected = expectedByFile(await readCliReport());
    const actual = await waitUntil(
      () => {
        const now = actualByFile();
        return differences(expected, now).length === 0 ? now : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
      DEFAULT_TIMEOUT_MS,
      () => `the editor's diagnostics to match the CLI's:\n  ${differences(expected, actualByFile()).join('\n  ')}`,
    );
    assert.ok([...actual.keys()].some((file) => file.endsWith('server.xml')), 'a server.xml has diagnostics');
  });

  test('diagnostics carry a code that links to its documentation', async () => {
    const report = await readCliReport();
    const uri = workspaceFile(report.diagnostics.find((d) => d.code === 'no-backup')!.file);
    const diagnostic = ourDiagnostics(uri).find((d) => codeOf(d) === 'no-backup');
    assert.ok(diagnostic, 'a no-backup diagnostic');
    assert.equal(typeof diagnostic.code, 'object', 'code carries a codeDescription target');
    const target = (diagnostic.code as { value: string | number; target: vscode.Uri }).target;
    assert.match(target.toString(), /README\.md#no-backup$/);
  });
});
