/**
 * Workspace Trust. The VS Code client tells the server (initializationOptions.trusted) whether the
 * user trusts the workspace; other editors say nothing and are trusted. In an untrusted workspace:
 *  - only syntax checks are reported (profile syntax, well-formed XML, a valid vipa-check.json);
 *  - keystores are never read (no password decoding, no PKCS#12 parsing of a stranger's file);
 *  - nothing outside the workspace folders is read, whatever an <include location>,
 *    bootstrap.include or ${wlp.user.dir} points at.
 * Granting trust restarts the server (client side), which then runs everything.
 */
import type { DirectoryEntry, FileHost } from '../analyzer/base/file-host.js';
import type { SeverityOverrides, SeverityResolver } from '../analyzer/workspace/findings.js';
import { ALL_CODES, type DiagnosticCode } from '../analyzer/diagnostics/codes.js';
import { isInsideFolder, uriKey } from '../analyzer/base/uris.js';

/** What an untrusted workspace still reports: the text of each file on its own. */
export const SYNTAX_CODES: readonly DiagnosticCode[] = [
  'syntax-error',
  'unknown-statement',
  'statement-out-of-place',
  'mixed-address-families',
  'comment-without-blank',
  'ignored-after-error',
  'xml-syntax-error',
  'config-error',
  'file-too-large',
  'file-not-text',
  'sequence-numbers',
  'xml-doctype-ignored',
];

const NON_SYNTAX_OFF: SeverityOverrides = Object.fromEntries(ALL_CODES.filter((code) => !SYNTAX_CODES.includes(code)).map((code) => [code, 'off']));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export class WorkspaceTrust {
  trusted = true;
  /** vipaCheck.allowReadsOutsideWorkspace: only a trusted workspace may read outside its folders. */
  allowOutside = false;
  /** The workspace folders (set by the server once known). */
  folders: () => readonly string[] = () => [];

  configure(initializationOptions: unknown): void {
    this.trusted = !(isRecord(initializationOptions) && initializationOptions.trusted === false);
  }

  private inWorkspace(uri: string): boolean {
    return this.folders().some((folder) => uriKey(folder) === uriKey(uri) || isInsideFolder(uri, folder));
  }

  private mayRead(uri: string): boolean {
    return (this.trusted && this.allowOutside) || this.inWorkspace(uri);
  }

  /**
   * The disk host, gated: nothing outside the folders unless vipaCheck.allowReadsOutsideWorkspace
   * is on in a trusted workspace, and no keystore bytes at all while untrusted. (Open editor
   * buffers are layered above this gate: a file the user opened is always read.)
   */
  gate(disk: FileHost): FileHost {
    return {
      readText: (uri: string) => (this.mayRead(uri) ? disk.readText(uri) : undefined),
      readBytes: (uri: string) => (this.trusted && this.mayRead(uri) ? disk.readBytes(uri) : undefined),
      listDirectory: (uri: string): DirectoryEntry[] | undefined => (this.mayRead(uri) ? disk.listDirectory(uri) : undefined),
      isOutsideWorkspace: (uri: string) => !this.mayRead(uri),
    };
  }

  /** Settings overrides, with every non-syntax code off while untrusted. */
  severity(settings: SeverityOverrides | SeverityResolver): SeverityOverrides | SeverityResolver {
    if (this.trusted) return settings;
    if (typeof settings === 'function') {
      const merged = new WeakMap<SeverityOverrides, SeverityOverrides>();
      return (uri) => {
        const base = settings(uri);
        let result = merged.get(base);
        if (!result) merged.set(base, (result = { ...base, ...NON_SYNTAX_OFF }));
        return result;
      };
    }
    return { ...settings, ...NON_SYNTAX_OFF };
  }
}
