/**
 * The getting-started walkthrough (package.json contributes.walkthroughs) and its first step's
 * command: copy the example sysplex that ships with the extension to a folder the user picks and
 * open it. The other steps run vipaCheck.createWorkspaceConfig and vipaCheck.showSysplexMap.
 */
import { commands, Uri, window, workspace, type Disposable, type ExtensionContext } from 'vscode';

export const WALKTHROUGH_ID = 'vipaCheck.gettingStarted';
export const OPEN_EXAMPLE_COMMAND = 'vipaCheck.openExampleSysplex';
/** Commands the walkthrough's steps run (some come from other parts of the extension). */
export const WALKTHROUGH_COMMANDS = [OPEN_EXAMPLE_COMMAND, 'vipaCheck.createWorkspaceConfig', 'vipaCheck.showSysplexMap'] as const;
export const EXAMPLE_FOLDER_NAME = 'vipa-example-sysplex';

export interface OpenExampleOptions {
  /** Parent folder for the copy (no folder picker); tests pass one. */
  parent?: string;
  /** Open the copy as the workspace (default true). */
  open?: boolean;
}

/** Whether a file or folder exists, on any file system the workbench knows. */
export async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The packaged copy (dist/example-sysplex, made by the build), else examples/ of a source checkout. */
async function exampleSource(context: ExtensionContext): Promise<Uri | undefined> {
  for (const candidate of [Uri.joinPath(context.extensionUri, 'dist', 'example-sysplex'), Uri.joinPath(context.extensionUri, 'examples')]) {
    if (await exists(Uri.joinPath(candidate, 'vipa-check.json'))) return candidate;
  }
  return undefined;
}

export async function openExampleSysplex(context: ExtensionContext, options: OpenExampleOptions = {}): Promise<string | undefined> {
  const source = await exampleSource(context);
  if (!source) {
    void window.showErrorMessage('VIPA: the example sysplex is missing from this installation of the extension.');
    return undefined;
  }
  let parent = options.parent ? Uri.file(options.parent) : undefined;
  if (!parent) {
    const picked = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Copy the example here', title: 'VIPA: where should the example sysplex go?' });
    parent = picked?.[0];
  }
  if (!parent) return undefined;
  const target = Uri.joinPath(parent, EXAMPLE_FOLDER_NAME);
  // An earlier copy is kept as it is: the user may have edited it.
  if (!(await exists(target))) await workspace.fs.copy(source, target, { overwrite: false });
  if (options.open !== false) await commands.executeCommand('vscode.openFolder', target, { forceNewWindow: (workspace.workspaceFolders?.length ?? 0) > 0 });
  return target.fsPath;
}

export function registerWalkthrough(context: ExtensionContext): Disposable[] {
  return [commands.registerCommand(OPEN_EXAMPLE_COMMAND, (options?: OpenExampleOptions) => openExampleSysplex(context, options ?? {}))];
}
