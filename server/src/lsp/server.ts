/**
 * Wiring: LSP messages in, analyzer calls, LSP messages out. Feature logic lives in one file per
 * feature; analysis state in session.ts; this file only connects them.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { NodeFileHost } from '../analyzer/base/node-file-host.js';
import { classifyFile } from '../analyzer/workspace/discovery.js';
import { checksWithInjectedFault } from '../analyzer/workspace/analyzer-service.js';
import { isInsideFolder } from '../analyzer/base/uris.js';
import { OverlayFileHost, diskSize } from './document-store.js';
import { AnalysisSession } from './session.js';
import { UriMap } from './uri-map.js';
import { guarded, guardedNotification } from './handlers.js';
import { registerWatchers } from './watchers.js';
import { WorkspaceController } from './workspace-controller.js';
import { provideHover } from './hover.js';
import { provideCompletion } from './completion.js';
import { provideDocumentSymbols } from './document-symbols.js';
import { provideFoldingRanges } from './folding.js';
import { provideDocumentHighlights } from './highlight.js';
import { provideDefinition } from './definition.js';
import { provideReferences } from './references.js';
import { provideCodeActions } from './code-actions.js';
import { registerCustomRequests } from './custom-requests.js';
import { provideDocumentLinks } from './document-links.js';
import { provideWorkspaceSymbols } from './workspace-symbols.js';
import { providePrepareRename, provideRename, renameSupportOf, type RenameSupport } from './rename.js';
import { provideInlayHints } from './inlay-hints.js';
import { WorkspaceTrust } from './trust.js';
import { provideCodeLenses } from './code-lens.js';
import { registerWhatIf } from './what-if.js';
import { registerSysplexMap } from './sysplex-map.js';
import { registerLibertyFiles } from './liberty-files.js';
import { uriDirname } from '../analyzer/base/uris.js';

export const PROFILE_LANGUAGE_ID = 'tcpip-profile';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const uris = new UriMap();
  const openDocument = (uri: string) => documents.get(uri) ?? documents.get(uris.clientUriOf(uri) ?? uri);
  // The overlay enforces the size limit itself, so the disk host may read anything it is asked for.
  const trust = new WorkspaceTrust();
  const host = new OverlayFileHost(openDocument, trust.gate(new NodeFileHost(Number.MAX_SAFE_INTEGER)));
  // VIPA_CHECK_FAULT=<code> makes that check throw: how tests see an internal error end to end.
  const session = new AnalysisSession(connection, host, uris, { checks: checksWithInjectedFault(process.env.VIPA_CHECK_FAULT) });
  const controller = new WorkspaceController(connection, session);
  controller.trust = trust;
  // Without a workspace folder (a loose file opened), the folders of the open files stand for it.
  trust.folders = () => (controller.folders.length > 0 ? controller.folders : [...new Set(documents.all().map((document) => uriDirname(document.uri)))]);
  let supportsDynamicWatchers = false;
  let supportsDynamicConfiguration = false;
  let renameSupport: RenameSupport = { documentChanges: false, changeAnnotations: false };
  let supportsInlayHintRefresh = false;
  let supportsCodeLensRefresh = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    supportsDynamicWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    supportsDynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    renameSupport = renameSupportOf(capabilities);
    supportsInlayHintRefresh = capabilities.workspace?.inlayHint?.refreshSupport === true;
    supportsCodeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
    trust.configure(params.initializationOptions);
    controller.configure({
      folders: workspaceFolderUris(params),
      supportsConfiguration: capabilities.workspace?.configuration === true,
      supportsWorkspaceFolders: capabilities.workspace?.workspaceFolders === true,
      initializationOptions: params.initializationOptions,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{'], resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        inlayHintProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vipa-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(
    guardedNotification(connection, 'initialized', async () => {
      if (supportsDynamicWatchers) await registerWatchers(connection).catch((error: unknown) => session.logError('registerWatchers', error));
      if (supportsDynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: ['vipaCheck', 'files.exclude'] }).catch(() => undefined);
      // Only a client that declared workspaceFolders sends folder changes (the library throws otherwise);
      // whatever happens here, the scan below must run, or the client never gets a diagnostic.
      if (controller.hasWorkspaceFolderEvents) {
        try {
          connection.workspace.onDidChangeWorkspaceFolders(guardedNotification(connection, 'workspaceFolders', (event) => controller.foldersChanged(event.added.map((f) => f.uri), event.removed.map((f) => f.uri))));
        } catch (error) {
          session.logError('workspaceFolders', error);
        }
      }
      await controller.rescan();
    }),
  );

  connection.onDidChangeConfiguration(guardedNotification(connection, 'didChangeConfiguration', (params) => controller.settingsChanged(params.settings)));
  connection.onDidChangeWatchedFiles(guardedNotification(connection, 'didChangeWatchedFiles', (params) => controller.watchedFilesChanged(params.changes)));

  documents.onDidOpen(
    guardedNotification(connection, 'didOpen', ({ document }) => {
      uris.opened(document.uri);
      const text = document.getText();
      if (text.length > host.maxFileSizeBytes) {
        session.reportOversized(document.uri, text.length);
        return;
      }
      if (!session.kindOf(document.uri)) {
        // A known INCLUDE candidate (kind undefined) that the user marks as a profile is re-added as one.
        // The editor's language id makes a zowe-ds: member opened as tcpip-profile a profile whatever its
        // text, unless the text is another configuration (a TN3270 profile in a *TCPPARMS* library).
        const discovered = classifyFile(document.uri, text);
        const kind = document.languageId === PROFILE_LANGUAGE_ID && (discovered === undefined || discovered === 'profile') ? 'profile' : discovered;
        if (!kind) return;
        session.addFile(document.uri, kind);
      }
      // Before the first analysis is done, the file's own findings at once (didChangeContent, fired
      // next, schedules the full analysis).
      session.publishDocumentFindings(document.uri);
    }),
  );
  documents.onDidChangeContent(
    guardedNotification(connection, 'didChange', ({ document }) => {
      if (!session.isKnown(document.uri)) return;
      session.markChanged(document.uri, document.version);
      controller.fileContentChanged(document.uri);
      // Values shown in other editors may have changed: inlay hints (a ${variable} defined here) and the
      // what-if lenses of the other stacks (a VIPABACKUP added here changes what moves when they go down).
      void session
        .schedule()
        .then(async () => {
          if (supportsInlayHintRefresh) await connection.languages.inlayHint.refresh();
          if (supportsCodeLensRefresh) await connection.sendRequest('workspace/codeLens/refresh');
        })
        .catch(() => undefined);
    }),
  );
  documents.onDidClose(
    guardedNotification(connection, 'didClose', ({ document }) => {
      uris.closed(document.uri);
      if (session.oversizedOpen.delete(document.uri)) session.send(document.uri, []);
      if (!session.isKnown(document.uri)) return;
      const onDisk = document.uri.startsWith('file:') && diskSize(document.uri) !== undefined && controller.folders.some((folder) => isInsideFolder(document.uri, folder));
      if (onDisk) {
        // Back to the saved text.
        session.markChanged(document.uri);
      } else {
        // zowe-ds:, untitled: or a file outside the workspace: it leaves the analysis with its editor.
        session.removeFile(document.uri);
        session.clearPublished(document.uri);
      }
      void session.schedule(0);
    }),
  );

  connection.onHover(guarded(connection, 'hover', null, (params) => provideHover(session, params)));
  connection.onCompletion(guarded(connection, 'completion', null, (params) => provideCompletion(session, params)));
  connection.onDocumentSymbol(guarded(connection, 'documentSymbol', [], (params) => provideDocumentSymbols(session, params)));
  connection.onFoldingRanges(guarded(connection, 'foldingRange', [], (params) => provideFoldingRanges(session, params)));
  connection.onDocumentHighlight(guarded(connection, 'documentHighlight', [], (params) => provideDocumentHighlights(session, params)));
  connection.onDefinition(guarded(connection, 'definition', [], (params) => provideDefinition(session, params)));
  connection.onReferences(guarded(connection, 'references', [], (params) => provideReferences(session, params)));
  connection.onCodeAction(guarded(connection, 'codeAction', [], (params) => provideCodeActions(session, params)));
  connection.onDocumentLinks(guarded(connection, 'documentLink', [], (params) => provideDocumentLinks(session, params)));
  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', [], (params) => provideWorkspaceSymbols(session, params)));
  connection.onPrepareRename(guarded(connection, 'prepareRename', null, (params) => providePrepareRename(session, params)));
  connection.onRenameRequest(guarded(connection, 'rename', null, (params) => provideRename(session, params, renameSupport, controller.configUri())));
  connection.languages.inlayHint.on(guarded(connection, 'inlayHint', [], (params) => provideInlayHints(session, params, (uri) => controller.folderSettings.forUri(uri))));
  registerCustomRequests(connection, session, controller);
  connection.onCodeLens(guarded(connection, 'codeLens', [], async (params) => {
    await controller.scanned;
    return provideCodeLenses(session, params);
  }));
  registerWhatIf(connection, session, () => controller.folders, () => controller.scanned);
  registerSysplexMap(connection, session, () => controller.folders, () => controller.scanned);
  registerLibertyFiles(connection, () => controller.scanned, () => session.settledResult(), (uri) => uris.toClient(uri));

  connection.onShutdown(() => {
    session.scheduler.dispose();
    session.idleCollector.dispose();
  });
  documents.listen(connection);
}

function workspaceFolderUris(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((folder) => folder.uri);
  if (params.rootUri) return [params.rootUri];
  if (params.rootPath) return [pathToFileURL(params.rootPath).href];
  return [];
}
