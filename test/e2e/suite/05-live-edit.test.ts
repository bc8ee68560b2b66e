import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, readCliReport, revertDirtyDocuments, waitForDiagnostics, workspaceFile, type CliDiagnostic } from './helpers.js';

/** The IPv4 address a bind-not-covered finding is about: from its message, else from the text it marks. */
async function addressOf(finding: CliDiagnostic): Promise<string> {
  const fromMessage = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(finding.message);
  if (fromMessage) return fromMessage[1];
  const document = await vscode.workspace.openTextDocument(workspaceFile(finding.file));
  const marked = document.getText(new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1));
  const fromText = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(marked);
  assert.ok(fromText, `an IPv4 address in the bind-not-covered finding: ${finding.message}`);
  return fromText[1];
}

suite('live re-checking across files', () => {
  suiteSetup(activateExtension);
  teardown(revertDirtyDocuments);

  test('adding a VIPARANGE to the profiles (unsaved) clears bind-not-covered on the server.xml', async () => {
    const report = await readCliReport();
    const finding = report.diagnostics.find((d) => d.code === 'bind-not-covered' && d.severity !== 'information' && /server\.xml$/.test(d.file));
    assert.ok(finding, 'the CLI reports bind-not-covered on a server.xml');
    const serverXml = workspaceFile(finding.file);
    const isTarget = (d: vscode.Diagnostic) => codeOf(d) === 'bind-not-covered' && d.range.start.line === finding.line - 1;
    await waitForDiagnostics(serverXml, (all) => all.some(isTarget), 'the bind-not-covered diagnostic before the edit');

    // One WorkspaceEdit, as a user would type it: a VIPADYNAMIC block with a host-route VIPARANGE at
    // the end of every stack's profile. Nothing is saved: the server must use the open documents.
    const address = await addressOf(finding);
    const edit = new vscode.WorkspaceEdit();
    for (const stack of report.stacks) {
      const profile = await vscode.workspace.openTextDocument(workspaceFile(stack.file));
      const end = profile.lineAt(profile.lineCount - 1).range.end;
      const newline = profile.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const prefix = profile.lineAt(profile.lineCount - 1).text.length > 0 ? newline : '';
      edit.insert(profile.uri, end, `${prefix}VIPADYNAMIC${newline}  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.255 ${address}${newline}ENDVIPADYNAMIC${newline}`);
    }
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const serverDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === serverXml.toString());
    assert.ok(!serverDocument?.isDirty, 'the server.xml itself is not edited');
    await waitForDiagnostics(serverXml, (all) => !all.some(isTarget), `bind-not-covered for ${address} on ${finding.file}:${finding.line} to go away`);

    // Reverting the profiles brings the finding back: the dependency works both ways.
    await revertDirtyDocuments();
    await waitForDiagnostics(serverXml, (all) => all.some(isTarget), `bind-not-covered for ${address} to come back after the revert`);
  });
});
