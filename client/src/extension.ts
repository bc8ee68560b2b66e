/**
 * Extension entry point: starts the language server client, the status bar item and the commands.
 * activate() returns an API object so extension-host tests can wait until the first scan is done.
 */
import { window, type ExtensionContext } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, PROFILE_LANGUAGE_ID, createLanguageClient } from './language-client.js';
import { LibertyFiles } from './liberty-files.js';
import { registerRevealFixCommand } from './cross-file-fixes.js';
import { VipaStatusBar } from './status-bar.js';
import { MAP_COMMAND, registerCommands, requestSummary } from './commands.js';
import { SysplexMapPanel } from './map/map-panel.js';
import { registerServerCommands, restartServer } from './server-commands.js';
import { registerHostMemberCommand } from './host-members.js';
import { registerWalkthrough } from './walkthrough.js';
import { offerWorkspaceConfig } from './config-offer.js';
import { onTrustGranted } from './trust.js';

export interface VipaExtensionApi {
  client: LanguageClient;
  /** Resolves once the server runs and has answered the first summary (its initial scan is published). */
  ready: Promise<void>;
  /** The sysplex map panel (tests talk to its web view through it). */
  sysplexMap: typeof SysplexMapPanel;
}

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): VipaExtensionApi {
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(outputChannel);

  let statusBar: VipaStatusBar | undefined;
  const libertyFiles = new LibertyFiles(PROFILE_LANGUAGE_ID);
  context.subscriptions.push(libertyFiles);
  const languageClient = createLanguageClient(context, outputChannel, {
    onDiagnostics: () => {
      statusBar?.scheduleRefresh();
      libertyFiles.scheduleRefresh();
    },
    libertyFiles,
  });
  libertyFiles.attach(languageClient);
  client = languageClient;

  statusBar = new VipaStatusBar(MAP_COMMAND, () => requestSummary(languageClient));
  context.subscriptions.push(statusBar);
  context.subscriptions.push(...registerCommands(context, languageClient, (summary) => statusBar?.update(summary)));
  context.subscriptions.push(...registerServerCommands(languageClient, outputChannel, (summary) => statusBar?.update(summary)));
  context.subscriptions.push(registerHostMemberCommand(), registerRevealFixCommand(), ...registerWalkthrough(context));
  context.subscriptions.push(onTrustGranted(() => restartServer(languageClient, (summary) => statusBar?.update(summary))));
  context.subscriptions.push(
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Stopped) statusBar?.showError('The VIPA language server stopped; see the "VIPA Check" output.');
    }),
  );

  const ready = languageClient.start().then(async () => {
    await libertyFiles.refresh();
    // The server answers vipa/summary after its initial workspace scan, so this doubles as
    // "initial diagnostics are published". A server without the request still counts as ready.
    try {
      const summary = await requestSummary(languageClient);
      if (summary) statusBar?.update(summary);
      if (summary) void offerWorkspaceConfig(context, summary);
    } catch (error) {
      outputChannel.warn(`vipa/summary failed: ${error instanceof Error ? error.message : String(error)}`);
      await statusBar?.refresh();
    }
  });
  ready.catch((error: unknown) => {
    outputChannel.error(`The VIPA language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    statusBar?.showError('The VIPA language server did not start; see the "VIPA Check" output.');
  });

  return { client: languageClient, ready, sysplexMap: SysplexMapPanel };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}
