/**
 * Everyday editing (issue 14): typing a block key by key, an included Liberty file with hover and a
 * quick fix, and a quick fix that edits another file, undone there in one step.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_TIMEOUT_MS, PROFILE_LANGUAGE_ID, activateExtension, codeOf, hasCode, hoverText, revertDirtyDocuments, waitForDiagnostics, waitUntil, workspaceFile } from './helpers.js';

const INCLUDED = 'liberty/servers/zosmf/includes/endpoint.xml';

/**
 * The Enter key as the workbench binds it: with the suggest widget open, `acceptSelectedSuggestion`
 * while the language's editor.acceptSuggestionOnEnter is not "off" (the `acceptSuggestionOnEnter`
 * context key), otherwise the typed new line.
 */
async function pressEnter(): Promise<void> {
  const accept = vscode.workspace.getConfiguration('editor', { languageId: PROFILE_LANGUAGE_ID }).get<string>('acceptSuggestionOnEnter');
  if (accept !== 'off') await vscode.commands.executeCommand('acceptSelectedSuggestion');
  else await vscode.commands.executeCommand('type', { text: '\n' });
}

async function typeKeys(text: string): Promise<void> {
  for (const character of text) await vscode.commands.executeCommand('type', { text: character });
}

function untilActiveEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return waitUntil(
    () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined),
    [vscode.window.onDidChangeActiveTextEditor],
    DEFAULT_TIMEOUT_MS,
    () => `${uri.toString()} to become the active editor (now ${vscode.window.activeTextEditor?.document.uri.toString()})`,
  );
}

function untilText(document: vscode.TextDocument, predicate: (text: string) => boolean, what: string): Promise<string> {
  return waitUntil(() => (predicate(document.getText()) ? document.getText() : undefined), [vscode.workspace.onDidChangeTextDocument], DEFAULT_TIMEOUT_MS, () => what);
}

suite('everyday editing: typing, included Liberty files, cross-file fixes', () => {
  suiteSetup(activateExtension);
  teardown(revertDirtyDocuments);

  test('typing a VIPADYNAMIC block key by key: Enter starts a new line, a suggestion never swallows it', async () => {
    const editorSettings = vscode.workspace.getConfiguration('editor', { languageId: PROFILE_LANGUAGE_ID });
    assert.equal(editorSettings.get('acceptSuggestionOnEnter'), 'off', 'configurationDefaults for [tcpip-profile]');
    assert.equal(editorSettings.get('wordBasedSuggestions'), 'off');

    const uri = workspaceFile('sysb/PROFILE.TCPIP');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const last = document.lineAt(document.lineCount - 1);
    editor.selection = new vscode.Selection(last.range.end, last.range.end);
    if (last.text.length > 0) await pressEnter();
    const startLine = editor.selection.active.line;

    // The third line misspells VIPABACKUP: reported on itself once typed.
    const block = ['VIPADYNAMIC', '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.30.50.0', 'VIPABAKUP 20 MOVEABLE IMMEDIATE 255.255.255.255 10.30.50.1', 'ENDVIPADYNAMIC'];
    for (const line of block) {
      await typeKeys(line);
      // The list is open when Enter comes, as after a pause in real typing; on the complete word our
      // server offers nothing (the list closes), and Enter is a new line either way.
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      const offered = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, editor.selection.active);
      const word = line.trim().split(/\s+/).pop()!.toUpperCase();
      const sameWord = offered.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label).toUpperCase() === word);
      assert.deepEqual(sameWord.map((item) => item.label), [], `the server offers nothing for the complete word ${word}`);
      await pressEnter();
      await vscode.commands.executeCommand('hideSuggestWidget');
    }
    // Enter keeps the indentation of the line above (the editor's auto-indent); the words are what counts.
    const typed = [0, 1, 2, 3].map((offset) => document.lineAt(startLine + offset).text.trim());
    assert.deepEqual(typed, block.map((line) => line.trim()));
    assert.equal(document.lineAt(startLine + 4).text.trim(), '');
    const misspelt = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'unknown-statement' && d.range.start.line === startLine + 2), 'unknown-statement on the misspelt VIPABAKUP');
    assert.match(misspelt.find((d) => codeOf(d) === 'unknown-statement')!.message, /Did you mean VIPABACKUP\?/);
  });

  test('a Liberty file that server.xml includes from a subfolder gets hover and quick fixes', async () => {
    const uri = workspaceFile(INCLUDED);
    const [diagnostic] = (await waitForDiagnostics(uri, hasCode('bind-not-covered'), 'bind-not-covered on the included endpoint file')).filter((d) => codeOf(d) === 'bind-not-covered');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start.translate(0, 2));
    assert.match(hoverText(hovers), /of Liberty server \*\*zosmf\*\*/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => /^Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/.test(title)), titles.join(' | '));
  });

  test('a quick fix that edits another file opens it at the change, and Ctrl+Z there undoes just the fix', async () => {
    const uri = workspaceFile(INCLUDED);
    const [diagnostic] = (await waitForDiagnostics(uri, hasCode('bind-not-covered'), 'bind-not-covered on the included endpoint file')).filter((d) => codeOf(d) === 'bind-not-covered');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    // The user's own typing in this file, which a Ctrl+Z after the fix must not undo.
    const comment = document.positionAt(document.getText().indexOf('<!--'));
    editor.selection = new vscode.Selection(comment, comment);
    await typeKeys('<!-- typed -->');
    const typedText = document.getText();

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((action) => action.isPreferred);
    assert.ok(preferred?.edit && preferred.command, `a preferred fix with an edit and the reveal command: ${actions.map((a) => a.title).join(' | ')}`);
    const [[target]] = preferred.edit.entries();
    const profile = await vscode.workspace.openTextDocument(target);
    const before = profile.getText();

    // Applied the way the lightbulb applies it: the preferred quick fix at the cursor.
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    const shown = untilActiveEditor(target);
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, apply: 'first', preferred: true });
    const profileEditor = await shown;
    assert.match(profile.getText(), /VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.255 10\.20\.1\.10/);
    const selection = profileEditor.selection;
    assert.match(
      profileEditor.document.getText(selection),
      // The inserted text: the statement, or a new VIPADYNAMIC block holding it.
      /^(VIPADYNAMIC\s+)?VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.255 10\.20\.1\.10(\s+ENDVIPADYNAMIC)?$/,
      `the change is selected: ${selection.start.line}:${selection.start.character}-${selection.end.line}:${selection.end.character} of ${JSON.stringify(profileEditor.document.getText().split('\n').slice(Math.max(0, selection.start.line - 1), selection.start.line + 2))}; edits ${JSON.stringify(preferred.edit.entries()[0][1].map((e) => [e.range.start.line, e.range.start.character, e.newText]))}`,
    );

    await vscode.commands.executeCommand('undo');
    await untilText(profile, (text) => text === before, 'the profile back to its text before the fix');
    assert.equal(document.getText(), typedText, 'the typing in the endpoint file is still there');
  });
});
