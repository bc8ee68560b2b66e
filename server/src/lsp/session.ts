/**
 * The server's state around the AnalyzerService: which files the client's workspace holds, the
 * debounced, cancellable analysis, and what was published. Builds are asynchronous: requests are
 * answered from the last complete analysis while one runs, and any new change cancels it. After a
 * build, diagnostics are published only for files whose findings changed (or that were never
 * published, or that the client now knows under another URI).
 */
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { ProfileDocument } from '../analyzer/profile/ast.js';
import type { LoadedConfig } from '../analyzer/config/workspace-config.js';
import { AnalyzerService, sameFindings, type AnalysisResult, type FileKind, type SeverityOverrides, type SeverityResolver } from '../analyzer/workspace/analyzer-service.js';
import type { Check } from '../analyzer/checks/check.js';
import { OverlayFileHost } from './document-store.js';
import { AnalysisScheduler } from './scheduler.js';
import { fileTooLargeDiagnostic, toDiagnostic } from './diagnostics.js';
import { UriMap } from './uri-map.js';
import { logFailure } from './handlers.js';
import { libertyMemberKind } from '../analyzer/queries/liberty-members.js';
import type { FeatureContext } from './context.js';
import { IdleCollector } from './idle-collector.js';

export interface SessionOptions {
  /** The checks to run (default: all); the server passes a failing one under a test fault hook. */
  checks?: readonly Check[];
}

interface Publication {
  clientUri: string;
  findings: readonly Finding[];
}

export class AnalysisSession implements FeatureContext {
  readonly service: AnalyzerService;
  /** Analyzer URI -> kind, for every file of the client's workspace (undefined: only an INCLUDE candidate). */
  readonly files = new Map<string, FileKind | undefined>();
  /** Analyzer URI -> what was last published for it. */
  private readonly published = new Map<string, Publication>();
  /** Open documents over the size limit: client URI -> size in bytes. */
  readonly oversizedOpen = new Map<string, number>();
  readonly scheduler: AnalysisScheduler;
  debounceMs = 200;
  maxFileSizeKb = 1024;
  /** publishDiagnostics notifications sent (vipa/settled reports it; benchmarks count them). */
  publishedCount = 0;
  /** Returns memory once typing stops (idle-collector.ts). */
  readonly idleCollector: IdleCollector;
  /**
   * Told about every analysis once its diagnostics are published (sysplex-map.ts tells an open map
   * to refresh). Never called for a build a newer change cancelled.
   */
  onAnalyzed?: (result: AnalysisResult) => void;

  constructor(
    private readonly connection: Connection,
    readonly host: OverlayFileHost,
    readonly uris: UriMap,
    options: SessionOptions = {},
  ) {
    this.service = new AnalyzerService(host, { checks: options.checks, onInternalError: (error, source) => this.logError(source, error) });
    this.scheduler = new AnalysisScheduler((run) => this.analyzeAndPublish(run.isCancelled), (error) => this.logError('analysis', error));
    this.idleCollector = new IdleCollector(() => !this.scheduler.idle);
  }

  /** The stack trace goes to the client's output channel ("vipa-check <where> failed: ..."). */
  logError(where: string, error: unknown): void {
    logFailure(this.connection, where, error);
  }

  setFiles(files: Iterable<[string, FileKind | undefined]>): void {
    this.files.clear();
    for (const [uri, kind] of files) this.files.set(this.uris.register(uri), kind);
    this.service.setFiles(this.files.keys());
  }

  addFile(uri: string, kind: FileKind | undefined): string {
    const analyzerUri = this.uris.register(uri);
    const known = this.files.has(analyzerUri);
    if (!known || (this.files.get(analyzerUri) === undefined && kind !== undefined)) this.files.set(analyzerUri, kind);
    this.markChanged(analyzerUri, undefined, kind);
    return analyzerUri;
  }

  removeFile(uri: string): void {
    const analyzerUri = this.uris.toAnalyzer(uri);
    if (this.files.delete(analyzerUri)) this.service.fileDeleted(analyzerUri);
    this.uris.forget(analyzerUri);
  }

  /** Records a change (buffer edit, file on disk, close) of a file the workspace may depend on. */
  markChanged(uri: string, version?: number, kind?: FileKind): void {
    // Without an editor version (disk change, buffer closed) the workspace compares the text itself.
    this.service.fileChanged(this.uris.toAnalyzer(uri), version, kind);
  }

  setConfig(loaded: LoadedConfig): void {
    this.service.setConfig(loaded);
  }

  /** The settings' severities, for all files or per file (per-folder settings, folder-settings.ts). */
  setSeverityOverrides(overrides: SeverityOverrides | SeverityResolver): void {
    this.service.setSeverityOverrides(overrides);
  }

  /** Debounced re-analysis; the promise resolves once the analysis covering this request is done and published. */
  schedule(delayMs = this.debounceMs): Promise<void> {
    return this.scheduler.schedule(delayMs);
  }

  /** The last complete analysis: requests answer from it while a build runs. */
  freshResult(): AnalysisResult | undefined {
    return this.service.lastResult;
  }

  lastResult(): AnalysisResult | undefined {
    return this.service.lastResult;
  }

  /** The analysis that saw every change received so far (runs one now if needed). */
  async settledResult(): Promise<AnalysisResult | undefined> {
    await this.scheduler.settled();
    if (!this.service.isUpToDate) await this.schedule(0);
    return this.service.lastResult;
  }

  profile(uri: string): ProfileDocument | undefined {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.service.profile(analyzerUri) ?? this.service.lastResult?.profiles.get(analyzerUri);
  }

  // An arrow property: quick fixes pass it around as a plain function.
  readonly textOf = (uri: string): string | undefined => this.host.readText(this.uris.toAnalyzer(uri));

  /**
   * INCLUDE members are profiles whatever discovery said: the last analysis parsed them as such.
   * Likewise a file a Liberty server includes from anywhere is a Liberty file (liberty-files.ts).
   */
  kindOf(uri: string): FileKind | undefined {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.files.get(analyzerUri) ?? (this.service.lastResult?.profiles.has(analyzerUri) ? 'profile' : libertyMemberKind(this.lastResult(), analyzerUri));
  }

  /** Files of the workspace, and files a Liberty server includes from elsewhere: their edits re-check it. */
  isKnown(uri: string): boolean {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.files.has(analyzerUri) || libertyMemberKind(this.lastResult(), analyzerUri) !== undefined;
  }

  private async analyzeAndPublish(isCancelled: () => boolean): Promise<void> {
    const result = await this.service.analyze(isCancelled);
    // Cancelled by a newer change: the run scheduled for it publishes.
    if (result && !isCancelled()) {
      this.publish(result);
      this.idleCollector.analysisDone();
      this.notifyAnalyzed(result);
    }
  }

  private notifyAnalyzed(result: AnalysisResult): void {
    try {
      this.onAnalyzed?.(result);
    } catch (error) {
      this.logError('onAnalyzed', error);
    }
  }

  /**
   * Publishes a file's findings when they differ from what the client has: never published, changed,
   * or now known to the client under another URI. Files that left the analysis are cleared.
   */
  private publish(result: AnalysisResult): void {
    for (const [uri, findings] of result.findingsByUri) this.publishFile(uri, findings);
    for (const [uri, publication] of [...this.published]) {
      if (result.findingsByUri.has(uri)) continue;
      this.published.delete(uri);
      if (publication.findings.length > 0 || !this.oversizedOpen.has(publication.clientUri)) this.send(publication.clientUri, []);
    }
  }

  private publishFile(uri: string, findings: readonly Finding[]): void {
    const clientUri = this.uris.toClient(uri);
    if (this.oversizedOpen.has(clientUri)) return;
    const previous = this.published.get(uri);
    if (previous && previous.clientUri === clientUri && sameFindings(previous.findings, findings)) return;
    if (previous && previous.clientUri !== clientUri && previous.findings.length > 0) this.send(previous.clientUri, []);
    this.published.set(uri, { clientUri, findings });
    this.send(clientUri, findings.map(toDiagnostic));
  }

  /**
   * A profile opened before the first analysis is done: its own findings (syntax, document checks)
   * right away; the full analysis adds the cross-file ones when it finishes.
   */
  publishDocumentFindings(clientUri: string): void {
    if (this.service.lastResult) return;
    const uri = this.uris.toAnalyzer(clientUri);
    const findings = this.service.documentFindings(uri);
    if (findings) this.publishFile(uri, findings);
  }

  /** file-too-large on an open document over the limit, with its severity setting ('off': nothing). */
  reportOversized(clientUri: string, size: number): void {
    this.oversizedOpen.set(clientUri, size);
    const severity = this.service.severityOf('file-too-large', this.uris.toAnalyzer(clientUri));
    this.send(clientUri, severity === 'off' ? [] : [fileTooLargeDiagnostic(size / 1024, this.maxFileSizeKb, severity)]);
  }

  /** Clears what was published for a document that left the workspace (a closed zowe-ds: member). */
  clearPublished(clientUri: string): void {
    this.published.delete(this.uris.toAnalyzer(clientUri));
    this.send(clientUri, []);
  }

  send(uri: string, diagnostics: Diagnostic[]): void {
    this.publishedCount++;
    void this.connection.sendDiagnostics({ uri, diagnostics }).catch((error: unknown) => this.logError('publishDiagnostics', error));
  }
}
