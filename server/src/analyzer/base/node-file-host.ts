/**
 * FileHost over node:fs (synchronous: the analyzer is synchronous and files are small). The only
 * analyzer module that touches the disk; the CLI uses it directly, the language server layers open
 * editor buffers over it.
 */
import { accessSync, constants, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DirectoryEntry, FileHost } from './file-host.js';
import { shouldSkipDirectory } from './file-names.js';
import { decodeText } from './text-decoding.js';

/** Files larger than this are not read as text (profiles are a few hundred KB at most). */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export class NodeFileHost implements FileHost {
  constructor(private readonly maxFileSize = DEFAULT_MAX_FILE_SIZE) {}

  readText(uri: string): string | undefined {
    const bytes = this.readBytes(uri);
    if (!bytes) return undefined;
    // UTF-8 with or without BOM, UTF-16 with BOM; undecodable bytes become U+FFFD (file-not-text).
    return decodeText(bytes).text;
  }

  readBytes(uri: string): Uint8Array | undefined {
    const path = toPath(uri);
    if (!path) return undefined;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > this.maxFileSize) return undefined;
      return readFileSync(path);
    } catch {
      return undefined;
    }
  }

  listDirectory(uri: string): DirectoryEntry[] | undefined {
    const path = toPath(uri);
    if (!path) return undefined;
    try {
      return readdirSync(path, { withFileTypes: true }).map((entry) => {
        const full = `${path.replace(/[\\/]$/, '')}/${entry.name}`;
        let isDirectory = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try {
            isDirectory = statSync(full).isDirectory();
          } catch {
            isDirectory = false;
          }
        }
        return { name: entry.name, uri: pathToFileURL(full).href, isDirectory };
      });
    } catch {
      return undefined;
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface WalkOptions {
  /** Skip files larger than this many bytes (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
  /** Stop after this many files (default 20,000). */
  maxFileCount?: number;
  /** Extra folder filter on top of shouldSkipDirectory. */
  skipDirectory?: (name: string) => boolean;
  /** Told of every file left out because of the limits above, so callers can say so. */
  onSkipped?: (uri: string, reason: string) => void;
  /** Told of every file or folder that cannot be read (permission denied, a broken link). */
  onUnreadable?: (uri: string, reason: string) => void;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'a broken link, or it vanished while being read';
  if (code === 'ELOOP') return 'a symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every file URI under a folder (or the file itself), depth-first in name order, skipping
 * shouldSkipDirectory folders. Symlinked folders are followed once: real paths already visited
 * are not entered again, so symlink loops end.
 */
export function walkFiles(rootUri: string, options: WalkOptions = {}): string[] {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const maxFileCount = options.maxFileCount ?? 20_000;
  const root = toPath(rootUri);
  if (!root) return [];
  const result: string[] = [];
  const visited = new Set<string>();

  let countLimitReported = false;
  const visit = (path: string): void => {
    if (result.length >= maxFileCount) {
      if (!countLimitReported) options.onSkipped?.(pathToFileURL(path).href, `more than ${maxFileCount} files: this one and the rest are not read`);
      countLimitReported = true;
      return;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isFile()) {
      if (stat.size > maxFileSize) {
        options.onSkipped?.(pathToFileURL(path).href, `${megabytes(stat.size)} is over the ${megabytes(maxFileSize)} limit`);
        return;
      }
      try {
        accessSync(path, constants.R_OK);
      } catch (error) {
        options.onUnreadable?.(pathToFileURL(path).href, describeReadError(error));
        return;
      }
      result.push(pathToFileURL(path).href);
      return;
    }
    if (!stat.isDirectory()) return;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      options.onUnreadable?.(pathToFileURL(path).href, describeReadError(error));
      return;
    }
    for (const name of names) {
      if (result.length >= maxFileCount) return;
      const child = `${path.replace(/[\\/]$/, '')}/${name}`;
      let isDirectory = false;
      try {
        isDirectory = statSync(child).isDirectory();
      } catch (error) {
        options.onUnreadable?.(pathToFileURL(child).href, describeReadError(error));
        continue;
      }
      if (isDirectory && (shouldSkipDirectory(name) || options.skipDirectory?.(name))) continue;
      visit(child);
    }
  };
  visit(root);
  return result;
}

/** A file system path for a file: URI (or a plain path), undefined for other schemes. */
export function toPath(uriOrPath: string): string | undefined {
  if (uriOrPath.startsWith('file:')) {
    try {
      return fileURLToPath(uriOrPath);
    } catch {
      return undefined;
    }
  }
  return /^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(uriOrPath) ? undefined : uriOrPath;
}

export function toFileUri(path: string): string {
  return pathToFileURL(path).href;
}
