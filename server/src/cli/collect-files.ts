/**
 * Turns the PATH arguments into workspace file URIs: folders are walked (walkFiles) and each file is
 * classified by name, then by content when the name says nothing. A file named explicitly is always
 * analyzed (as a profile when discovery cannot tell). Also finds the config file.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileHost } from '../analyzer/base/file-host.js';
import { CONFIG_FILE_NAMES, classifyFile, isDecidedByName } from '../analyzer/workspace/discovery.js';
import { toFileUri, walkFiles } from '../analyzer/base/node-file-host.js';
import { displayPath } from './report.js';

/** A failure that ends the run with exit code 2; the message names the path. */
export class CliFailure extends Error {}

export interface CollectedFiles {
  uris: string[];
  /** The first PATH that is a folder, where the config file is looked for. */
  firstFolder?: string;
  /** Files left out by the size or count limits, as messages naming them. */
  skipped: string[];
}

function describeStatError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export function collectFiles(paths: readonly string[], cwd: string, host: FileHost): CollectedFiles {
  const uris = new Set<string>();
  const skipped: string[] = [];
  let firstFolder: string | undefined;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      throw new CliFailure(`cannot read '${path}': ${describeStatError(error)}`);
    }
    if (!isDirectory) {
      const uri = toFileUri(absolute);
      if (host.readText(uri) === undefined) throw new CliFailure(`cannot read '${path}': not a readable file (or larger than the size limit)`);
      if (classifyFile(uri) !== 'config') uris.add(uri);
      continue;
    }
    firstFolder ??= absolute;
    const onSkipped = (uri: string, reason: string) => {
      // Only files the checker would have read by their name: a large unrelated file is no news.
      if (classifyFile(uri) !== undefined) skipped.push(`skipped '${displayPath(uri, cwd)}': ${reason}`);
    };
    for (const uri of walkFiles(toFileUri(absolute), { onSkipped })) {
      const kind = isDecidedByName(uri) ? classifyFile(uri) : classifyFile(uri, host.readText(uri));
      if (kind && kind !== 'config') uris.add(uri);
    }
  }
  return { uris: [...uris], firstFolder, skipped };
}

/** --config FILE, else vipa-check.json (or .vipa-check.json) in the first folder PATH, else in cwd. */
export function findConfigFile(explicit: string | undefined, firstFolder: string | undefined, cwd: string, host: FileHost): string | undefined {
  if (explicit !== undefined) {
    const uri = toFileUri(resolve(cwd, explicit));
    if (host.readText(uri) === undefined) {
      let reason = 'not a readable file';
      try {
        statSync(resolve(cwd, explicit));
      } catch (error) {
        reason = describeStatError(error);
      }
      throw new CliFailure(`cannot read config '${explicit}': ${reason}`);
    }
    return uri;
  }
  for (const folder of firstFolder !== undefined ? [firstFolder, cwd] : [cwd]) {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = toFileUri(join(folder, name));
      if (host.readText(uri) !== undefined) return uri;
    }
  }
  return undefined;
}
