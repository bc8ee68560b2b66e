/**
 * A quick fix that edits another file (add the VIPARANGE to SYSB.tcpip while in server.xml) must not
 * change that file out of sight: after VS Code applies the edit, this command opens the file at the
 * change and selects it. The edit is then that file's last undo step, so Ctrl+Z — now in that file —
 * undoes exactly the fix, never the typing of the file the user came from. The server names the
 * file in the fix's title (server/src/lsp/fix-targets.ts).
 */
import { Position, Range, Selection, TextEditorRevealType, Uri, commands, window, workspace, type CodeAction, type Command, type Disposable } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { insertedSpan, type FixTarget } from './inserted-span.js';

export type { FixTarget } from './inserted-span.js';

export const REVEAL_FIX_COMMAND = 'vipaCheck.revealFix';

/** The first edit of a code action that lands in another document than `here`, if all of its edits do. */
export function fixTargetElsewhere(action: CodeAction, here: Uri): FixTarget | undefined {
  const entries = action.edit?.entries() ?? [];
  if (entries.length === 0 || entries.some(([uri]) => uri.toString() === here.toString())) return undefined;
  const [uri, edits] = entries[0];
  const first = [...edits].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
  return first ? { uri: uri.toString(), ...insertedSpan(first) } : undefined;
}

export const revealCrossFileFixes: Pick<Middleware, 'provideCodeActions'> = {
  async provideCodeActions(document, range, context, token, next) {
    const actions = await next(document, range, context, token);
    for (const action of actions ?? []) {
      if (!('edit' in action) || action.command) continue;
      const target = fixTargetElsewhere(action, document.uri);
      if (target) action.command = { command: REVEAL_FIX_COMMAND, title: 'Show the change', arguments: [target] } satisfies Command;
    }
    return actions;
  },
};

export function registerRevealFixCommand(): Disposable {
  return commands.registerCommand(REVEAL_FIX_COMMAND, async (target: FixTarget) => {
    const document = await workspace.openTextDocument(Uri.parse(target.uri));
    const selection = new Selection(new Position(target.start.line, target.start.character), new Position(target.end.line, target.end.character));
    const editor = await window.showTextDocument(document, { preview: false, selection });
    editor.revealRange(new Range(selection.start, selection.end), TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
