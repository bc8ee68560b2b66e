import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, PROFILE_LANGUAGE_ID, DEFAULT_TIMEOUT_MS, activateExtension, hasCode, ourDiagnostics, positionOf, waitForDiagnostics, waitUntil, workspaceFile } from './helpers.js';

interface ExtensionApi {
  client: { isRunning(): boolean };
}

suite('editor experience: commands, walkthrough, links, symbols, inlay hints, rename', () => {
  suiteSetup(activateExtension);

  test('"VIPA: Restart language server" brings the server back with its diagnostics', async () => {
    const sysa = workspaceFile('sysa/PROFILE.TCPIP');
    await waitForDiagnostics(sysa, hasCode('no-backup'), 'no-backup on sysa before the restart');
    const restarted = await vscode.commands.executeCommand<boolean>('vipaCheck.restartServer');
    assert.equal(restarted, true);
    const api = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!.exports;
    assert.equal(api.client.isRunning(), true);
    await waitForDiagnostics(sysa, hasCode('no-backup'), 'no-backup on sysa after the restart');
  });

  test('"VIPA: Show output" reveals the VIPA Check output channel', async () => {
    const shown = await vscode.commands.executeCommand<boolean>('vipaCheck.showOutput');
    assert.equal(shown, true);
    // The output panel's model is a text document of scheme "output" named after the channel.
    await waitUntil(
      () => vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && /VIPA/.test(decodeURIComponent(document.uri.toString()))),
      [vscode.workspace.onDidOpenTextDocument],
      DEFAULT_TIMEOUT_MS,
      () => `an output document for "VIPA Check"; open: ${vscode.workspace.textDocuments.map((d) => d.uri.toString()).join(', ')}`,
    );
  });

  test('the walkthrough is contributed with three steps and opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; description: string }[] }[];
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['openExample', 'createConfig', 'showMap']);
    const registered = await vscode.commands.getCommands(true);
    // The first step's command is this branch's; the others may come from other parts of the extension.
    assert.ok(registered.includes('vipaCheck.openExampleSysplex'));
    const before = vscode.window.tabGroups.all.flatMap((group) => group.tabs).length;
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    const tab = await waitUntil(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => /welcome|walkthrough|get started/i.test(candidate.label)),
      [vscode.window.tabGroups.onDidChangeTabs],
      DEFAULT_TIMEOUT_MS,
      () => `a walkthrough tab; tabs: ${vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((t) => t.label).join(', ')} (${before} before)`,
    );
    await vscode.window.tabGroups.close(tab);
  });

  test('"Open the example sysplex" copies the shipped example', async () => {
    const parent = path.join(os.tmpdir(), `vipa-example-${process.pid}-${Date.now()}`);
    const target = await vscode.commands.executeCommand<string>('vipaCheck.openExampleSysplex', { parent, open: false });
    assert.ok(target, 'the command answers the copy');
    const config = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(target, 'vipa-check.json')));
    assert.match(Buffer.from(config).toString('utf8'), /"TCPIPA"/);
    await vscode.workspace.fs.stat(vscode.Uri.file(path.join(target, 'sysa', 'PROFILE.TCPIP')));
    await vscode.workspace.fs.delete(vscode.Uri.file(parent), { recursive: true });
  });

  test('an INCLUDE links to its member; a member only on the host links to the Zowe Explorer command', async () => {
    const sysa = workspaceFile('sysa/PROFILE.TCPIP');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', sysa);
    const include = links.find((link) => link.target?.path.endsWith('/TCPIP.TCPPARMS/VIPARNG'));
    assert.ok(include, `a link to TCPIP.TCPPARMS/VIPARNG: ${links.map((l) => l.target?.toString()).join(', ')}`);

    const document = await vscode.workspace.openTextDocument({ language: PROFILE_LANGUAGE_ID, content: 'TCPCONFIG RESTRICTLOWPORTS\nINCLUDE SYS1.TCPPARMS(ONHOST)\n' });
    // didOpen reaches the server before the link request, which analyses first: one request suffices.
    const resolved = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const target = resolved[0]?.target;
    assert.ok(target, 'the host member link has a target');
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'vipaCheck.openHostMember');
    const [member] = JSON.parse(decodeURIComponent(target.query)) as { dataSet: string; member: string }[];
    assert.deepEqual(member, { dataSet: 'SYS1.TCPPARMS', member: 'ONHOST' });
    // Zowe Explorer is not installed here: the command says so instead of failing.
    assert.equal(await vscode.commands.executeCommand('vipaCheck.openHostMember', member), 'no-zowe-explorer');
  });

  test('Ctrl+T finds DVIPAs and servers with their role', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '10.20.1.10');
    assert.ok(symbols.some((symbol) => symbol.name === '10.20.1.10' && /VIPABACKUP rank 100 on TCPIPB/.test(symbol.containerName)), symbols.map((s) => `${s.name} ${s.containerName}`).join('; '));
    const servers = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'zosmf');
    assert.ok(servers.some((symbol) => symbol.name === 'zosmf' && /Liberty server/.test(symbol.containerName)));
  });

  test('inlay hints show the value of ${orders.ip} and the backup order', async () => {
    const orders = await vscode.workspace.openTextDocument(workspaceFile('liberty/servers/orders/server.xml'));
    const whole = new vscode.Range(0, 0, orders.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', orders.uri, whole);
    const labels = hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
    assert.ok(labels.includes('= 10.20.2.10'), labels.join(', '));
    const sysb = await vscode.workspace.openTextDocument(workspaceFile('sysb/PROFILE.TCPIP'));
    const ranks = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', sysb.uri, new vscode.Range(0, 0, sysb.lineCount, 0));
    assert.ok(ranks.some((hint) => hint.label === '2nd of 2 backups'));
  });

  test('rename of an address plans edits in every profile and in vipa-check.json, and refuses a family change', async () => {
    const sysb = await vscode.workspace.openTextDocument(workspaceFile('sysb/PROFILE.TCPIP'));
    const at = positionOf(sysb, /255\.255\.255\.0 10\.20\.1\.10/, 16);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', sysb.uri, at, '10.20.1.19');
    const files = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri, false)).sort();
    assert.deepEqual(files, ['sysa/PROFILE.TCPIP', 'sysb/PROFILE.TCPIP', 'sysc/PROFILE.TCPIP', 'vipa-check.json']);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', sysb.uri, at, 'fd00::19')), /IPv4 address and "fd00::19" is IPv6/);
    assert.equal(ourDiagnostics(sysb.uri).length > 0, true);
  });
});
