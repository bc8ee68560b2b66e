/**
 * The orchestrator: it knows the workspace files, parses profiles, builds the sysplex model, reads
 * Liberty servers and runs the checks, reusing everything an edit did not touch:
 *  - a profile is re-parsed only when it was reported changed and its version/text differs;
 *  - a stack model is rebuilt only when one of its files got a new parse (or the file set or the
 *    config changed);
 *  - a Liberty server is re-read only when one of its files changed;
 *  - document- and stack-local checks re-run only for new parses and new stack models.
 *
 * The pipeline is a generator whose steps are, in order: classification (when files are added;
 * file-set.ts, with the config's `files` settings laid over it per analysis), parsing, the profile
 * roles (OBEYFILE members, copies, views: model/profile-roles.ts), determineStackRoots,
 * buildStackWithObey per stack, Liberty reading per server, the checks, and grouping the findings. It yields between files, stacks, servers and checks. `analyze` runs it
 * to the end at once (CLI, tests); `analyzeAsync` gives the event loop a turn whenever a time slice
 * is used up, so a language server answers requests while it runs, and stops at the next yield when
 * cancelled. A cancelled run keeps every parse and model it finished: the next run starts there.
 * Each file's progress is visible through `stateOf` (file-states.ts).
 */
import type { Check, CheckContext } from '../checks/check.js';
import type { Finding } from '../diagnostics/finding.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { StackModel } from '../model/sysplex-model.js';
import type { AnalysisResult, FileKind } from './analysis.js';
import type { FileHost } from '../base/file-host.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import { ALL_CHECKS } from '../checks/index.js';
import { IncludeFileIndex, resolveIncludeDetailed, type IncludeRequest } from '../include/resolve-include.js';
import { assembleSysplexModel, dedupeFindings, determineStackRoots, includeTargetsOf, type StackRoot } from '../model/build-stack-models.js';
import { buildStackWithObey } from '../model/obey-delta.js';
import { decideProfileRoles, reportsOwnFindings } from '../model/profile-roles.js';
import { prepareProfileShape } from '../model/profile-shape.js';
import { isDocumentLocalUri } from '../base/uri-schemes.js';
import { OtherConfigFindings } from './file-scope.js';
import { describeFiles, lazyFileRoles } from './describe-files.js';
import { buildAddressIndex, lazyAddressIndex } from '../model/address-index.js';
import { sameStackModel } from '../model/same-model.js';
import { prepareTakeoverPart, takeoverModelFor, takeoverModelSteps } from '../takeover/takeover-model.js';
import { findConfigUri, loadConfig } from '../config/config-loader.js';
import { readLibertyServer } from './liberty-adapter.js';
import { ProfileCache } from './profile-cache.js';
import { groupFindings, internalErrorFinding, type SeverityOverrides, type SeverityResolver } from './findings.js';
import { uriKey } from '../base/uris.js';
import { dependentsOf } from './reverse-dependencies.js';
import { WorkspaceFiles } from './file-set.js';
import { FileStates, type FileState } from './file-states.js';
import { CheckRunner, type FailureReporter } from './check-runner.js';

export type { FileState } from './file-states.js';

export interface VipaWorkspaceOptions {
  /** An explicit config; without it the workspace loads the vipa-check.json among its files. */
  config?: LoadedConfig;
  checks?: readonly Check[];
  /** Severity overrides that win over the config file's `severity` (for all files, or per file). */
  severity?: SeverityOverrides | SeverityResolver;
  /**
   * Called when a check, the model, the parser or the Liberty reader throws (with the stack trace
   * in `error`); the analysis goes on without that piece and reports an internal-error finding.
   */
  onInternalError?: (error: unknown, source: string) => void;
}

export interface AsyncRunOptions {
  /** Polled at every yield: true stops the run (it resolves to undefined). */
  isCancelled(): boolean;
  /** Work done between two turns given to the event loop; default 8 ms. */
  sliceMs?: number;
  /** Gives the event loop a turn; default setImmediate. */
  yieldToEventLoop?: () => Promise<void>;
}

interface CachedStack {
  root: string;
  generation: string;
  documents: Map<string, ProfileDocument>;
  stack: StackModel;
  findings: Finding[];
}

interface CachedServer {
  generation: string;
  server: LibertyServer;
}

function isLibertyKind(kind: FileKind | undefined): boolean {
  return kind !== undefined && kind.startsWith('liberty');
}

const defaultYield = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VipaWorkspace {
  private readonly files: WorkspaceFiles;
  private readonly states = new FileStates();
  private readonly changed = new Set<string>();
  private readonly profiles: ProfileCache;
  private readonly stacks = new Map<string, CachedStack>();
  private readonly servers = new Map<string, CachedServer>();
  private readonly runner: CheckRunner;
  private readonly includeTargets = new WeakMap<ProfileDocument, { generation: string; targets: string[] }>();
  private readonly otherConfigs: OtherConfigFindings;
  private fileIndex?: { generation: string; index: IncludeFileIndex };
  private config: LoadedConfig;
  private explicitConfig: boolean;
  private overrides: SeverityOverrides | SeverityResolver;
  private fileSetGeneration = 0;
  private configGeneration = 0;
  private result?: AnalysisResult;
  /** Grows with every change of the inputs: a run that started before a change is stale. */
  private inputs = 0;

  constructor(private readonly host: FileHost, private readonly options: VipaWorkspaceOptions = {}) {
    this.files = new WorkspaceFiles(host);
    this.profiles = new ProfileCache(host, options.onInternalError);
    this.runner = new CheckRunner(options.checks ?? ALL_CHECKS);
    this.otherConfigs = new OtherConfigFindings(host);
    this.config = options.config ?? { config: {} };
    this.explicitConfig = options.config !== undefined;
    this.overrides = options.severity ?? {};
  }

  /** The last complete analysis (never a partial one). */
  get lastResult(): AnalysisResult | undefined {
    return this.result;
  }

  /** A number that changes whenever the inputs change (files, texts, config, severities). */
  get inputGeneration(): number {
    return this.inputs;
  }

  /** Where a known file stands in the pipeline (see file-states.ts); undefined for unknown files. */
  stateOf(uri: string): FileState | undefined {
    const known = this.files.known(uri);
    return known === undefined ? undefined : this.states.get(known);
  }

  /** What discovery (or the editor) took the file as, before the config's `files` settings. */
  kindOf(uri: string): FileKind | undefined {
    return this.files.kindOf(uri);
  }

  isKnown(uri: string): boolean {
    return this.files.known(uri) !== undefined;
  }

  /** The known file set; each file is classified (by name, by content when the name says nothing). */
  setFiles(uris: Iterable<string>): void {
    const next = new Map<string, string>();
    for (const uri of uris) next.set(uriKey(uri), uri);
    for (const uri of [...this.files.uris()]) {
      if (!next.has(uriKey(uri))) this.forget(uri);
    }
    for (const uri of next.values()) {
      const { uri: known, added } = this.files.add(uri);
      if (!added) continue;
      this.changed.add(known);
      this.states.lower(known, 'read');
      this.fileSetGeneration++;
    }
    this.inputs++;
    this.refreshAutoConfig();
  }

  /**
   * A file changed or appeared. `version` is the editor's document version (none: the disk content
   * changed, so the text is compared). `kind` is what the editor knows of the file, e.g. a zowe-ds:
   * member opened with the language tcpip-profile: it wins over name and content.
   */
  fileChanged(uri: string, version?: number, kind?: FileKind): void {
    const { uri: target, added } = this.files.add(uri, kind);
    if (added) this.fileSetGeneration++;
    else this.files.reclassify(target, kind);
    this.files.setVersion(target, version);
    // Dependents as they were before the change: they must be redone even if it removes the dependency.
    this.moveBack(target);
    this.changed.add(target);
    this.profiles.markChanged(target, version);
    this.inputs++;
    if (!this.explicitConfig && target === this.config.uri) this.reloadConfig(target);
    this.refreshAutoConfig();
  }

  fileDeleted(uri: string): void {
    const known = this.files.known(uri);
    if (known) {
      this.moveBack(known);
      this.forget(known);
    }
    this.inputs++;
    this.refreshAutoConfig();
  }

  setConfig(config: LoadedConfig): void {
    this.config = config;
    this.explicitConfig = true;
    this.configChanged();
  }

  /** Settings overrides (they win over the config file's `severity`), for all files or per file. */
  setSeverityOverrides(overrides: SeverityOverrides | SeverityResolver): void {
    this.overrides = overrides;
    this.inputs++;
  }

  /**
   * Severity overrides in force for a file: the config file's, then the editor's (its folder's
   * settings when they differ per folder; without a file, the settings for all files).
   */
  severityOverridesFor(uri?: string): SeverityOverrides {
    const settings = typeof this.overrides === 'function' ? (uri === undefined ? {} : this.overrides(uri)) : this.overrides;
    return { ...(this.config.config.severity ?? {}), ...settings };
  }

  /** The parse of the current text of a profile (parsed now if needed; cheap when cached). */
  getProfile(uri: string): ProfileDocument | undefined {
    const known = this.files.known(uri) ?? uri;
    const document = this.profiles.get(known, this.files.versions.get(known));
    if (document && this.files.known(uri)) this.states.raise(known, 'parsed');
    return document;
  }

  /**
   * The findings one profile has on its own: syntax and document-local checks (shared with the
   * full analysis through the check caches), with the severity overrides. Undefined for files that
   * are not profiles.
   */
  documentFindings(uri: string): Finding[] | undefined {
    if (this.files.kindOf(uri) !== 'profile') return undefined;
    const document = this.getProfile(uri);
    if (!document) return undefined;
    const findings = [...document.findings, ...this.runner.documentFindings(document, (error, source) => this.options.onInternalError?.(error, source))];
    return groupFindings(findings, [document.uri], this.severityOverridesFor(document.uri)).get(document.uri) ?? [];
  }

  /** Files whose findings may change when `uri` changes (itself included). */
  affectedBy(uri: string): Set<string> {
    const known = this.files.known(uri) ?? uri;
    const dependents = dependentsOf(known, this.files.kindOf(known), this.result, [...this.files.uris()]);
    return new Set([...dependents.read, ...dependents.parsed, ...dependents.modelled]);
  }

  /** Runs the whole pipeline now; undefined when `isCancelled` says stop at one of its yields. */
  analyze(): AnalysisResult;
  analyze(isCancelled: () => boolean): AnalysisResult | undefined;
  analyze(isCancelled: () => boolean = () => false): AnalysisResult | undefined {
    const steps = this.pipeline();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (isCancelled()) {
        steps.return(undefined as never);
        return undefined;
      }
    }
  }

  /** The same pipeline, giving the event loop a turn whenever a slice of work is used up. */
  async analyzeAsync(options: AsyncRunOptions): Promise<AnalysisResult | undefined> {
    const sliceMs = options.sliceMs ?? 8;
    const yieldToEventLoop = options.yieldToEventLoop ?? defaultYield;
    const steps = this.pipeline();
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      if (options.isCancelled()) {
        steps.return(undefined as never);
        return undefined;
      }
    }
  }

  private *pipeline(): Generator<void, AnalysisResult> {
    const started = performance.now();
    this.profiles.resetCount();
    const failures: Finding[] = [];
    const report: FailureReporter = (error, source, uri) => {
      this.options.onInternalError?.(error, source);
      if (uri !== undefined) failures.push(internalErrorFinding(uri, source, error));
    };
    const generation = `${this.fileSetGeneration}/${this.configGeneration}`;
    const config = this.config;
    // The config's `files` settings and the document schemes applied (file-set.ts): views of a file
    // are checked on their own and never resolve an INCLUDE.
    const scope = this.files.scope(config);
    const fileIndex = this.includeFileIndex(generation, scope.modelFiles);
    const resolve = (request: IncludeRequest) => resolveIncludeDetailed(request, fileIndex, config);
    const targetsOf = (document: ProfileDocument | undefined) => this.includeTargetsOf(document, generation, resolve);
    const parsed = new Map<string, ProfileDocument>();
    const profileOf = (uri: string): ProfileDocument | undefined => {
      const known = this.files.known(uri) ?? uri;
      if (parsed.has(known)) return parsed.get(known);
      const document = this.profiles.get(known, this.files.versions.get(known));
      if (document) {
        parsed.set(known, document);
        this.states.raise(known, 'parsed');
      }
      return document;
    };

    // Parsing: profiles, then the files they INCLUDE (promoted to profiles whatever their name).
    const pending = scope.ofKind('profile');
    const queued = new Set(pending);
    for (let i = 0; i < pending.length; i++) {
      yield;
      const document = profileOf(pending[i]);
      if (isDocumentLocalUri(pending[i])) continue;
      if (document) {
        // What the role decision reads of each profile, computed per file: one step each.
        yield;
        prepareProfileShape(document);
      }
      for (const target of targetsOf(document)) {
        if (!queued.has(target)) {
          queued.add(target);
          pending.push(target);
        }
      }
    }

    yield;
    const includeTargets = (uri: string) => targetsOf(parsed.get(uri));
    // OBEYFILE members, copies and views are never stacks (model/profile-roles.ts).
    let roles: ReturnType<typeof decideProfileRoles> | undefined;
    try {
      roles = decideProfileRoles({ profiles: parsed, includeTargets, config });
    } catch (error) {
      report(error, 'profile roles', pending[0] ?? config.uri);
    }
    yield;
    const { roots, findings: rootFindings } = determineStackRoots({
      profileUris: roles ? roles.stackCandidates : [...parsed.keys()].filter((uri) => !isDocumentLocalUri(uri)),
      includeTargets,
      config,
      nonRootIncluders: roles?.nonRootIncluders,
      obeyByStack: roles?.obeyByStack,
    });
    const stackModels: StackModel[] = [];
    const modelFindings: Finding[] = [...rootFindings, ...(roles?.findings ?? [])];
    const liveRoots = new Set<string>();
    for (const root of roots) {
      yield;
      let built: { stack: StackModel; findings: Finding[] };
      try {
        built = this.stackFor(root, generation, profileOf, resolve);
      } catch (error) {
        report(error, `model of stack ${root.name}`, root.rootUri);
        continue;
      }
      liveRoots.add(root.rootUri);
      stackModels.push(built.stack);
      // The stack's part of the takeover model, as a step of its own (the checks read every stack's).
      yield;
      try {
        prepareTakeoverPart(built.stack, config);
      } catch (error) {
        report(error, `takeover model of stack ${root.name}`, root.rootUri);
      }
      for (const finding of built.findings) modelFindings.push(finding);
      for (const uri of built.stack.fileUris) this.states.raise(this.files.known(uri) ?? uri, 'modelled');
    }
    for (const rootUri of [...this.stacks.keys()]) if (!liveRoots.has(rootUri)) this.stacks.delete(rootUri);
    const model = assembleSysplexModel(stackModels);

    // Liberty reading.
    const servers: LibertyServer[] = [];
    const serverXmls = scope.ofKind('liberty-server-xml').filter((uri) => !isDocumentLocalUri(uri));
    for (const serverXml of serverXmls) {
      yield;
      const server = this.serverFor(serverXml, generation, config, report);
      if (!server) continue;
      servers.push(server);
      for (const uri of server.fileUris) this.states.raise(this.files.known(uri) ?? uri, 'modelled');
    }
    const liveServers = new Set(serverXmls);
    for (const uri of [...this.servers.keys()]) if (!liveServers.has(uri)) this.servers.delete(uri);

    // The checks. A copy of a stack profile reports no findings of its own (they would be the profile's again).
    const ownFindings = (uri: string) => reportsOwnFindings(roles, uri);
    const context: CheckContext = { model, profiles: parsed, servers, config, host: this.host, memo: this.runner.memo };
    // The takeover model most sysplex checks read, built here in steps (they then find it cached).
    yield;
    try {
      yield* takeoverModelSteps(context);
    } catch {
      // Not reported here: every check that reads the model builds it again, fails the same way and
      // reports the failure as its own (check-runner.ts), as without this step.
    }
    const checkFindings = yield* this.runner.run(context, report, ownFindings);

    // Other z/OS configurations: the TN3270 profile's block structure.
    yield;
    const otherFindings = this.otherConfigs.findings(scope.kinds, report);

    yield;
    const all: Finding[] = [
      ...(config.findings ?? []),
      ...[...parsed.values()].flatMap((document) => (ownFindings(document.uri) ? document.findings : [])),
      ...dedupeFindings(modelFindings),
      ...otherFindings,
      ...servers.flatMap((server) => server.findings),
      ...checkFindings,
      ...failures,
    ];
    const knownFiles: string[] = [];
    for (const [uri, kind] of scope.kinds) if (kind !== undefined) knownFiles.push(uri);
    const findingsByUri = groupFindings(all, [...knownFiles, ...parsed.keys()], this.severityResolver());
    for (const uri of findingsByUri.keys()) this.states.raise(this.files.known(uri) ?? uri, 'checked');

    const files = this.files;
    const result: AnalysisResult = {
      findingsByUri,
      model,
      servers,
      profiles: parsed,
      // Built on first use: hover and navigation need it, a keystroke's diagnostics do not.
      index: lazyAddressIndex(() => buildAddressIndex(model, parsed, servers)),
      // Built on first read (and shared with the checks that read it): the code lens, the what-if
      // and the sysplex map ask for it, a keystroke's diagnostics need not.
      get takeover() {
        return takeoverModelFor(context);
      },
      resolveInclude: resolve,
      files: lazyFileRoles(() =>
        roles ? describeFiles({ kinds: scope.kinds, roles, model, profiles: parsed, config, reasonOf: (uri) => files.reasonOf(uri) }) : [],
      ),
      stats: {
        profiles: parsed.size,
        stacks: stackModels.length,
        servers: servers.length,
        parsedFiles: this.profiles.parsedCount,
        durationMs: performance.now() - started,
      },
    };
    this.changed.clear();
    this.result = result;
    return result;
  }

  /** The files an INCLUDE may name (the config's `files` settings decide which stay: per file set and config). */
  private includeFileIndex(generation: string, modelFiles: readonly string[]): IncludeFileIndex {
    if (this.fileIndex?.generation !== generation) {
      this.fileIndex = { generation, index: new IncludeFileIndex(modelFiles) };
    }
    return this.fileIndex.index;
  }

  /** The severity overrides of each file: the config file's under the settings' (per folder when they differ). */
  private severityResolver(): SeverityOverrides | SeverityResolver {
    if (typeof this.overrides !== 'function') return this.severityOverridesFor();
    const fromSettings = this.overrides;
    const fromConfig = this.config.config.severity ?? {};
    const merged = new Map<SeverityOverrides, SeverityOverrides>();
    return (uri) => {
      const settings = fromSettings(uri);
      let result = merged.get(settings);
      if (!result) merged.set(settings, (result = { ...fromConfig, ...settings }));
      return result;
    };
  }

  /** The files a profile INCLUDEs, remembered per parse until the file set or the config changes. */
  private includeTargetsOf(document: ProfileDocument | undefined, generation: string, resolve: (request: IncludeRequest) => { uri?: string }): string[] {
    if (!document) return [];
    const cached = this.includeTargets.get(document);
    if (cached?.generation === generation) return cached.targets;
    const targets = includeTargetsOf(document, resolve, this.config);
    this.includeTargets.set(document, { generation, targets });
    return targets;
  }

  private stackFor(
    root: StackRoot,
    generation: string,
    profileOf: (uri: string) => ProfileDocument | undefined,
    resolve: (request: IncludeRequest) => ReturnType<typeof resolveIncludeDetailed>,
  ): { stack: StackModel; findings: Finding[] } {
    const rootKey = JSON.stringify(root);
    const cached = this.stacks.get(root.rootUri);
    if (cached && cached.root === rootKey && cached.generation === generation && [...cached.documents].every(([uri, document]) => profileOf(uri) === document)) {
      return cached;
    }
    const built = buildStackWithObey({ root, profileOf, resolveInclude: resolve });
    // Early cut-off: an edit that changed no fact of this stack keeps the previous model object.
    const stack = cached && cached.root === rootKey && sameStackModel(cached.stack, built.stack) ? cached.stack : built.stack;
    this.stacks.set(root.rootUri, { root: rootKey, generation, documents: built.documents, stack, findings: built.findings });
    return { stack, findings: built.findings };
  }

  private serverFor(serverXml: string, generation: string, config: LoadedConfig, report: FailureReporter): LibertyServer | undefined {
    const cached = this.servers.get(serverXml);
    if (cached && cached.generation === generation && !cached.server.fileUris.some((uri) => this.changed.has(this.files.known(uri) ?? uri))) return cached.server;
    try {
      const server = readLibertyServer(this.host, serverXml, config);
      if (server) this.servers.set(serverXml, { generation, server });
      return server;
    } catch (error) {
      report(error, `Liberty reader of ${serverXml}`, serverXml);
      return undefined;
    }
  }

  /** Moves the file and what depends on it back (see file-states.ts), from the last analysis. */
  private moveBack(uri: string): void {
    const dependents = dependentsOf(uri, this.files.kindOf(uri), this.result, [...this.files.uris()]);
    for (const file of dependents.modelled) this.states.lower(this.files.known(file) ?? file, 'modelled');
    // A Liberty file has no parsed state of its own: its server is read again.
    for (const file of dependents.parsed) this.states.lower(this.files.known(file) ?? file, isLibertyKind(this.files.kindOf(file)) ? 'read' : 'parsed');
    for (const file of dependents.read) this.states.lower(this.files.known(file) ?? file, 'read');
  }

  private forget(uri: string): void {
    this.files.remove(uri);
    this.states.delete(uri);
    this.profiles.forget(uri);
    this.servers.delete(uri);
    this.changed.add(uri);
    this.fileSetGeneration++;
  }

  /** A new config can change the stacks, symbols and Liberty reading, but not a parse. */
  private configChanged(): void {
    this.configGeneration++;
    this.inputs++;
    for (const [uri] of this.states.entries()) this.states.lower(uri, isLibertyKind(this.files.kindOf(uri)) ? 'read' : 'parsed');
  }

  /** Without an explicit config, the vipa-check.json nearest the root is loaded (and reloaded on change). */
  private refreshAutoConfig(): void {
    if (this.explicitConfig) return;
    const uri = findConfigUri(this.files.ofKind('config'));
    if (uri === this.config.uri) return;
    if (uri) this.reloadConfig(uri);
    else {
      this.config = { config: {} };
      this.configChanged();
    }
  }

  private reloadConfig(uri: string): void {
    this.config = loadConfig(this.host, uri).loaded;
    this.configChanged();
  }
}
