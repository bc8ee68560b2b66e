/**
 * The workspace's file set: every known file under the spelling it was first given (URIs are
 * compared through uriKey), what each file is (classification), the editor's version of open files
 * and the kinds the editor told us (language ids).
 */
import type { FileHost } from '../base/file-host.js';
import type { FileKind } from '../base/file-kind.js';
import { uriKey } from '../base/uris.js';
import { classifyFile, isDecidedByName } from './discovery.js';

const MAX_KIND_HINTS = 10_000;

export class WorkspaceFiles {
  /** Known URI -> kind (undefined: not analysed on its own, but an INCLUDE may name it). */
  readonly kinds = new Map<string, FileKind | undefined>();
  private readonly canonical = new Map<string, string>();
  readonly versions = new Map<string, number>();
  /**
   * Kinds the editor told us (language ids), by uriKey. Kept when a file leaves the set (a rescan
   * drops and re-adds open documents), bounded so a session that opens thousands of members stays flat.
   */
  private readonly kindHints = new Map<string, FileKind>();

  constructor(private readonly host: FileHost) {}

  /** The known spelling of a URI, or undefined. */
  known(uri: string): string | undefined {
    return this.canonical.get(uriKey(uri));
  }

  /** Known URIs in the order they were added. */
  uris(): IterableIterator<string> {
    return this.kinds.keys();
  }

  kindOf(uri: string): FileKind | undefined {
    const known = this.known(uri);
    return known === undefined ? undefined : this.kinds.get(known);
  }

  /** URIs of one kind, sorted (the pipeline's order, so results do not depend on discovery order). */
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
    this.kinds.set(uri, this.classify(uri));
    return { uri, added: true };
  }

  /** Re-classifies a known file whose content may have changed what it is; a hint from the editor wins. */
  reclassify(known: string, hint?: FileKind): void {
    if (hint) this.hint(known, hint);
    if (hint) this.kinds.set(known, hint);
    else if (!isDecidedByName(known)) this.kinds.set(known, this.classify(known));
  }

  setVersion(known: string, version: number | undefined): void {
    if (version !== undefined) this.versions.set(known, version);
    else this.versions.delete(known);
  }

  remove(known: string): void {
    this.canonical.delete(uriKey(known));
    this.kinds.delete(known);
    this.versions.delete(known);
  }

  private hint(uri: string, kind: FileKind): void {
    const key = uriKey(uri);
    this.kindHints.delete(key); // re-inserted last: the oldest hint goes first
    this.kindHints.set(key, kind);
    if (this.kindHints.size > MAX_KIND_HINTS) this.kindHints.delete(this.kindHints.keys().next().value!);
  }

  private classify(uri: string): FileKind | undefined {
    const hinted = this.kindHints.get(uriKey(uri));
    if (hinted) return hinted;
    if (isDecidedByName(uri)) return classifyFile(uri);
    return classifyFile(uri, this.host.readText(uri));
  }
}
