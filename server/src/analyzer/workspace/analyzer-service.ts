/**
 * The analyzer's façade: the only thing the language server (lsp/) and the CLI (cli/) call. It owns
 * one VipaWorkspace (the orchestrator) and adds what its callers share:
 *  - asynchronous, cancellable builds: `analyze()` runs the pipeline in time slices, giving the event
 *    loop a turn between files, stacks, servers and checks; any change of the inputs (an edit, a file
 *    event, a new config) cancels the running build at its next step, and the next build starts from
 *    every parse and model the cancelled one finished;
 *  - the last complete state (`lastResult`), which requests read while a build runs;
 *  - per-file states (`stateOf`: read -> parsed -> modelled -> checked);
 *  - the config file, severity overrides and quick document-local findings for a file just opened.
 */
import type { FileHost } from '../base/file-host.js';
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { CODES, isDiagnosticCode } from '../diagnostics/codes.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import { findConfigUri, loadConfig } from '../config/config-loader.js';
import type { AnalysisResult, FileKind } from './analysis.js';
import { VipaWorkspace, type FileState, type VipaWorkspaceOptions } from './vipa-workspace.js';
import type { SeverityOverrides, SeverityResolver } from './findings.js';
import type { Check } from '../checks/check.js';
import { ALL_CHECKS } from '../checks/index.js';

export type { AnalysisResult, FileKind } from './analysis.js';
export type { FileState } from './vipa-workspace.js';
export type { SeverityOverrides, SeverityResolver } from './findings.js';
export { sameFindings } from './findings.js';

export interface AnalyzerServiceOptions extends VipaWorkspaceOptions {
  /** Work between two turns given to the event loop (default 8 ms). */
  sliceMs?: number;
  /** How a turn is given (default setImmediate); tests count turns with it. */
  yieldToEventLoop?: () => Promise<void>;
}

export interface BuildStats {
  /** Builds that ran to the end. */
  completed: number;
  /** Builds stopped by a newer change of the inputs. */
  cancelled: number;
  /** Duration of the last completed build in ms. */
  lastDurationMs: number;
}

export class AnalyzerService {
  private readonly workspace: VipaWorkspace;
  private resultGeneration = -1;
  private running?: { generation: number; done: Promise<AnalysisResult | undefined> };
  readonly stats: BuildStats = { completed: 0, cancelled: 0, lastDurationMs: 0 };

  constructor(readonly host: FileHost, private readonly options: AnalyzerServiceOptions = {}) {
    this.workspace = new VipaWorkspace(host, options);
  }

  // --- inputs: each one makes a running build stale ---

  setFiles(uris: Iterable<string>): void {
    this.workspace.setFiles(uris);
  }

  fileChanged(uri: string, version?: number, kind?: FileKind): void {
    this.workspace.fileChanged(uri, version, kind);
  }

  fileDeleted(uri: string): void {
    this.workspace.fileDeleted(uri);
  }

  setConfig(loaded: LoadedConfig): void {
    this.workspace.setConfig(loaded);
  }

  /** The editor's severity settings, for all files or per file (per-folder settings). */
  setSeverityOverrides(overrides: SeverityOverrides | SeverityResolver): void {
    this.workspace.setSeverityOverrides(overrides);
  }

  /** Reads and validates a config file (findings for its own problems included). */
  loadConfigFile(uri: string): { loaded: LoadedConfig; findings: Finding[] } {
    return loadConfig(this.host, uri);
  }

  /** The config file among candidates: the one nearest a root. */
  findConfigFile(candidates: readonly string[]): string | undefined {
    return findConfigUri([...candidates]);
  }

  // --- what callers read ---

  /** The last complete analysis; requests answer from it while a build runs. */
  get lastResult(): AnalysisResult | undefined {
    return this.workspace.lastResult;
  }

  /** True when the last complete analysis saw every change of the inputs. */
  get isUpToDate(): boolean {
    return this.workspace.lastResult !== undefined && this.resultGeneration === this.workspace.inputGeneration;
  }

  stateOf(uri: string): FileState | undefined {
    return this.workspace.stateOf(uri);
  }

  kindOf(uri: string): FileKind | undefined {
    return this.workspace.kindOf(uri);
  }

  isKnown(uri: string): boolean {
    return this.workspace.isKnown(uri);
  }

  /** The parse of the current text of a profile (parsed now when needed). */
  profile(uri: string): ProfileDocument | undefined {
    return this.workspace.getProfile(uri);
  }

  /** Files whose findings may change when `uri` changes (itself included). */
  affectedBy(uri: string): Set<string> {
    return this.workspace.affectedBy(uri);
  }

  /** The severity a code is reported with on a file (or on every file) after the overrides, or 'off'. */
  severityOf(code: DiagnosticCode, uri?: string): Severity | 'off' {
    return this.workspace.severityOverridesFor(uri)[code] ?? (isDiagnosticCode(code) ? CODES[code].defaultSeverity : 'error');
  }

  /**
   * What one file says on its own, without the rest of the workspace: its syntax findings and the
   * document-local checks, with the severity overrides. For a file opened before the first
   * analysis is done, so that the user sees its syntax problems at once.
   */
  documentFindings(uri: string): Finding[] | undefined {
    return this.workspace.documentFindings(uri);
  }

  // --- running ---

  /**
   * Brings the analysis up to date asynchronously. Resolves to the new result, or to undefined when
   * a change of the inputs cancelled this build (the caller schedules the next one). Builds never
   * overlap: a call while one runs for the same inputs joins it.
   */
  analyze(isCancelled: () => boolean = () => false): Promise<AnalysisResult | undefined> {
    const generation = this.workspace.inputGeneration;
    if (this.isUpToDate) return Promise.resolve(this.workspace.lastResult);
    if (this.running?.generation === generation) return this.running.done;
    const previous = this.running?.done ?? Promise.resolve(undefined);
    const done = previous.then(async () => {
      if (this.isUpToDate && this.resultGeneration === generation) return this.workspace.lastResult;
      const stale = () => this.workspace.inputGeneration !== generation || isCancelled();
      if (stale()) {
        this.stats.cancelled++;
        return undefined;
      }
      const result = await this.workspace.analyzeAsync({ isCancelled: stale, sliceMs: this.options.sliceMs, yieldToEventLoop: this.options.yieldToEventLoop });
      this.finish(result, generation);
      return result;
    });
    const running = { generation, done };
    this.running = running;
    void done.finally(() => {
      if (this.running === running) this.running = undefined;
    });
    return done;
  }

  /** Runs the whole pipeline now, synchronously (the CLI; nothing else waits on it). */
  analyzeNow(): AnalysisResult {
    const generation = this.workspace.inputGeneration;
    const result = this.workspace.analyze();
    this.finish(result, generation);
    return result;
  }

  private finish(result: AnalysisResult | undefined, generation: number): void {
    if (!result) {
      this.stats.cancelled++;
      return;
    }
    this.resultGeneration = generation;
    this.stats.completed++;
    this.stats.lastDurationMs = result.stats.durationMs;
  }
}

/**
 * Every check, with the one named by `code` made to throw (a test hook: VIPA_CHECK_FAULT=<code> in
 * the environment of the language server or vipa-check shows how an internal error surfaces end to
 * end). Undefined when no fault is asked for.
 */
export function checksWithInjectedFault(code: string | undefined): readonly Check[] | undefined {
  if (!code) return undefined;
  return ALL_CHECKS.map((check): Check => {
    if (!check.codes.includes(code as DiagnosticCode)) return check;
    const fail = (): never => {
      throw new Error(`fault injected into ${code} (VIPA_CHECK_FAULT)`);
    };
    if (check.checkDocument) return { codes: check.codes, checkDocument: fail };
    if (check.checkStack) return { codes: check.codes, checkStack: fail };
    return { codes: check.codes, run: fail };
  });
}
