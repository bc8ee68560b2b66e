/**
 * The commands: re-scan the workspace, show the sysplex summary as a Markdown document, and show what
 * happens if stacks go down (what-if-view.ts, a read-only virtual document).
 */
import { commands, ProgressLocation, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RESCAN_REQUEST, SUMMARY_REQUEST, type RescanResult, type SysplexSummary } from './protocol.js';
import { renderSummaryMarkdown } from './summary-markdown.js';
import { registerWhatIfView } from './what-if-view.js';

export const RESCAN_COMMAND = 'vipaCheck.rescanWorkspace';
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

export function registerCommands(client: LanguageClient, onSummary: (summary: SysplexSummary) => void): Disposable[] {
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

  const summary = commands.registerCommand(SUMMARY_COMMAND, async () => {
    try {
      const result = await requestSummary(client);
      if (!result) {
        void window.showWarningMessage('VIPA: the language server is not running.');
        return undefined;
      }
      onSummary(result);
      const document = await workspace.openTextDocument({ language: 'markdown', content: renderSummaryMarkdown(result) });
      await window.showTextDocument(document, { preview: true });
      return result;
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot get the sysplex summary: ${errorText(error)}`);
      return undefined;
    }
  });

  const whatIfView = registerWhatIfView(client);
  const whatIf = commands.registerCommand(WHAT_IF_COMMAND, async (arg?: unknown) => {
    try {
      return await whatIfView.show(arg);
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot run the what-if simulation: ${errorText(error)}`);
      return undefined;
    }
  });

  return [rescan, summary, whatIf, ...whatIfView.disposables];
}
