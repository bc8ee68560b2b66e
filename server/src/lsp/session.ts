/**
 * The server's state around one VipaWorkspace: which files are in it, what changed since the last
 * analysis, and what was published. Runs the analysis (debounced by the scheduler, or at once when a
 * request needs fresh results) and publishes diagnostics for every affected file, opened or not.
 */
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { AnalysisResult, FileKind } from '../analyzer/workspace/analysis.js';
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { ProfileDocument } from '../analyzer/profile/ast.js';
import type { LoadedConfig } from '../analyzer/config/workspace-config.js';
import { VipaWorkspace } from '../analyzer/workspace/vipa-workspace.js';
import { OverlayFileHost } from './document-store.js';
import { AnalysisScheduler } from './scheduler.js';
import { fileTooLargeDiagnostic, toDiagnostic } from './diagnostics.js';
import { UriMap } from './uri-map.js';
import { logFailure } from './handlers.js';
import { libertyMemberKind } from './liberty-files.js';
import type { FeatureContext } from './context.js';
import type { SeverityOverrides, SeverityResolver } from '../analyzer/workspace/findings.js';

export class AnalysisSession implements FeatureContext {
  readonly workspace: VipaWorkspace;
  /** Analyzer URI -> kind, for every file the workspace knows (undefined: only an INCLUDE candidate). */
  readonly files = new Map<string, FileKind | undefined>();
  private readonly changed = new Set<string>();
  private dirty = true;
  private publishEverything = true;
  /** Analyzer URI -> signature of the findings last published. */
  private readonly published = new Map<string, string>();
  /** Open documents over the size limit: client URI -> size in bytes. */
  readonly oversizedOpen = new Map<string, number>();
  readonly scheduler: AnalysisScheduler;
  debounceMs = 200;
  maxFileSizeKb = 1024;

  constructor(
    private readonly connection: Connection,
    readonly host: OverlayFileHost,
    readonly uris: UriMap,
  ) {
    this.workspace = new VipaWorkspace(host, {});
    this.scheduler = new AnalysisScheduler(
      (run) => {
        if (!this.dirty || run.isCancelled()) return;
        this.analyzeAndPublish(run.isCancelled);
      },
      (error) => this.logError('analysis', error),
    );
  }

  logError(where: string, error: unknown): void {
    logFailure(this.connection, where, error);
  }

  setFiles(files: Iterable<[string, FileKind | undefined]>): void {
    this.files.clear();
    for (const [uri, kind] of files) this.files.set(this.uris.register(uri), kind);
    this.workspace.setFiles([...this.files.keys()]);
    this.dirty = true;
    this.publishEverything = true;
  }

  addFile(uri: string, kind: FileKind | undefined): string {
    const analyzerUri = this.uris.register(uri);
    const known = this.files.has(analyzerUri);
    if (!known || (this.files.get(analyzerUri) === undefined && kind !== undefined)) this.files.set(analyzerUri, kind);
    if (!known) this.workspace.setFiles([...this.files.keys()]);
    this.markChanged(analyzerUri, undefined, kind);
    return analyzerUri;
  }

  removeFile(uri: string): void {
    const analyzerUri = this.uris.toAnalyzer(uri);
    this.markChanged(analyzerUri);
    if (this.files.delete(analyzerUri)) this.workspace.fileDeleted(analyzerUri);
    this.uris.forget(analyzerUri);
  }

  /** Records a change (buffer edit, file on disk, close) of a file the workspace may depend on. */
  markChanged(uri: string, version?: number, kind?: FileKind): void {
    const analyzerUri = this.uris.toAnalyzer(uri);
    // Without an editor version (disk change, buffer closed) the workspace compares the text itself.
    this.workspace.fileChanged(analyzerUri, version, kind);
    // Dependencies as they were before the change: those files must be re-published even if the
    // change removes the dependency.
    this.changed.add(analyzerUri);
    for (const affected of this.workspace.affectedBy(analyzerUri)) this.changed.add(affected);
    this.dirty = true;
  }

  setConfig(loaded: LoadedConfig): void {
    this.workspace.setConfig(loaded);
    this.dirty = true;
    this.publishEverything = true;
  }

  setSeverityOverrides(overrides: SeverityOverrides | SeverityResolver): void {
    this.workspace.setSeverityOverrides(overrides);
    this.dirty = true;
    this.publishEverything = true;
  }

  /** Debounced re-analysis; the promise resolves once the analysis covering this request is done. */
  schedule(delayMs = this.debounceMs): Promise<void> {
    return this.scheduler.schedule(delayMs);
  }

  freshResult(): AnalysisResult | undefined {
    if (this.dirty) this.analyzeAndPublish(() => false);
    return this.workspace.lastResult;
  }

  lastResult(): AnalysisResult | undefined {
    return this.workspace.lastResult;
  }

  profile(uri: string): ProfileDocument | undefined {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.workspace.getProfile(analyzerUri) ?? this.workspace.lastResult?.profiles.get(analyzerUri);
  }

  // An arrow property: quick fixes pass it around as a plain function.
  readonly textOf = (uri: string): string | undefined => this.host.readText(this.uris.toAnalyzer(uri));

  /**
   * INCLUDE members are profiles whatever discovery said: the last analysis parsed them as such.
   * Likewise a file a Liberty server includes from anywhere is a Liberty file (liberty-files.ts).
   */
  kindOf(uri: string): FileKind | undefined {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.files.get(analyzerUri) ?? (this.workspace.lastResult?.profiles.has(analyzerUri) ? 'profile' : libertyMemberKind(this.lastResult(), analyzerUri));
  }

  /** Files of the workspace, and files a Liberty server includes from elsewhere: their edits re-check it. */
  isKnown(uri: string): boolean {
    const analyzerUri = this.uris.toAnalyzer(uri);
    return this.files.has(analyzerUri) || libertyMemberKind(this.lastResult(), analyzerUri) !== undefined;
  }

  private analyzeAndPublish(isCancelled: () => boolean): void {
    const changedNow = [...this.changed];
    const everything = this.publishEverything;
    const result = this.workspace.analyze(isCancelled);
    if (!result) return; // cancelled by a newer edit: that run will publish
    this.dirty = false;
    this.publishEverything = false;
    const forced = new Set(changedNow);
    for (const uri of changedNow) {
      this.changed.delete(uri);
      for (const affected of this.workspace.affectedBy(uri)) forced.add(affected);
    }
    this.publish(result, everything ? undefined : forced);
  }

  /** Publishes every forced file (all when `forced` is undefined) and every file whose findings changed. */
  private publish(result: AnalysisResult, forced: Set<string> | undefined): void {
    const seen = new Set<string>();
    for (const [uri, findings] of result.findingsByUri) {
      seen.add(uri);
      const clientUri = this.uris.toClient(uri);
      if (this.oversizedOpen.has(clientUri)) continue;
      const signature = findingsSignature(findings);
      if (forced && !forced.has(uri) && this.published.get(uri) === signature) continue;
      this.published.set(uri, signature);
      this.send(clientUri, findings.map(toDiagnostic));
    }
    for (const uri of [...this.published.keys()]) {
      if (seen.has(uri)) continue;
      this.published.delete(uri);
      this.send(this.uris.toClient(uri), []);
    }
  }

  reportOversized(clientUri: string, size: number): void {
    this.oversizedOpen.set(clientUri, size);
    this.send(clientUri, [fileTooLargeDiagnostic(size / 1024, this.maxFileSizeKb)]);
  }

  /** Clears what was published for a document that left the workspace (a closed zowe-ds: member). */
  clearPublished(clientUri: string): void {
    this.published.delete(this.uris.toAnalyzer(clientUri));
    this.send(clientUri, []);
  }

  send(uri: string, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri, diagnostics }).catch((error: unknown) => this.logError('publishDiagnostics', error));
  }
}

function findingsSignature(findings: Finding[]): string {
  return JSON.stringify(findings.map((finding) => [finding.code, finding.severity, finding.message, finding.range, finding.related ?? null]));
}
