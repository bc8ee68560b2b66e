/**
 * Settings per workspace folder. VS Code resolves a resource-scoped setting for a folder (folder >
 * workspace > user) when asked with that folder as scopeUri; the server asks once per folder and
 * answers per file: the settings of the innermost folder holding it, else the window-level ones
 * (files outside every folder: zowe-ds: members, untitled buffers).
 */
import type { Connection } from 'vscode-languageserver';
import type { SeverityOverrides, SeverityResolver } from '../analyzer/workspace/findings.js';
import { isInsideFolder, uriKey } from '../analyzer/base/uris.js';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, parseSettings, type VipaSettings } from './settings.js';

export class FolderSettings {
  private window: VipaSettings = DEFAULT_SETTINGS;
  /** Innermost folders first, so the first match is the right one. */
  private folders: { folder: string; settings: VipaSettings }[] = [];

  /** The window-level settings and, per folder, what the client resolved for it. */
  set(window: VipaSettings, perFolder: [string, VipaSettings][] = []): void {
    this.window = window;
    this.folders = perFolder.map(([folder, settings]) => ({ folder, settings })).sort((a, b) => uriKey(b.folder).length - uriKey(a.folder).length);
  }

  forUri(uri: string): VipaSettings {
    return this.folders.find((entry) => uriKey(entry.folder) === uriKey(uri) || isInsideFolder(uri, entry.folder))?.settings ?? this.window;
  }

  /** Whether any folder's severity differs from the window's (else one map serves every file). */
  private severityVaries(): boolean {
    const window = JSON.stringify(this.window.severity);
    return this.folders.some((entry) => JSON.stringify(entry.settings.severity) !== window);
  }

  /** Severity overrides for the analyzer: one map, or a per-file lookup when folders differ. */
  severity(): SeverityOverrides | SeverityResolver {
    if (!this.severityVaries()) return this.window.severity;
    return (uri) => this.forUri(uri).severity;
  }

  /**
   * Asks the client for the vipaCheck section of every folder (one workspace/configuration round
   * trip); a folder the client cannot answer for keeps the window-level settings.
   */
  async pull(connection: Connection, window: VipaSettings, folders: readonly string[]): Promise<void> {
    if (folders.length === 0) {
      this.set(window);
      return;
    }
    const answers: unknown[] = await connection.workspace.getConfiguration(folders.map((folder) => ({ scopeUri: folder, section: SETTINGS_SECTION })));
    this.set(window, folders.map((folder, i) => [folder, answers[i] === null || answers[i] === undefined ? window : parseSettings(answers[i])]));
  }
}
