import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceFile } from './helpers.js';

suite('what if a stack goes down', () => {
  suiteSetup(activateExtension);

  test('the code lens on a VIPADYNAMIC block opens the what-if report as a read-only document', async () => {
    const uri = workspaceFile('sysb/PROFILE.TCPIP');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const whatIf = lenses.find((candidate) => candidate.command?.command === 'vipaCheck.showWhatIf');
    assert.ok(whatIf?.command, `a what-if lens on sysb/PROFILE.TCPIP: ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.match(whatIf.command.title, /^If TCPIPB goes down: \d+ (address moves|addresses move)/);
    assert.match(document.lineAt(whatIf.range.start.line).text, /^\s*VIPADYNAMIC\b/);

    const shown = await vscode.commands.executeCommand<vscode.Uri>(whatIf.command.command, ...(whatIf.command.arguments ?? []));
    assert.equal(shown?.scheme, 'vipa-what-if');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), shown.toString());
    const report = editor!.document;
    assert.match(report.getText(), /^What if TCPIPB goes down\?$/m);
    assert.match(report.getText(), /^Liberty endpoints$/m);
    // Nothing to save: not untitled, not dirty, and typing into it changes nothing (a read-only editor).
    assert.equal(report.isUntitled, false);
    assert.equal(report.isDirty, false);
    const before = report.getText();
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(report.getText(), before, 'typing does not change the what-if report');
    assert.equal(report.isDirty, false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
