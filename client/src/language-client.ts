/**
 * Creates the LanguageClient that runs the bundled VIPA language server (dist/server/server.js)
 * over Node IPC. It decides which documents the server sees and which file changes it hears about.
 */
import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type DocumentSelector,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { hostMemberLinks } from './host-members.js';
import { skipShadowDocuments } from './preview-documents.js';
import type { LibertyFiles } from './liberty-files.js';
import { revealCrossFileFixes } from './cross-file-fixes.js';
import { RestartPolicy } from './restart-policy.js';

/** Also the prefix of the `vipaCheck.trace.server` setting the client library reads. */
export const CLIENT_ID = 'vipaCheck';
export const CLIENT_NAME = 'VIPA Check';
export const PROFILE_LANGUAGE_ID = 'tcpip-profile';

/** `tcpparms` -> `[tT][cC][pP][pP][aA][rR][mM][sS]`: file watcher globs are case-sensitive on Linux. */
export function anyCase(word: string): string {
  return [...word].map((char) => (/[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char)).join('');
}

/**
 * Liberty files the server may read: any XML file (server.xml includes files from anywhere: which
 * ones belong to a server is the server's answer, liberty-files.ts), bootstrap.properties and server.env.
 */
export const LIBERTY_PATTERNS = ['**/*.xml', '**/bootstrap.properties', '**/server.env'];

/** Files the server discovers on its own (not open in an editor), so it must hear when they change. */
export const WATCHED_PATTERNS = [
  `**/*.${anyCase('tcpip')}`,
  `**/*${anyCase('profile')}*`,
  `**/*${anyCase('tcpparms')}*/**`,
  '**/{vipa-check.json,.vipa-check.json}',
  ...LIBERTY_PATTERNS,
];

/** Schemes whose Liberty files are real files: on disk, or z/OS UNIX files opened through Zowe Explorer. */
export const LIBERTY_SCHEMES = ['file', 'zowe-uss'];

/**
 * Profiles by language, for ANY scheme: Zowe Explorer opens data set members as zowe-ds:/... and
 * those must be checked too (the server checks views such as git: on their own only). Liberty files
 * on disk and through zowe-uss:: every XML document, whatever its name, because an included file
 * may be called and placed anything; the server says which ones belong to a Liberty server and the
 * client sends feature requests only for those (liberty-files.ts). The language stays "xml" (Red
 * Hat's XML extension keeps validation, completion and formatting); the server adds the VIPA layer.
 */
export function documentSelector(): DocumentSelector {
  return [
    { language: PROFILE_LANGUAGE_ID },
    ...LIBERTY_SCHEMES.flatMap((scheme) => [{ scheme, language: 'xml' }, { scheme, pattern: '**/bootstrap.properties' }, { scheme, pattern: '**/server.env' }]),
  ];
}

const SETTING_KEYS = ['severity', 'configFile', 'hosts', 'maxFileSizeKb', 'allowReadsOutsideWorkspace', 'debounceMs', 'inlayHints'] as const;

/** The vipaCheck settings as a plain object (a WorkspaceConfiguration carries methods, not data). */
export function currentSettings(): Record<string, unknown> {
  const configuration = workspace.getConfiguration(CLIENT_ID);
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = configuration.get(key);
    if (value !== undefined && value !== null) settings[key] = value;
  }
  return settings;
}

export interface ClientHooks {
  /** Called after the client has handled a publishDiagnostics notification. */
  onDiagnostics(): void;
  /** The Liberty files the server names; feature requests for other XML documents are not sent. */
  libertyFiles: LibertyFiles;
}

/**
 * A server process that dies is restarted and the user is told (a notification and the output);
 * after too many deaths in a short time it stays stopped (restart-policy.ts). Errors on the
 * connection itself are tolerated a few times, as vscode-languageclient's default does.
 */
function crashHandler(outputChannel: LogOutputChannel): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.serverDied(Date.now());
      outputChannel.warn(decision.message);
      // Not `handled`: the client library shows the message as a notification.
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.message };
    },
  };
}

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel, hooks: ClientHooks): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      // --nolazy so breakpoints bind before the first request; port 6010 for "Attach to server".
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };

  const middleware: Middleware = {
    handleDiagnostics(uri, diagnostics, next) {
      next(uri, diagnostics);
      hooks.onDiagnostics();
    },
    ...skipShadowDocuments,
    ...hooks.libertyFiles.middleware({ ...hostMemberLinks, ...revealCrossFileFixes }),
  };

  const watchers = WATCHED_PATTERNS.map((pattern) => workspace.createFileSystemWatcher(pattern));
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel,
    synchronize: {
      configurationSection: [CLIENT_ID, 'files'],
      fileEvents: watchers,
    },
    // The server scans the workspace before the first workspace/configuration round trip, so it gets
    // the settings and files.exclude up front as well.
    initializationOptions: () => ({
      filesExclude: workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {},
      [CLIENT_ID]: currentSettings(),
      // Untrusted: syntax checks only, no keystore reading (server/src/lsp/trust.ts).
      trusted: workspace.isTrusted,
    }),
    middleware,
    errorHandler: crashHandler(outputChannel),
  };

  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
