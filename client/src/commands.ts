/**
 * The commands: re-scan the workspace, show the sysplex map (map/map-panel.ts; the old summary
 * command opens it too), show what happens if stacks go down (what-if-view.ts, a read-only virtual
 * document), and propose a workspace config (vipa-check.json) as an unsaved document.
 */
import { commands, Position, ProgressLocation, Uri, window, workspace, WorkspaceEdit, type Disposable, type ExtensionContext, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PROPOSE_CONFIG_REQUEST,
  RESCAN_REQUEST,
  SUMMARY_REQUEST,
  isConfigProposal,
  isRescanResult,
  isSysplexSummary,
  type ConfigProposal,
  type SysplexSummary,
} from '../../server/src/protocol/custom-requests.js';
import { registerWhatIfView } from './what-if-view.js';
import { registerSysplexMap, SysplexMapPanel } from './map/map-panel.js';
import { CREATE_CONFIG_COMMAND } from './config-offer-rule.js';
import { exists } from './walkthrough.js';

export const RESCAN_COMMAND = 'vipaCheck.rescanWorkspace';
/** The sysplex map panel; the status bar item opens it. */
export const MAP_COMMAND = 'vipaCheck.showSysplexMap';
/** Kept for key bindings and links made for the old Markdown summary: it opens the map. */
export const SUMMARY_COMMAND = 'vipaCheck.showSysplexSummary';
/** Arguments: { down: string[] } (the code lens), a stack name or a list; none: pick from the stacks. */
export const WHAT_IF_COMMAND = 'vipaCheck.showWhatIf';
/** Also run by the walkthrough and the config offer (config-offer-rule.ts holds the id): keep it stable. */
export { CREATE_CONFIG_COMMAND };

/** What the create-config command did (extension-host tests read it). */
export interface CreatedConfigProposal {
  /** The unsaved document holding the proposal. */
  uri: string;
  text: string;
  /** Config files that already existed (left untouched). */
  existing: string[];
}


/**
 * Opens the proposal as an unsaved document. When the folder has no config yet, the document is an
 * untitled one at <folder>/vipa-check.json, so Save puts it where the checker reads it; otherwise a
 * plain untitled JSON document, to compare with the existing file. Nothing is written to disk.
 */
async function openProposal(proposal: ConfigProposal, alreadyThere: boolean): Promise<TextDocument> {
  if (proposal.folder && !alreadyThere) {
    const target = Uri.joinPath(Uri.parse(proposal.folder), 'vipa-check.json').with({ scheme: 'untitled' });
    const document = await workspace.openTextDocument(target);
    if (document.getText() === '') {
      const edit = new WorkspaceEdit();
      edit.insert(document.uri, new Position(0, 0), proposal.text);
      if (await workspace.applyEdit(edit)) return document;
    }
  }
  return workspace.openTextDocument({ language: 'json', content: proposal.text });
}

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

export function registerCommands(context: ExtensionContext, client: LanguageClient, onSummary: (summary: SysplexSummary) => void): Disposable[] {
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

  const createConfig = commands.registerCommand(CREATE_CONFIG_COMMAND, async (): Promise<CreatedConfigProposal | undefined> => {
    try {
      if (!client.isRunning()) {
        void window.showWarningMessage('VIPA: the language server is not running.');
        return undefined;
      }
      const proposal = await client.sendRequest<unknown>(PROPOSE_CONFIG_REQUEST);
      if (!isConfigProposal(proposal)) throw new Error('the language server answered vipa/proposeConfig with an unexpected shape');
      if (!proposal.text) {
        void window.showWarningMessage(`VIPA: no config to propose. ${proposal.notes.join(' ')}`);
        return undefined;
      }
      const folderHasOne =
        proposal.folder !== undefined &&
        ((await exists(Uri.joinPath(Uri.parse(proposal.folder), 'vipa-check.json'))) || (await exists(Uri.joinPath(Uri.parse(proposal.folder), '.vipa-check.json'))));
      const existing = [...new Set([...proposal.existing, ...(folderHasOne && proposal.folder ? [Uri.joinPath(Uri.parse(proposal.folder), 'vipa-check.json').toString()] : [])])];
      const document = await openProposal(proposal, existing.length > 0);
      await window.showTextDocument(document, { preview: false });
      const guesses = `${proposal.notes.length} guess${proposal.notes.length === 1 ? '' : 'es'}, each explained in a "$comment"`;
      void window.showInformationMessage(
        existing.length > 0
          ? `VIPA: proposed workspace config (${guesses}). A config file already exists and was not changed: compare, and copy what you need.`
          : `VIPA: proposed workspace config (${guesses}). Review it, then save it as vipa-check.json in the workspace folder.`,
      );
      return { uri: document.uri.toString(), text: proposal.text, existing };
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot propose a workspace config: ${errorText(error)}`);
      return undefined;
    }
  });

  return [rescan, map, summary, whatIf, ...whatIfView.disposables, ...registerSysplexMap(context, client), createConfig];
}
