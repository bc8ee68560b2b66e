/**
 * Quick fixes that edit another file than the one the user is in say which, in their title
 * ("… in SYSB.tcpip"): the edit happens out of sight, and the user must know where to look (and
 * undo). A file is named by its base name, with its folder when another file of the workspace has
 * the same base name (sysb/PROFILE.TCPIP).
 */
import type { CodeAction } from 'vscode-languageserver';
import { uriBasename, uriFolderNames, uriKey } from '../analyzer/base/uris.js';

/** Appends " in <file>" to each action whose edit touches only other files than `uri`. */
export function nameTargetFiles(actions: CodeAction[], uri: string, knownUris: readonly string[]): CodeAction[] {
  const here = uriKey(uri);
  for (const action of actions) {
    const edited = Object.keys(action.edit?.changes ?? {});
    if (edited.length === 0 || edited.some((target) => uriKey(target) === here)) continue;
    action.title = `${action.title} in ${listLabels(edited.map((target) => fileLabel(target, knownUris)))}`;
  }
  return actions;
}

export function fileLabel(uri: string, knownUris: readonly string[]): string {
  const name = uriBasename(uri);
  const key = uriKey(uri);
  const clash = knownUris.some((other) => uriKey(other) !== key && uriBasename(other).toUpperCase() === name.toUpperCase());
  const folder = uriFolderNames(uri).at(-1);
  return clash && folder ? `${folder}/${name}` : name;
}

function listLabels(labels: string[]): string {
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
