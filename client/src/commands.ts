/**
 * The commands: re-scan the workspace, show the sysplex map (map/map-panel.ts; the old summary
 * command opens it too), and show what happens if stacks go down (what-if-view.ts, a read-only
 * virtual document).
 */
import { commands, ProgressLocation, window, type Disposable, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RESCAN_REQUEST, SUMMARY_REQUEST, type RescanResult, type SysplexSummary } from './protocol.js';
import { registerWhatIfView } from './what-if-view.js';
import { registerSysplexMap, SysplexMapPanel } from './map/map-panel.js';

export const RESCAN_COMMAND = 'vipaCheck.rescanWorkspace';
/** The sysplex map panel; the status bar item opens it. */
export const MAP_COMMAND = 'vipaCheck.showSysplexMap';
/** Kept for key bindings and links made for the old Markdown summary: it opens the map. */
export const SUMMARY_COMMAND = 'vipaCheck.showSysplexSummary';
/** Arguments: { down: string[] } (the code lens), a stack name or a list; none: pick from the stacks. */
export const WHAT_IF_COMMAND = 'vipaCheck.showWhatIf';

export async function requestSummary(client: LanguageClient): Promise<SysplexSummary | undefined> {
  if (!client.isRunning()) return undefined;
  return client.sendRequest<SysplexSummary>(SUMMARY_REQUEST);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function registerCommands(context: ExtensionContext, client: LanguageClient, onSummary: (summary: SysplexSummary) => void): Disposable[] {
  const rescan = commands.registerCommand(RESCAN_COMMAND, async () => {
    try {
      const result = await window.withProgress(
        { location: ProgressLocation.Window, title: 'VIPA: re-scanning the workspace' },
        () => client.sendRequest<RescanResult>(RESCAN_REQUEST),
      );
      window.setStatusBarMessage(`VIPA: ${result.files} files, ${result.stacks} stacks, ${result.servers} Liberty servers`, 5000);
      const summary = await requestSummary(client);
      if (summary) onSummary(summary);
      return result;
    } catch (error) {
      void window.showErrorMessage(`VIPA: re-scan failed: ${errorText(error)}`);
      return undefined;
    }
  });

  const showMap = () => {
    try {
      return SysplexMapPanel.show(context, client);
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot show the sysplex map: ${errorText(error)}`);
      return undefined;
    }
  };
  const map = commands.registerCommand(MAP_COMMAND, showMap);
  const summary = commands.registerCommand(SUMMARY_COMMAND, showMap);

  const whatIfView = registerWhatIfView(client);
  const whatIf = commands.registerCommand(WHAT_IF_COMMAND, async (arg?: unknown) => {
    try {
      return await whatIfView.show(arg);
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot run the what-if simulation: ${errorText(error)}`);
      return undefined;
    }
  });

  return [rescan, map, summary, whatIf, ...whatIfView.disposables, ...registerSysplexMap(context, client)];
}
