/**
 * The workspace's file set: every known file under the spelling it was first given (URIs are
 * compared through uriKey), what each file is (classification) and why, the editor's version of
 * open files and the kinds the editor told us (language ids).
 *
 * This is the analyzer's one classification: a file's kind comes from the editor's hint, else from
 * discovery (discovery/discover-file.ts: name, Liberty layout, other z/OS configurations by name or
 * content, profile by name or content), and `scope` lays the config's `files` settings and
 * `stacks.X.obey` paths (config/file-settings.ts) and the document scheme (base/uri-schemes.ts) over
 * it for one analysis. What a profile then is (stack, INCLUDE member, OBEYFILE member, copy) is
 * decided after parsing (model/profile-roles.ts).
 */
import type { FileHost } from '../base/file-host.js';
import type { FileKind } from '../base/file-kind.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import { uriKey } from '../base/uris.js';
import { isDocumentLocalUri } from '../base/uri-schemes.js';
import { effectiveKind } from '../config/file-settings.js';
import { discoverFile, isDecidedByName } from './discovery.js';

const MAX_KIND_HINTS = 10_000;

/** The file set as one analysis sees it, under one config. */
export interface FileScope {
  /** The effective kind of every file that stays (files the config ignores are left out). */
  readonly kinds: ReadonlyMap<string, FileKind | undefined>;
  /** The files INCLUDE resolution may pick: real files, not views of one (git:, untitled: ...). */
  readonly modelFiles: readonly string[];
  /** URIs of one effective kind, sorted (the pipeline's order, so results do not depend on discovery order). */
  ofKind(kind: FileKind): string[];
}

export class WorkspaceFiles {
  /** Known URI -> kind (undefined: not analysed on its own, but an INCLUDE may name it). */
  readonly kinds = new Map<string, FileKind | undefined>();
  /** Known URI -> why it has its kind (the summary's "Files" list shows it). */
  private readonly reasons = new Map<string, string>();
  private readonly canonical = new Map<string, string>();
  readonly versions = new Map<string, number>();
  /**
   * Kinds the editor told us (language ids), by uriKey. Kept when a file leaves the set (a rescan
   * drops and re-adds open documents), bounded so a session that opens thousands of members stays flat.
   */
  private readonly kindHints = new Map<string, FileKind>();
  /** Grows whenever a kind changes (files added, removed, re-classified): the scope is computed again. */
  private kindGeneration = 0;
  private scoped?: { generation: number; config: LoadedConfig; scope: FileScope };

  constructor(private readonly host: FileHost) {}

  /** The known spelling of a URI, or undefined. */
  known(uri: string): string | undefined {
    return this.canonical.get(uriKey(uri));
  }

  /** Known URIs in the order they were added. */
  uris(): IterableIterator<string> {
    return this.kinds.keys();
  }

  /** The discovered kind (before the config's `files` settings; see `scope`). */
  kindOf(uri: string): FileKind | undefined {
    const known = this.known(uri);
    return known === undefined ? undefined : this.kinds.get(known);
  }

  /** Why discovery (or the editor) gave the file its kind. */
  reasonOf(uri: string): string | undefined {
    const known = this.known(uri);
    return known === undefined ? undefined : this.reasons.get(known);
  }

  /** Known URIs of one discovered kind, sorted. */
  ofKind(kind: FileKind): string[] {
    const found: string[] = [];
    for (const [uri, fileKind] of this.kinds) if (fileKind === kind) found.push(uri);
    return found.sort();
  }

  /** Adds a file (classified now, an editor's hint first); returns its known spelling and whether it is new. */
  add(uri: string, hint?: FileKind): { uri: string; added: boolean } {
    const known = this.known(uri);
    if (known !== undefined) return { uri: known, added: false };
    if (hint) this.hint(uri, hint);
    this.canonical.set(uriKey(uri), uri);
    this.classifyInto(uri);
    return { uri, added: true };
  }

  /** Re-classifies a known file whose content may have changed what it is; a hint from the editor wins. */
  reclassify(known: string, hint?: FileKind): void {
    if (hint) {
      this.hint(known, hint);
      this.setKind(known, hint, EDITOR_REASON);
    } else if (!isDecidedByName(known)) this.classifyInto(known);
  }

  setVersion(known: string, version: number | undefined): void {
    if (version !== undefined) this.versions.set(known, version);
    else this.versions.delete(known);
  }

  remove(known: string): void {
    this.canonical.delete(uriKey(known));
    this.kinds.delete(known);
    this.reasons.delete(known);
    this.versions.delete(known);
    this.kindGeneration++;
  }

  /**
   * The effective kinds under `config`: its `files` settings and `stacks.X.obey` paths win over
   * discovery, 'ignore' removes a file. Computed once per file-set change and config.
   */
  scope(config: LoadedConfig): FileScope {
    if (this.scoped?.generation === this.kindGeneration && this.scoped.config === config) return this.scoped.scope;
    const kinds = new Map<string, FileKind | undefined>();
    const modelFiles: string[] = [];
    for (const [uri, discovered] of this.kinds) {
      const kind = effectiveKind(uri, discovered, config);
      if (kind === 'ignored') continue;
      kinds.set(uri, kind);
      if (!isDocumentLocalUri(uri)) modelFiles.push(uri);
    }
    const byKind = new Map<FileKind, string[]>();
    const scope: FileScope = {
      kinds,
      modelFiles,
      ofKind(kind) {
        let found = byKind.get(kind);
        if (!found) {
          found = [];
          for (const [uri, fileKind] of kinds) if (fileKind === kind) found.push(uri);
          found.sort();
          byKind.set(kind, found);
        }
        return [...found];
      },
    };
    this.scoped = { generation: this.kindGeneration, config, scope };
    return scope;
  }

  private hint(uri: string, kind: FileKind): void {
    const key = uriKey(uri);
    this.kindHints.delete(key); // re-inserted last: the oldest hint goes first
    this.kindHints.set(key, kind);
    if (this.kindHints.size > MAX_KIND_HINTS) this.kindHints.delete(this.kindHints.keys().next().value!);
  }

  private classifyInto(uri: string): void {
    const hinted = this.kindHints.get(uriKey(uri));
    if (hinted) {
      this.setKind(uri, hinted, EDITOR_REASON);
      return;
    }
    // discoverFile reads the text only when the name does not decide.
    const discovered = discoverFile(uri, () => this.host.readText(uri));
    this.setKind(uri, discovered?.kind, discovered?.reason ?? 'its name');
  }

  private setKind(uri: string, kind: FileKind | undefined, reason: string): void {
    if (!this.kinds.has(uri) || this.kinds.get(uri) !== kind) this.kindGeneration++;
    this.kinds.set(uri, kind);
    this.reasons.set(uri, reason);
  }
}

const EDITOR_REASON = "the editor's language mode";
