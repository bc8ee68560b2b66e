/**
 * A minimal LSP client for protocol tests: starts the real server over stdio (through tsx, so the
 * tests need no build), answers the server's own requests (progress, registration, configuration)
 * and lets tests wait on events — published diagnostics, the end of the workspace scan — instead of
 * sleeping. Timeouts exist only to fail a test that would otherwise hang.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  WorkDoneProgressCreateRequest,
  RegistrationRequest,
  ConfigurationRequest,
  LogMessageNotification,
  type ProtocolConnection,
  type Diagnostic,
  type TextEdit,
  type InitializeResult,
  type FileEvent,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..', '..');
export const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test', 'fixtures', 'lsp-workspace');
const SERVER_ENTRY = join(REPO_ROOT, 'server', 'src', 'lsp', 'main.ts');
const DEFAULT_TIMEOUT_MS = 30_000;

export const EXAMPLES_WORKSPACE = join(REPO_ROOT, 'examples');

/** A throw-away copy of the fixture workspace (or of `source`), so tests may edit files on disk. */
export function copyFixture(source = FIXTURE_WORKSPACE): { root: string; uriOf: (relativePath: string) => string; pathOf: (relativePath: string) => string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'vipa-lsp-'));
  cpSync(source, root, { recursive: true });
  return {
    root,
    pathOf: (relativePath) => join(root, relativePath),
    uriOf: (relativePath) => pathToFileURL(join(root, relativePath)).href,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface StartOptions {
  rootPath: string;
  /** Answers to workspace/configuration by section ("vipaCheck", "files.exclude"). */
  configuration?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Server command line; default: the TypeScript sources through tsx. */
  command?: string[];
  /** More workspace folders after rootPath (a multi-root workspace). */
  extraFolders?: string[];
  /** Answers workspace/configuration items that carry a scopeUri (per-folder settings); undefined: as without one. */
  scopedConfiguration?: (section: string | undefined, scopeUri: string) => unknown;
  /** Declare workspaceEdit documentChanges + changeAnnotationSupport, as VS Code does. */
  workspaceEdit?: boolean;
  /** Changes the client capabilities sent in initialize (e.g. to drop workspaceFolders). */
  capabilities?: (defaults: ClientCapabilities) => ClientCapabilities;
  /** Extra environment variables of the server process. */
  env?: Record<string, string>;
}

interface Waiter {
  uri: string;
  predicate: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logMessages: string[] = [];
  readonly stderr: string[] = [];
  readonly registrations: string[] = [];
  /** publishDiagnostics notifications received so far. */
  publications = 0;
  private waiters: Waiter[] = [];
  scopedConfiguration?: StartOptions['scopedConfiguration'];
  private readonly documents = new Map<string, TextDocument>();
  private progressEnded = 0;
  private progressWaiters: { count: number; resolve: () => void }[] = [];
  private reportWaiters: { predicate: (message: string) => boolean; resolve: () => void }[] = [];
  /** Messages of every work-done progress report so far. */
  readonly progressReports: string[] = [];
  private exited?: Promise<number | null>;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly process: ChildProcess,
    public configuration: Record<string, unknown>,
  ) {}

  static async start(options: StartOptions): Promise<TestClient> {
    const [program, ...args] = options.command ?? [process.execPath, '--import', 'tsx', SERVER_ENTRY, '--stdio'];
    const child = spawn(program, args, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options.configuration ?? {});
    client.scopedConfiguration = options.scopedConfiguration;
    client.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    client.listen();
    const rootUri = pathToFileURL(options.rootPath).href;
    const extraFolders = (options.extraFolders ?? []).map((path, i) => ({ uri: pathToFileURL(path).href, name: `fixture-${i + 2}` }));
    const capabilities: ClientCapabilities = {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.workspaceEdit ? { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { didSave: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
    };
    const sent = options.capabilities ? options.capabilities(capabilities) : capabilities;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: sent.workspace?.workspaceFolders ? [{ uri: rootUri, name: 'fixture' }, ...extraFolders] : undefined,
      initializationOptions: options.initializationOptions,
      capabilities: sent,
    }) as InitializeResult;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const connection = this.connection;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publications++;
      this.diagnostics.set(params.uri, params.diagnostics);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.predicate(params.diagnostics)) return true;
        waiter.resolve(params.diagnostics);
        return false;
      });
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params.message);
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.registrations.push(registration.method);
      return undefined;
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        const scoped = item.scopeUri && this.scopedConfiguration ? this.scopedConfiguration(item.section, item.scopeUri) : undefined;
        if (scoped !== undefined) return scoped;
        return item.section ? this.configuration[item.section] ?? null : null;
      }),
    );
    connection.onNotification('$/progress', (params: { value?: { kind?: string; message?: string } }) => {
      if (params.value?.kind === 'report' && params.value.message) {
        const message = params.value.message;
        this.progressReports.push(message);
        this.reportWaiters = this.reportWaiters.filter((waiter) => {
          if (!waiter.predicate(message)) return true;
          waiter.resolve();
          return false;
        });
      }
      if (params.value?.kind !== 'end') return;
      this.progressEnded++;
      this.progressWaiters = this.progressWaiters.filter((waiter) => {
        if (this.progressEnded < waiter.count) return true;
        waiter.resolve();
        return false;
      });
    });
    connection.listen();
  }

  /** Resolves when `count` work-done progresses have ended (the first is the initial scan). */
  waitForProgressEnd(count = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (this.progressEnded >= count) return Promise.resolve();
    return withTimeout(new Promise<void>((resolve) => this.progressWaiters.push({ count, resolve })), timeoutMs, `progress end #${count}`);
  }

  /** Resolves at the first work-done progress report (received or coming) whose message satisfies `predicate`. */
  waitForProgressReport(predicate: (message: string) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (this.progressReports.some(predicate)) return Promise.resolve();
    return withTimeout(new Promise<void>((resolve) => this.reportWaiters.push({ predicate, resolve })), timeoutMs, 'progress report');
  }

  /** The first publication for `uri` (already received or coming) that satisfies `predicate`. */
  waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && predicate(current)) return Promise.resolve(current);
    return withTimeout(
      new Promise<Diagnostic[]>((resolve) => this.waiters.push({ uri, predicate, resolve })),
      timeoutMs,
      `diagnostics for ${uri}; last published: ${JSON.stringify(this.diagnostics.get(uri)?.map((d) => d.code))}`,
    );
  }

  async open(uri: string, text: string, languageId = 'tcpip-profile'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string | undefined {
    return this.documents.get(uri)?.getText();
  }

  /** Applies edits to the open document locally and sends them as incremental changes. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    // Send in reverse document order so that earlier ranges stay valid, as editors do.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const version = document.version + 1;
    const updated = TextDocument.update(document, ordered.map((edit) => ({ range: edit.range, text: edit.newText })), version);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Changes what workspace/configuration answers and tells the server, as an editor does. */
  async changeConfiguration(configuration: Record<string, unknown>): Promise<void> {
    this.configuration = configuration;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async shutdown(): Promise<number | null> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    const code = await withTimeout(this.exited!, 5000, 'server exit').catch(() => {
      this.process.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}
