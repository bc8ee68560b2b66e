/**
 * Turns the PATH arguments into workspace file URIs: folders are walked (walkFiles) and each file
 * goes through the same discovery as in the language server (discovery/discover-file.ts): files it
 * cannot place but that an INCLUDE may name are kept as INCLUDE candidates, as the server keeps
 * them. A file named explicitly is always analyzed (as a profile when discovery cannot tell). Also
 * finds the config file (discovery/config-location.ts, shared with the server).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileHost } from '../analyzer/base/file-host.js';
import { discoverFile, locateConfig } from '../analyzer/workspace/discovery.js';
import { toFileUri, walkFiles } from '../analyzer/base/node-file-host.js';
import { displayPath } from './report.js';
import { notTextReason } from '../analyzer/base/text-decoding.js';

/** A failure that ends the run with exit code 2; the message names the path. */
export class CliFailure extends Error {}

export interface CollectedFiles {
  uris: string[];
  /** The first PATH that is a folder. */
  firstFolder?: string;
  /** Every PATH that is a folder (absolute), in order: the roots the config file is looked for in. */
  folders: string[];
  /** vipa-check.json / .vipa-check.json files found below the folders. */
  configUris: string[];
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
  const folders: string[] = [];
  const configUris: string[] = [];
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
      const text = host.readText(uri);
      if (text === undefined) throw new CliFailure(`cannot read '${path}': not a readable file (or larger than the size limit)`);
      const notText = notTextReason(text);
      // A file named like a profile or Liberty file gets its file-not-text finding; any other is named here.
      if (notText && discoverFile(uri)?.kind === undefined) skipped.push(`'${path}' is not text, not checked: ${notText}`);
      if (discoverFile(uri)?.kind !== 'config') uris.add(uri);
      continue;
    }
    firstFolder ??= absolute;
    folders.push(absolute);
    const onSkipped = (uri: string, reason: string) => {
      // Only files the checker would have read by their name: a large unrelated file is no news.
      if (discoverFile(uri)?.kind !== undefined) skipped.push(`skipped '${displayPath(uri, cwd)}': ${reason}`);
    };
    // An unreadable file or folder below a PATH is named and the run goes on (the PATH itself failing stops it, above).
    const onUnreadable = (uri: string, reason: string) => skipped.push(`cannot read '${displayPath(uri, cwd)}': ${reason}`);
    for (const uri of walkFiles(toFileUri(absolute), { onSkipped, onUnreadable })) {
      const found = discoverFile(uri, () => host.readText(uri));
      // INCLUDE candidates (no kind) stay: a profile may INCLUDE them, as in the language server.
      if (found?.kind === 'config') configUris.push(uri);
      else if (found) uris.add(uri);
    }
  }
  return { uris: [...uris], firstFolder, folders, configUris, skipped };
}

/**
 * --config FILE, else the config the language server would pick for the same folders
 * (discovery/config-location.ts), else vipa-check.json (or .vipa-check.json) in the working directory.
 */
export function findConfigFile(explicit: string | undefined, collected: Pick<CollectedFiles, 'folders' | 'configUris'>, cwd: string, host: FileHost): string | undefined {
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
  return locateConfig({
    roots: collected.folders.map((folder) => toFileUri(folder)),
    found: collected.configUris,
    fallbacks: [toFileUri(cwd)],
    exists: (uri) => host.readText(uri) !== undefined,
  });
}
