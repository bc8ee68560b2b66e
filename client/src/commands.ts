/**
 * The two commands: re-scan the workspace, and show the sysplex summary as a Markdown document.
 */
import { commands, ProgressLocation, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RESCAN_REQUEST, SUMMARY_REQUEST, isRescanResult, isSysplexSummary, type SysplexSummary } from '../../server/src/protocol/custom-requests.js';
import { renderSummaryMarkdown } from './summary-markdown.js';

export const RESCAN_COMMAND = 'vipaCheck.rescanWorkspace';
export const SUMMARY_COMMAND = 'vipaCheck.showSysplexSummary';

export async function requestSummary(client: LanguageClient): Promise<SysplexSummary | undefined> {
  if (!client.isRunning()) return undefined;
  const summary = await client.sendRequest<unknown>(SUMMARY_REQUEST);
  // A server of another version may answer another shape: say so rather than render nonsense.
  if (!isSysplexSummary(summary)) throw new Error('the language server answered vipa/summary with an unexpected shape');
  return summary;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function registerCommands(client: LanguageClient, onSummary: (summary: SysplexSummary) => void): Disposable[] {
  const rescan = commands.registerCommand(RESCAN_COMMAND, async () => {
    try {
      const result = await window.withProgress(
        { location: ProgressLocation.Window, title: 'VIPA: re-scanning the workspace' },
        () => client.sendRequest<unknown>(RESCAN_REQUEST),
      );
      if (!isRescanResult(result)) throw new Error('the language server answered vipa/rescan with an unexpected shape');
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

  return [rescan, summary];
}
