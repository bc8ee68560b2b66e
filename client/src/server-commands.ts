/**
 * "VIPA: Restart language server" and "VIPA: Show output". A restart re-reads everything (the
 * server rescans on start); the status bar is refreshed once the new server has answered.
 */
import { commands, ProgressLocation, window, type Disposable, type OutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestSummary } from './commands.js';
import type { SysplexSummary } from '../../server/src/protocol/custom-requests.js';

export const RESTART_COMMAND = 'vipaCheck.restartServer';
export const SHOW_OUTPUT_COMMAND = 'vipaCheck.showOutput';

/** Restarts the client's server and refreshes what depends on it; rejects when the server does not come back. */
export async function restartServer(client: LanguageClient, onSummary: (summary: SysplexSummary) => void): Promise<void> {
  await window.withProgress({ location: ProgressLocation.Window, title: 'VIPA: restarting the language server' }, () => client.restart());
  const summary = await requestSummary(client);
  if (summary) onSummary(summary);
}

export function registerServerCommands(client: LanguageClient, outputChannel: OutputChannel, onSummary: (summary: SysplexSummary) => void): Disposable[] {
  return [
    commands.registerCommand(RESTART_COMMAND, async () => {
      try {
        await restartServer(client, onSummary);
        return true;
      } catch (error) {
        void window.showErrorMessage(`VIPA: the language server did not restart: ${error instanceof Error ? error.message : String(error)}`, 'Show output').then((choice) => {
          if (choice) outputChannel.show(true);
        });
        return false;
      }
    }),
    commands.registerCommand(SHOW_OUTPUT_COMMAND, () => {
      outputChannel.show(true);
      return true;
    }),
  ];
}
