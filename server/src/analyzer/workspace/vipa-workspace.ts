/**
 * The analyzer's front door for the language server and the CLI: it knows the workspace files,
 * parses profiles, builds the sysplex model, reads Liberty servers and runs the checks, reusing
 * everything an edit did not touch:
 *  - a profile is re-parsed only when it was reported changed and its version/text differs;
 *  - a stack model is rebuilt only when one of its files got a new parse (or the file set or the
 *    config changed);
 *  - a Liberty server is re-read only when one of its files changed.
 * Checks run on every analysis (they read the whole sysplex and are cheap next to parsing).
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
import { isDocumentLocalUri } from '../base/uri-schemes.js';
import { otherConfigFindings, scopeFiles } from './file-scope.js';
import { describeFiles, lazyFileRoles } from './describe-files.js';
import { buildAddressIndex, lazyAddressIndex } from '../model/address-index.js';
import { classifyFile, isDecidedByName } from './discovery.js';
import { findConfigUri, loadConfig } from '../config/config-loader.js';
import { readLibertyServer } from './liberty-adapter.js';
import { ProfileCache } from './profile-cache.js';
import { groupFindings, type SeverityOverrides, type SeverityResolver } from './findings.js';
import { uriKey } from '../base/uris.js';
import { reverseDependencies } from './reverse-dependencies.js';
import { takeoverModelFor } from '../takeover/takeover-model.js';

export interface VipaWorkspaceOptions {
  /** An explicit config; without it the workspace loads the vipa-check.json among its files. */
  config?: LoadedConfig;
  checks?: readonly Check[];
  /** Severity overrides that win over the config file's `severity`. */
  severity?: SeverityOverrides;
  /** Called when a check or the Liberty reader throws; the analysis goes on without it. */
  onInternalError?: (error: unknown, source: string) => void;
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

type CheckCache<Scope extends object> = WeakMap<Scope, Map<Check, Finding[]>>;

function cachedFindings<Scope extends object>(cache: CheckCache<Scope>, scope: Scope, check: Check, compute: () => Finding[]): Finding[] {
  let byCheck = cache.get(scope);
  if (!byCheck) cache.set(scope, (byCheck = new Map()));
  let findings = byCheck.get(check);
  if (!findings) byCheck.set(check, (findings = compute()));
  return findings;
}

export class VipaWorkspace {
  private readonly files = new Map<string, FileKind | undefined>();
  private readonly canonical = new Map<string, string>();
  private readonly versions = new Map<string, number>();
  /** Kinds the editor told us (language ids), by uriKey. */
  private readonly kindHints = new Map<string, FileKind>();
  private readonly changed = new Set<string>();
  private readonly profiles: ProfileCache;
  private readonly stacks = new Map<string, CachedStack>();
  private readonly servers = new Map<string, CachedServer>();
  private readonly checks: readonly Check[];
  /** Findings of document- and stack-local checks, per parse / per stack model: unchanged ones are not checked again. */
  private readonly documentCheckCache: CheckCache<ProfileDocument> = new WeakMap();
  private readonly stackCheckCache: CheckCache<StackModel> = new WeakMap();
  private config: LoadedConfig;
  private explicitConfig: boolean;
  private overrides: SeverityOverrides | SeverityResolver;
  private fileSetGeneration = 0;
  private configGeneration = 0;
  private result?: AnalysisResult;

  constructor(private readonly host: FileHost, private readonly options: VipaWorkspaceOptions = {}) {
    this.profiles = new ProfileCache(host, options.onInternalError);
    this.checks = options.checks ?? ALL_CHECKS;
    this.config = options.config ?? { config: {} };
    this.explicitConfig = options.config !== undefined;
    this.overrides = options.severity ?? {};
  }

  get lastResult(): AnalysisResult | undefined {
    return this.result;
  }

  /** The known file set; each file is classified (by name, by content when the name says nothing). */
  setFiles(uris: Iterable<string>): void {
    const next = new Map<string, string>();
    for (const uri of uris) next.set(uriKey(uri), uri);
    for (const [key, uri] of this.canonical) {
      if (next.has(key)) continue;
      this.forget(uri);
    }
    for (const [key, uri] of next) {
      if (this.canonical.has(key)) continue;
      this.canonical.set(key, uri);
      this.files.set(uri, this.classify(uri));
      this.changed.add(uri);
      this.fileSetGeneration++;
    }
    this.refreshAutoConfig();
  }

  /**
   * A file changed or appeared. `version` is the editor's document version (none: the disk content
   * changed, so the text is compared). `kind` is what the editor knows of the file, e.g. a zowe-ds:
   * member opened with the language tcpip-profile: it wins over name and content.
   */
  fileChanged(uri: string, version?: number, kind?: FileKind): void {
    if (kind) this.kindHints.set(uriKey(uri), kind);
    const known = this.known(uri);
    if (!known) {
      this.canonical.set(uriKey(uri), uri);
      this.files.set(uri, this.classify(uri));
      this.fileSetGeneration++;
    } else if (!isDecidedByName(known)) {
      this.files.set(known, this.classify(known));
    }
    if (kind && known) this.files.set(known, kind);
    const target = known ?? uri;
    if (version !== undefined) this.versions.set(target, version);
    else this.versions.delete(target);
    this.changed.add(target);
    this.profiles.markChanged(target);
    if (!this.explicitConfig && target === this.config.uri) this.reloadConfig(target);
    this.refreshAutoConfig();
  }

  fileDeleted(uri: string): void {
    const known = this.known(uri);
    if (known) this.forget(known);
    this.refreshAutoConfig();
  }

  setConfig(config: LoadedConfig): void {
    this.config = config;
    this.explicitConfig = true;
    this.configGeneration++;
  }

  /** Settings overrides (they win over the config file's `severity`), for all files or per file. */
  setSeverityOverrides(overrides: SeverityOverrides | SeverityResolver): void {
    this.overrides = overrides;
  }

  getProfile(uri: string): ProfileDocument | undefined {
    const known = this.known(uri) ?? uri;
    return this.profiles.get(known, this.versions.get(known));
  }

  /** Files whose findings may change when `uri` changes (itself included). */
  affectedBy(uri: string): Set<string> {
    const known = this.known(uri) ?? uri;
    return reverseDependencies(known, this.files.get(known), this.result, [...this.files.keys()]);
  }

  analyze(): AnalysisResult;
  analyze(isCancelled: () => boolean): AnalysisResult | undefined;
  analyze(isCancelled: () => boolean = () => false): AnalysisResult | undefined {
    const started = Date.now();
    this.profiles.resetCount();
    const generation = `${this.fileSetGeneration}/${this.configGeneration}`;
    // Config `files` settings and document schemes applied (file-scope.ts): views of a file are
    // checked on their own and never resolve an INCLUDE.
    const scope = scopeFiles(this.files, this.config);
    const fileIndex = new IncludeFileIndex(scope.modelFiles);
    const resolve = (request: IncludeRequest) => resolveIncludeDetailed(request, fileIndex, this.config);
    const parsed = new Map<string, ProfileDocument>();
    const profileOf = (uri: string): ProfileDocument | undefined => {
      const known = this.known(uri) ?? uri;
      if (parsed.has(known)) return parsed.get(known);
      const document = this.profiles.get(known, this.versions.get(known));
      if (document) parsed.set(known, document);
      return document;
    };

    // Profiles, then the files they INCLUDE (promoted to profiles whatever their name).
    const pending = [...scope.kinds].filter(([, kind]) => kind === 'profile').map(([uri]) => uri).sort();
    const queued = new Set(pending);
    for (let i = 0; i < pending.length; i++) {
      if (i % 16 === 0 && isCancelled()) return undefined;
      const document = profileOf(pending[i]);
      if (isDocumentLocalUri(pending[i])) continue;
      for (const target of includeTargetsOf(document, resolve, this.config)) {
        if (!queued.has(target)) {
          queued.add(target);
          pending.push(target);
        }
      }
    }

    const includeTargets = (uri: string) => includeTargetsOf(parsed.get(uri), resolve, this.config);
    // OBEYFILE members, copies and views are never stacks (model/profile-roles.ts).
    const roles = decideProfileRoles({ profiles: parsed, includeTargets, config: this.config });
    const { roots, findings: rootFindings } = determineStackRoots({
      profileUris: roles.stackCandidates,
      includeTargets,
      config: this.config,
      nonRootIncluders: roles.nonRootIncluders,
      obeyByStack: roles.obeyByStack,
    });
    const stackModels: StackModel[] = [];
    const modelFindings: Finding[] = [...rootFindings, ...roles.findings];
    const liveRoots = new Set<string>();
    for (const root of roots) {
      if (isCancelled()) return undefined;
      let built: { stack: StackModel; findings: Finding[] };
      try {
        built = this.stackFor(root, generation, profileOf, resolve);
      } catch (error) {
        this.options.onInternalError?.(error, `model:${root.name}`);
        continue;
      }
      liveRoots.add(root.rootUri);
      stackModels.push(built.stack);
      modelFindings.push(...built.findings);
    }
    for (const rootUri of [...this.stacks.keys()]) if (!liveRoots.has(rootUri)) this.stacks.delete(rootUri);
    const model = assembleSysplexModel(stackModels);

    const servers: LibertyServer[] = [];
    const serverXmls = [...scope.kinds].filter(([uri, kind]) => kind === 'liberty-server-xml' && !isDocumentLocalUri(uri)).map(([uri]) => uri).sort();
    for (const serverXml of serverXmls) {
      if (isCancelled()) return undefined;
      const server = this.serverFor(serverXml, generation);
      if (server) servers.push(server);
    }
    for (const uri of [...this.servers.keys()]) if (!serverXmls.includes(uri)) this.servers.delete(uri);

    const context: CheckContext = { model, profiles: parsed, servers, config: this.config, host: this.host };
    const checkFindings: Finding[] = [];
    for (const check of this.checks) {
      if (isCancelled()) return undefined;
      try {
        if (check.checkDocument) {
          // A copy's findings would be the stack profile's again.
          for (const document of parsed.values()) if (reportsOwnFindings(roles, document.uri)) checkFindings.push(...cachedFindings(this.documentCheckCache, document, check, () => check.checkDocument(document)));
        } else if (check.checkStack) for (const stack of model.stacks) checkFindings.push(...cachedFindings(this.stackCheckCache, stack, check, () => check.checkStack(stack)));
        else checkFindings.push(...check.run(context));
      } catch (error) {
        this.options.onInternalError?.(error, check.codes.join(','));
      }
    }

    const all: Finding[] = [
      ...(this.config.findings ?? []),
      ...[...parsed.values()].flatMap((document) => (reportsOwnFindings(roles, document.uri) ? document.findings : [])),
      ...dedupeFindings(modelFindings),
      ...otherConfigFindings(scope.kinds, this.host),
      ...servers.flatMap((server) => server.findings),
      ...checkFindings,
    ];
    const knownFiles = [...scope.kinds].filter(([, kind]) => kind !== undefined).map(([uri]) => uri);
    const findingsByUri = groupFindings(all, [...knownFiles, ...parsed.keys()], mergeOverrides(this.config.config.severity ?? {}, this.overrides));

    const result: AnalysisResult = {
      findingsByUri,
      model,
      servers,
      profiles: parsed,
      // Built on first use: hover and navigation need it, a keystroke's diagnostics do not.
      index: lazyAddressIndex(() => buildAddressIndex(model, parsed, servers)),
      get takeover() {
        return takeoverModelFor(context);
      },
      resolveInclude: resolve,
      files: lazyFileRoles(() => describeFiles({ kinds: scope.kinds, roles, model, profiles: parsed, config: this.config, host: this.host })),
      stats: {
        profiles: parsed.size,
        stacks: stackModels.length,
        servers: servers.length,
        parsedFiles: this.profiles.parsedCount,
        durationMs: Date.now() - started,
      },
    };
    this.changed.clear();
    this.result = result;
    return result;
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
    this.stacks.set(root.rootUri, { root: rootKey, generation, documents: built.documents, stack: built.stack, findings: built.findings });
    return built;
  }

  private serverFor(serverXml: string, generation: string): LibertyServer | undefined {
    const cached = this.servers.get(serverXml);
    const changedKeys = new Set([...this.changed].map(uriKey));
    if (cached && cached.generation === generation && !cached.server.fileUris.some((uri) => changedKeys.has(uriKey(uri)))) return cached.server;
    try {
      const server = readLibertyServer(this.host, serverXml, this.config);
      if (server) this.servers.set(serverXml, { generation, server });
      return server;
    } catch (error) {
      this.options.onInternalError?.(error, `liberty:${serverXml}`);
      return undefined;
    }
  }

  private classify(uri: string): FileKind | undefined {
    const hinted = this.kindHints.get(uriKey(uri));
    if (hinted) return hinted;
    if (isDecidedByName(uri)) return classifyFile(uri);
    return classifyFile(uri, this.host.readText(uri));
  }

  private known(uri: string): string | undefined {
    return this.canonical.get(uriKey(uri));
  }

  private forget(uri: string): void {
    this.canonical.delete(uriKey(uri));
    this.files.delete(uri);
    this.versions.delete(uri);
    this.profiles.forget(uri);
    this.servers.delete(uri);
    this.changed.add(uri);
    this.fileSetGeneration++;
  }

  /** Without an explicit config, the vipa-check.json nearest the root is loaded (and reloaded on change). */
  private refreshAutoConfig(): void {
    if (this.explicitConfig) return;
    const uri = findConfigUri([...this.files].filter(([, kind]) => kind === 'config').map(([u]) => u));
    if (uri === this.config.uri) return;
    if (uri) this.reloadConfig(uri);
    else {
      this.config = { config: {} };
      this.configGeneration++;
    }
  }

  private reloadConfig(uri: string): void {
    this.config = loadConfig(this.host, uri).loaded;
    this.configGeneration++;
  }
}

/** Config-file severities under the settings' (per file when the settings differ per folder). */
function mergeOverrides(fromConfig: SeverityOverrides, fromSettings: SeverityOverrides | SeverityResolver): SeverityOverrides | SeverityResolver {
  if (typeof fromSettings !== 'function') return { ...fromConfig, ...fromSettings };
  const merged = new Map<SeverityOverrides, SeverityOverrides>();
  return (uri) => {
    const settings = fromSettings(uri);
    let result = merged.get(settings);
    if (!result) merged.set(settings, (result = { ...fromConfig, ...settings }));
    return result;
  };
}
