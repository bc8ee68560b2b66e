import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  PROFILE_LANGUAGE_ID, activateExtension, completionLabel, hoverText, readCliReport, waitUntil, workspaceFile, DEFAULT_TIMEOUT_MS,
} from './helpers.js';

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map(completionLabel);
}

suite('hover, completion and snippets', () => {
  suiteSetup(activateExtension);

  test('hovering VIPARANGE explains the statement and links to IBM documentation', async () => {
    // A profile of the example sysplex that uses VIPARANGE (the first one in the CLI's file order).
    const report = await readCliReport();
    const candidates = [...new Set([...report.stacks.map((s) => s.file), ...report.diagnostics.map((d) => d.file)])];
    let document: vscode.TextDocument | undefined;
    for (const file of candidates.filter((f) => !/\.(xml|properties|env)$/.test(f))) {
      const opened = await vscode.workspace.openTextDocument(workspaceFile(file));
      if (/^\s*VIPARANGE\b/m.test(opened.getText())) { document = opened; break; }
    }
    assert.ok(document, 'a profile with a VIPARANGE statement');
    // Inside the keyword of the first VIPARANGE statement (not the word in a comment).
    const statement = /^([ \t]*)VIPARANGE\b/m.exec(document.getText())!;
    const position = document.positionAt(statement.index + statement[1].length + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    // IBM writes keywords with their minimum abbreviation in capitals (VIPARange).
    assert.match(text, /VIPARANGE/i);
    assert.match(text, /https?:\/\/(www\.)?ibm\.com\//, `an IBM documentation link in:\n${text}`);
  });

  test('completion inside VIPADYNAMIC offers only its sub-statements', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: PROFILE_LANGUAGE_ID,
      content: 'TCPCONFIG RESTRICTLOWPORTS\n\nVIPADYNAMIC\n  \nENDVIPADYNAMIC\n',
    });
    const inBlock = await completionLabels(document.uri, new vscode.Position(3, 2));
    for (const keyword of ['VIPADEFINE', 'VIPABACKUP', 'VIPARANGE']) assert.ok(inBlock.includes(keyword), `${keyword} offered inside VIPADYNAMIC: [${inBlock.join(', ')}]`);
    assert.ok(!inBlock.includes('TCPCONFIG'), `TCPCONFIG is not offered inside VIPADYNAMIC: [${inBlock.join(', ')}]`);
    // The same request at top level does offer TCPCONFIG, so the check above is not vacuous.
    const topLevel = await completionLabels(document.uri, new vscode.Position(1, 0));
    assert.ok(topLevel.includes('TCPCONFIG'), `TCPCONFIG offered at top level: [${topLevel.join(', ')}]`);
  });

  test('the VIPADYNAMIC snippet inserts a complete block', async () => {
    const extension = vscode.extensions.getExtension('zos-vipa.zos-tcpip-vipa')!;
    const snippetFile = vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'tcpip-profile.json');
    const snippets = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(snippetFile)).toString('utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
    const bodyText = (body: string | string[]) => (Array.isArray(body) ? body.join('\n') : body);
    const name = Object.keys(snippets).find((key) => /^\s*VIPADYNAMIC\b/m.test(bodyText(snippets[key].body)) && /ENDVIPADYNAMIC/.test(bodyText(snippets[key].body)));
    assert.ok(name, 'snippets/tcpip-profile.json has a VIPADYNAMIC block snippet');

    const document = await vscode.workspace.openTextDocument({ language: PROFILE_LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    // Through the editor's snippet service, by name: this uses the snippet contribution as VS Code loaded it.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: PROFILE_LANGUAGE_ID, name });
    const text = await waitUntil(
      () => (/ENDVIPADYNAMIC/.test(editor.document.getText()) ? editor.document.getText() : undefined),
      [vscode.workspace.onDidChangeTextDocument],
      DEFAULT_TIMEOUT_MS,
      () => `the snippet "${name}" to be inserted; text is ${JSON.stringify(editor.document.getText())}`,
    );
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    assert.match(lines[0], /^VIPADYNAMIC\b/, text);
    assert.ok(lines.some((line) => /^VIPA(DEFINE|RANGE|BACKUP)\b/.test(line)), `a VIPA statement inside the block:\n${text}`);
    assert.match(lines[lines.length - 1], /^ENDVIPADYNAMIC\b/, text);
    assert.doesNotMatch(text, /\$\{?\d/, 'no unexpanded tab stops');
  });
});
