import * as vscode from 'vscode';
import { activateExtension, readCliReport, workspaceFile, describeDiagnostics, revertDirtyDocuments } from './helpers.js';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
suite('debug', () => {
  test('probe', async () => {
    await activateExtension();
    const report = await readCliReport();
    const xml = workspaceFile('liberty/servers/batchgw/server.xml');
    const edit = new vscode.WorkspaceEdit();
    for (const stack of report.stacks) {
      const profile = await vscode.workspace.openTextDocument(workspaceFile(stack.file));
      edit.insert(profile.uri, profile.lineAt(profile.lineCount - 1).range.end, `VIPADYNAMIC\n  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.255 10.20.1.30\nENDVIPADYNAMIC\n`);
    }
    console.log('PROBE before', describeDiagnostics(xml));
    await vscode.workspace.applyEdit(edit);
    await sleep(3000);
    console.log('PROBE after edit', describeDiagnostics(xml));
    for (const s of report.stacks) console.log('PROBE', describeDiagnostics(workspaceFile(s.file)));
    await revertDirtyDocuments();
    await sleep(3000);
    console.log('PROBE after revert', describeDiagnostics(xml));
    for (const s of report.stacks) { const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === workspaceFile(s.file).toString()); console.log('PROBE', describeDiagnostics(workspaceFile(s.file)), d?.isDirty, JSON.stringify(d?.getText().slice(-80))); }
  });
});
