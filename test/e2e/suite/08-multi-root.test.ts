import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_TIMEOUT_MS, activateExtension, codeOf, waitForDiagnostics, waitUntil, workspaceFile } from './helpers.js';

/**
 * Runs last: it turns the window into a multi-root workspace. The second folder has its own
 * .vscode/settings.json; the resource-scoped vipaCheck.severity must apply per folder.
 */
suite('multi-root workspace with different folder settings', () => {
  const root = process.env.VIPA_E2E_WORKSPACE;
  const second = vscode.Uri.file(`${root}-second`);
  const profile = vscode.Uri.joinPath(second, 'SYSX.tcpip');

  suiteSetup(async () => {
    assert.ok(root, 'VIPA_E2E_WORKSPACE names the workspace copy');
    await activateExtension();
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    await write(profile, 'VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.99.1.1\nENDVIPADYNAMIC\n');
    await write(vscode.Uri.joinPath(second, '.vscode', 'settings.json'), JSON.stringify({ 'vipaCheck.severity': { 'no-backup': 'error' } }));
  });

  suiteTeardown(async () => {
    const index = vscode.workspace.workspaceFolders?.findIndex((folder) => folder.uri.toString() === second.toString()) ?? -1;
    if (index > 0) {
      const removed = new Promise<void>((resolve) => {
        const subscription = vscode.workspace.onDidChangeWorkspaceFolders(() => {
          subscription.dispose();
          resolve();
        });
      });
      vscode.workspace.updateWorkspaceFolders(index, 1);
      await removed;
    }
    await vscode.workspace.fs.delete(second, { recursive: true });
  });

  test('each folder gets the severity its own settings give', async () => {
    const added = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        subscription.dispose();
        resolve();
      });
    });
    assert.ok(vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri: second, name: 'second' }));
    await added;
    // The folder-level setting is visible to the extension host itself, for that folder only.
    await waitUntil(
      () => (vscode.workspace.getConfiguration('vipaCheck', second).get<Record<string, string>>('severity')?.['no-backup'] === 'error' ? true : undefined),
      [vscode.workspace.onDidChangeConfiguration],
      DEFAULT_TIMEOUT_MS,
      () => `folder setting of ${second.toString()}: ${JSON.stringify(vscode.workspace.getConfiguration('vipaCheck', second).get('severity'))}`,
    );
    const [noBackup] = await waitForDiagnostics(profile, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'no-backup' && d.severity === vscode.DiagnosticSeverity.Error), 'no-backup as an error in the second folder');
    assert.equal(noBackup.severity, vscode.DiagnosticSeverity.Error);
    // The first folder keeps the default (warning) for the same code.
    const first = await waitForDiagnostics(workspaceFile('sysa/PROFILE.TCPIP'), (diagnostics) => diagnostics.some((d) => codeOf(d) === 'no-backup'), 'no-backup on sysa');
    assert.ok(first.filter((d) => codeOf(d) === 'no-backup').every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });
});
