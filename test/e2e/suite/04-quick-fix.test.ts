import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, ourDiagnostics, readCliReport, revertDirtyDocuments, waitForDiagnostics, workspaceFile } from './helpers.js';

suite('quick fixes', () => {
  suiteSetup(activateExtension);
  teardown(revertDirtyDocuments);

  test('applying the bind-not-covered quick fix removes the diagnostic', async () => {
    const report = await readCliReport();
    const finding = report.diagnostics.find((d) => d.code === 'bind-not-covered' && d.severity !== 'information' && /server\.xml$/.test(d.file));
    assert.ok(finding, 'the CLI reports bind-not-covered on a server.xml');
    const uri = workspaceFile(finding.file);
    const isTarget = (d: vscode.Diagnostic) => codeOf(d) === 'bind-not-covered' && d.range.start.line === finding.line - 1;
    const [diagnostic] = (await waitForDiagnostics(uri, (all) => all.some(isTarget), 'the bind-not-covered diagnostic')).filter(isTarget);

    // Code action providers run on a loaded model: open the server.xml as a user would.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // Only quick fixes for the diagnostic's range (the command's results do not carry `diagnostics`;
    // the range holds just this one finding).
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined);
    assert.ok(fixes.length > 0, `a quick fix for bind-not-covered among: ${actions.map((a) => a.title).join(' | ')}`);
    const fix = fixes.find((a) => a.isPreferred) ?? fixes[0];
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const editedFiles = fix.edit!.entries().map(([edited]) => edited);
    assert.ok(editedFiles.length > 0 && editedFiles.every((edited) => !edited.path.endsWith('server.xml')), 'the fix edits the profiles, not server.xml');

    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, `"${fix.title}" applies`);
    const after = await waitForDiagnostics(uri, (all) => !all.some(isTarget), `bind-not-covered at line ${finding.line} to go away after "${fix.title}"`);
    assert.ok(!after.some(isTarget));
    // The fix added VIPARANGE text to the profiles it edited, in memory (nothing saved).
    for (const edited of editedFiles) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === edited.toString());
      assert.ok(document?.isDirty, `${edited.toString()} was edited in memory`);
      assert.match(document.getText(), /VIPARANGE/);
    }
    assert.ok(ourDiagnostics(uri).every((d) => codeOf(d) !== 'bind-not-covered' || d.range.start.line !== finding.line - 1));
  });
});
