/**
 * The file host of one vipa-check run: the disk, confined to what the command line names. Its
 * "workspace" is every folder PATH, the folder of every file PATH, and the files named by --config
 * and --obey. A Liberty <include> (or bootstrap.include) that points elsewhere is not read and is
 * reported as outside-workspace, as in the editor, unless --allow-outside is given.
 */
import { dirname, resolve } from 'node:path';
import { NodeFileHost, toFileUri } from '../analyzer/base/node-file-host.js';
import type { DirectoryEntry } from '../analyzer/base/file-host.js';
import { isInsideFolder, uriKey } from '../analyzer/base/uris.js';
import { statSync } from 'node:fs';

export interface PathsHostOptions {
  cwd: string;
  paths: readonly string[];
  /** Files named by options (--config, --obey): readable wherever they are. */
  namedFiles?: readonly (string | undefined)[];
  allowOutside?: boolean;
}

export class PathsFileHost extends NodeFileHost {
  private readonly folders: string[];
  private readonly files: Set<string>;
  private readonly allowOutside: boolean;

  constructor(options: PathsHostOptions) {
    super();
    this.allowOutside = options.allowOutside === true;
    this.folders = options.paths.map((path) => {
      const absolute = resolve(options.cwd, path);
      let isDirectory = false;
      try {
        isDirectory = statSync(absolute).isDirectory();
      } catch {
        // A PATH that does not exist is reported by collectFiles.
      }
      return toFileUri(isDirectory ? absolute : dirname(absolute));
    });
    this.files = new Set(options.namedFiles?.filter((path): path is string => path !== undefined).map((path) => uriKey(toFileUri(resolve(options.cwd, path)))) ?? []);
  }

  isOutsideWorkspace(uri: string): boolean {
    if (this.allowOutside || this.files.has(uriKey(uri))) return false;
    return !this.folders.some((folder) => uriKey(folder) === uriKey(uri) || isInsideFolder(uri, folder));
  }

  override readText(uri: string): string | undefined {
    return this.isOutsideWorkspace(uri) ? undefined : super.readText(uri);
  }

  override readBytes(uri: string): Uint8Array | undefined {
    return this.isOutsideWorkspace(uri) ? undefined : super.readBytes(uri);
  }

  override listDirectory(uri: string): DirectoryEntry[] | undefined {
    return this.isOutsideWorkspace(uri) ? undefined : super.listDirectory(uri);
  }
}
