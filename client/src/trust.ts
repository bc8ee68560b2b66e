/**
 * Workspace Trust: the server learns at start whether the workspace is trusted (it then runs
 * syntax checks only and reads no keystore); granting trust restarts it so every check runs.
 */
import { workspace, type Disposable } from 'vscode';

export function onTrustGranted(restart: () => Promise<void>): Disposable {
  return workspace.onDidGrantWorkspaceTrust(() => void restart());
}
