/**
 * Workspace-level events: settings, workspace folders, the initial scan (with work-done progress),
 * watched-file changes and the workspace config file. Document-level events go straight to the
 * session from server.ts.
 */
import type { Connection, FileEvent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { FileKind } from '../analyzer/workspace/analysis.js';
import type { LoadedConfig } from '../analyzer/config/workspace-config.js';
import { discoverFile, hasForeignExtension, locateConfig, shouldSkipDirectory } from '../analyzer/workspace/discovery.js';
import { isInsideFolder, resolveUriPath, uriKey } from '../analyzer/base/uris.js';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, filesExcludeFromOptions, globsFromExcludeMap, parseSettings, type VipaSettings } from './settings.js';
import { compileGlobs, type PathMatcher } from './glob.js';
import { scanFolder } from './workspace-scan.js';
import { diskSize } from './document-store.js';
import type { AnalysisSession } from './session.js';
import { FolderSettings } from './folder-settings.js';
import { WorkspaceTrust } from './trust.js';

export interface ControllerOptions {
  folders: string[];
  supportsConfiguration: boolean;
  /** capabilities.workspace.workspaceFolders of the client. */
  supportsWorkspaceFolders: boolean;
  initializationOptions: unknown;
}

export class WorkspaceController {
  folders: string[] = [];
  settings: VipaSettings = { ...DEFAULT_SETTINGS };
  /** Settings as resolved for each workspace folder (resource-scoped settings may differ). */
  readonly folderSettings = new FolderSettings();
  trust = new WorkspaceTrust();
  private excludeGlobs: string[] = [];
  private isExcluded: PathMatcher = () => false;
  private supportsConfiguration = false;
  /** The client declared workspace.workspaceFolders: only then may the server listen for folder changes. */
  hasWorkspaceFolderEvents = false;
  private scanGeneration = 0;
  /** Resolves when the latest scan and its first analysis are done (tests and commands wait on it). */
  scanned: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly session: AnalysisSession,
  ) {}

  configure(options: ControllerOptions): void {
    this.folders = options.folders;
    this.supportsConfiguration = options.supportsConfiguration;
    this.hasWorkspaceFolderEvents = options.supportsWorkspaceFolders;
    this.applySettings(parseSettings(options.initializationOptions), filesExcludeFromOptions(options.initializationOptions));
  }

  /** Pulls settings from the client (workspace/configuration) when it supports that. */
  private async pullSettings(): Promise<void> {
    if (!this.supportsConfiguration) return;
    try {
      const [section, filesExclude] = await this.connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }, { section: 'files.exclude' }]);
      this.applySettings(parseSettings(section), globsFromExcludeMap(filesExclude));
      await this.folderSettings.pull(this.connection, this.settings, this.folders);
    } catch (error) {
      this.session.logError('workspace/configuration', error);
    }
  }

  private applySettings(settings: VipaSettings, excludeGlobs: string[]): void {
    this.settings = settings;
    this.folderSettings.set(settings);
    this.excludeGlobs = excludeGlobs;
    this.isExcluded = compileGlobs(excludeGlobs);
    this.session.debounceMs = settings.debounceMs;
    this.session.maxFileSizeKb = settings.maxFileSizeKb;
    this.session.host.maxFileSizeBytes = settings.maxFileSizeKb * 1024;
    if (this.trust) this.trust.allowOutside = settings.allowReadsOutsideWorkspace;
  }

  async settingsChanged(pushed: unknown): Promise<void> {
    if (this.supportsConfiguration) await this.pullSettings();
    else if (pushed !== undefined && pushed !== null) {
      const pushedExcludes = filesExcludeFromOptions(pushed);
      this.applySettings(parseSettings(pushed), pushedExcludes.length > 0 ? pushedExcludes : this.excludeGlobs);
    }
    // Exclusions, size limit, config file or hosts may all have changed: a rescan covers them all.
    await this.rescan(false);
  }

  foldersChanged(added: string[], removed: string[]): Promise<void> {
    const gone = new Set(removed.map(uriKey));
    this.folders = [...this.folders.filter((folder) => !gone.has(uriKey(folder))), ...added];
    // New folders bring their own folder settings.
    return this.rescan();
  }

  /** Scans every folder, hands the file set to the workspace, loads the config, analyses and publishes. */
  rescan(pull = true): Promise<void> {
    const generation = ++this.scanGeneration;
    this.scanned = this.runScan(generation, pull).catch((error: unknown) => this.session.logError('workspace scan', error));
    return this.scanned;
  }

  private async runScan(generation: number, pull: boolean): Promise<void> {
    if (pull) await this.pullSettings();
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('VIPA check', 0, 'Scanning workspace folders…', false);
    try {
      const files = new Map<string, FileKind | undefined>();
      for (const folder of this.folders) {
        const result = await scanFolder(folder, {
          isExcluded: this.isExcluded,
          maxFileSizeBytes: this.settings.maxFileSizeKb * 1024,
          onFolder: (path) => progress.report(`Scanning ${path || folder}`),
          isCancelled: () => generation !== this.scanGeneration,
        });
        for (const file of result.files) files.set(file.uri, file.kind);
        for (const [uri, size] of result.oversized) {
          this.connection.console.info(`vipa-check: skipped ${uri}: ${Math.round(size / 1024)} KB is over vipaCheck.maxFileSizeKb (${this.settings.maxFileSizeKb} KB).`);
        }
      }
      if (generation !== this.scanGeneration) return;
      // Open documents that are not on disk in a folder (zowe-ds:, untitled:, outside files) stay in.
      for (const [uri, kind] of this.session.files) {
        if (this.session.host.isOpen(uri) && !files.has(uri)) files.set(uri, kind);
      }
      this.session.setFiles(files);
      const analysed = [...files.values()].filter((kind) => kind !== undefined).length;
      this.session.setSeverityOverrides(this.trust.severity(this.folderSettings.severity()));
      this.session.setConfig(this.loadWorkspaceConfig());
      progress.report(`Checking ${analysed} files…`);
      // Asynchronous: requests are answered meanwhile, and an edit restarts it from what is done.
      await this.session.schedule(0);
    } finally {
      progress.done();
    }
  }

  /** The config file in use: the setting's (relative to the first folder), else the one nearest a root. */
  configUri(): string | undefined {
    const configured = this.settings.configFile;
    // The same rule as the command line (discovery/config-location.ts).
    return locateConfig({
      explicit: configured ? resolveUriPath(this.folders[0], configured) : undefined,
      roots: this.folders,
      found: [...this.session.files].filter(([, kind]) => kind === 'config').map(([file]) => file),
      exists: () => false,
    });
  }

  /** The config file from the setting (relative to the first folder), else the one nearest a root. */
  private loadWorkspaceConfig(): LoadedConfig {
    const uri = this.configUri();
    // Without a config file, paths in messages are relative to the first folder, where it would go.
    const loaded: LoadedConfig = uri ? this.session.service.loadConfigFile(uri).loaded : { config: {}, baseUri: this.folders[0] };
    if (Object.keys(this.settings.hosts).length === 0) return loaded;
    return { ...loaded, config: { ...loaded.config, hosts: { ...(loaded.config.hosts ?? {}), ...this.settings.hosts } } };
  }

  /** An edit of the config file (open buffer) must reload it: the workspace holds it explicitly. */
  fileContentChanged(uri: string): void {
    if (this.isConfigFile(uri)) this.session.setConfig(this.loadWorkspaceConfig());
  }

  private isConfigFile(uri: string): boolean {
    return this.session.kindOf(uri) === 'config' || (this.settings.configFile !== undefined && uriKey(resolveUriPath(this.folders[0], this.settings.configFile)) === uriKey(uri));
  }

  private inWorkspace(uri: string): boolean {
    const folder = this.folders.find((candidate) => isInsideFolder(uri, candidate));
    if (!folder) return false;
    // uriKey is already percent-decoded: decoding again would throw on a literal '%' in a name.
    const relative = uriKey(uri).slice(uriKey(folder).replace(/\/$/, '').length + 1);
    const folders = relative.split('/').slice(0, -1);
    return !folders.some(shouldSkipDirectory) && !this.isExcluded(relative);
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    let configTouched = false;
    for (const change of changes) {
      const uri = change.uri;
      if (this.isConfigFile(uri)) configTouched = true;
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event: drop everything under it.
        for (const known of [...this.session.files.keys()]) {
          if (uriKey(known) === uriKey(uri) || isInsideFolder(known, uri)) {
            if (!this.session.host.isOpen(known)) this.session.removeFile(known);
          }
        }
        continue;
      }
      if (this.session.host.isOpen(uri)) continue; // the buffer wins over the disk
      if (this.session.isKnown(uri)) {
        this.session.markChanged(uri);
        continue;
      }
      if (change.type !== FileChangeType.Created || !this.inWorkspace(uri)) continue;
      const kind = this.classifyOnDisk(uri);
      if (kind || !hasForeignExtension(uri)) this.session.addFile(uri, kind);
    }
    if (configTouched) this.session.setConfig(this.loadWorkspaceConfig());
    await this.session.schedule(0);
  }

  private classifyOnDisk(uri: string): FileKind | undefined {
    const size = diskSize(uri);
    if (size === undefined || size > this.settings.maxFileSizeKb * 1024) return undefined;
    return discoverFile(uri, () => this.session.host.readText(uri))?.kind;
  }
}
