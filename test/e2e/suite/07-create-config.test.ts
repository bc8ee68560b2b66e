import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceFile } from './helpers.js';

/** What vipaCheck.createWorkspaceConfig resolves to (client/src/commands.ts CreatedConfigProposal). */
interface CreatedConfigProposal {
  uri: string;
  text: string;
  existing: string[];
}

suite('VIPA: Create workspace config', () => {
  suiteSetup(activateExtension);

  test('opens the proposal as an unsaved document and leaves the existing vipa-check.json alone', async () => {
    const configUri = workspaceFile('vipa-check.json');
    const before = Buffer.from(await vscode.workspace.fs.readFile(configUri)).toString('utf8');

    const created = await vscode.commands.executeCommand<CreatedConfigProposal | undefined>('vipaCheck.createWorkspaceConfig');
    assert.ok(created, 'the command returns what it opened');
    const proposal = JSON.parse(created.text) as { stacks: Record<string, { profile: string }>; $comment: string };
    assert.ok(Object.keys(proposal.stacks).length >= 2, created.text);
    assert.ok(proposal.$comment.length > 0, 'each guess is commented');
    assert.ok(created.existing.some((uri) => uri.endsWith('/vipa-check.json')), 'the existing config is reported');

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the proposal is shown');
    assert.equal(editor.document.uri.toString(), created.uri);
    assert.equal(editor.document.isUntitled, true, 'unsaved: the user decides');
    assert.equal(editor.document.getText(), created.text);

    const after = Buffer.from(await vscode.workspace.fs.readFile(configUri)).toString('utf8');
    assert.equal(after, before, 'the existing config file is not touched');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
