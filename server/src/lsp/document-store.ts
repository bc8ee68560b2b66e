/**
 * The FileHost the analyzer reads through in the language server: open editor buffers (any URI
 * scheme: file:, zowe-ds:, untitled:) win over the disk, and files over the size limit read as
 * absent so one stray dump cannot stall every keystroke.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DirectoryEntry, FileHost } from '../analyzer/base/file-host.js';

export class OverlayFileHost implements FileHost {
  /** URI -> size in bytes of files skipped for their size (reported once per change). */
  readonly oversized = new Map<string, number>();
  maxFileSizeBytes = Number.POSITIVE_INFINITY;

  /** `openDocument` finds an open buffer by any spelling of its URI (see UriMap). */
  constructor(
    private readonly openDocument: (uri: string) => TextDocument | undefined,
    private readonly disk: FileHost,
  ) {}

  isOpen(uri: string): boolean {
    return this.openDocument(uri) !== undefined;
  }

  readText(uri: string): string | undefined {
    const open = this.openDocument(uri);
    if (open) {
      const text = open.getText();
      // UTF-16 length is close enough to the byte size for a limit that is a safety valve.
      if (text.length > this.maxFileSizeBytes) return this.skip(uri, text.length);
      this.oversized.delete(uri);
      return text;
    }
    const size = diskSize(uri);
    if (size !== undefined && size > this.maxFileSizeBytes) return this.skip(uri, size);
    this.oversized.delete(uri);
    return this.disk.readText(uri);
  }

  readBytes(uri: string): Uint8Array | undefined {
    const open = this.openDocument(uri);
    if (open) return new TextEncoder().encode(open.getText());
    return this.disk.readBytes(uri);
  }

  listDirectory(uri: string): DirectoryEntry[] | undefined {
    return this.disk.listDirectory(uri);
  }

  isOutsideWorkspace(uri: string): boolean {
    return !this.isOpen(uri) && (this.disk.isOutsideWorkspace?.(uri) ?? false);
  }

  private skip(uri: string, size: number): undefined {
    this.oversized.set(uri, size);
    return undefined;
  }
}

/** Size of a file: URI on disk, undefined for other schemes or missing files. */
export function diskSize(uri: string): number | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return statSync(fileURLToPath(uri)).size;
  } catch {
    return undefined;
  }
}
