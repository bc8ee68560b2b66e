import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, PROFILE_LANGUAGE_ID, activateExtension, readCliReport, workspaceFile } from './helpers.js';

suite('activation', () => {
  test('the extension activates on a profile and its language server finishes the first scan', async () => {
    const report = await readCliReport();
    assert.ok(report.stacks.length > 0, 'the CLI found stacks in the example workspace');
    const document = await vscode.workspace.openTextDocument(workspaceFile(report.stacks[0].file));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, PROFILE_LANGUAGE_ID, `${report.stacks[0].file} opens as a TCP/IP profile`);

    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['vipaCheck.rescanWorkspace', 'vipaCheck.showSysplexSummary', 'vipaCheck.showSysplexMap']) {
      assert.ok(commands.includes(command), `command ${command} is registered`);
    }
  });

  test('a .tcpip file opens with the profile language', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:/scratch/extra.tcpip'));
    assert.equal(document.languageId, PROFILE_LANGUAGE_ID);
  });
});
