/**
 * Finds the profiles and Liberty files of the workspace folders on disk. This is the editor's view
 * of "the workspace": it honours the client's files.exclude globs and the size limit, and yields to
 * the event loop between folders so that requests keep flowing during a large scan.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative, sep } from 'node:path';
import { discoverFile, needsContent, shouldSkipDirectory, type DiscoveredFile } from '../analyzer/workspace/discovery.js';
import type { FileKind } from '../analyzer/workspace/analysis.js';
import type { PathMatcher } from './glob.js';

export interface ScanOptions {
  isExcluded: PathMatcher;
  maxFileSizeBytes: number;
  /** Called for each folder entered (progress messages). */
  onFolder?: (relativePath: string) => void;
  isCancelled?: () => boolean;
}

export interface ScannedFile {
  uri: string;
  /**
   * Undefined for files discovery cannot place but that an INCLUDE may name (members without a
   * telling name or content): the workspace needs them to resolve INCLUDEs.
   */
  kind: FileKind | undefined;
}

export interface ScanResult {
  files: ScannedFile[];
  /** Workspace files over the size limit: uri -> size in bytes. */
  oversized: Map<string, number>;
}

// Bounds a walk into a pathological tree (a home directory opened as a workspace).
const MAX_DIRECTORIES = 20000;

export async function scanFolder(folderUri: string, options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = { files: [], oversized: new Map() };
  if (!folderUri.startsWith('file:')) return result;
  let root: string;
  try {
    root = fileURLToPath(folderUri);
  } catch {
    return result;
  }
  const pending = [root];
  let visited = 0;
  while (pending.length > 0 && visited < MAX_DIRECTORIES) {
    if (options.isCancelled?.()) break;
    const directory = pending.pop()!;
    visited++;
    const relativeDirectory = toPosix(relative(root, directory));
    if (visited % 50 === 1) options.onFolder?.(relativeDirectory);
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      const relativePath = toPosix(relative(root, path));
      if (options.isExcluded(relativePath)) continue;
      // Symbolic links are not followed: they may loop, and the target is usually in the workspace anyway.
      if (entry.isDirectory()) {
        if (!shouldSkipDirectory(entry.name)) pending.push(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const uri = pathToFileURL(path).href;
      // The same decision as the command line (discovery/discover-file.ts); the text is read only
      // when the name does not decide.
      const byName = discoverFile(uri);
      if (!byName) continue;
      const size = await fileSize(path);
      if (size === undefined) continue;
      if (size > options.maxFileSizeBytes) {
        if (byName.kind) result.oversized.set(uri, size);
        continue;
      }
      const found = needsContent(uri) ? await discoverByContent(uri, path) : byName;
      if (found) result.files.push({ uri, kind: found.kind });
    }
  }
  return result;
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

async function discoverByContent(uri: string, path: string): Promise<DiscoveredFile | undefined> {
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = undefined;
  }
  return discoverFile(uri, () => text);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
