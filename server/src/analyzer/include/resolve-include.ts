/**
 * INCLUDE resolution: which workspace file stands for `INCLUDE dsn(member)` or `INCLUDE dsn`.
 *
 * Rules (first match wins; names compare case-insensitively; "optional extension" means the file
 * name may carry one extra `.ext`, e.g. ZCXDVIPA, zcxdvipa.tcpip, ZCXDVIPA.txt):
 *
 *  1. The config's `datasets` map, keys upper-cased, paths relative to the config file's folder:
 *     a. "DSN(MEMBER)" -> that file;
 *     b. "DSN" -> a folder holding the members: the file named like the member in that folder;
 *        for `INCLUDE dsn` (no member) "DSN" may name the file itself.
 *  2. With a member, by file name:
 *     a. a file named like the whole reference, `DSN(MEMBER)` (optional extension);
 *     b. a file named like the member inside a folder named like the data set
 *        (ADCD.Z25B.TCPPARMS/ or adcd.z25b.tcpparms/);
 *     c. a file named like the member in the folder of the including file;
 *     d. a file named like the member anywhere in the workspace; when several match, the one
 *        nearest the including file (longest common folder path), then the first by URI.
 *  3. Without a member (a sequential data set): a file named like the whole data set name
 *     (USER.TCPIP.VIPAS, user.tcpip.vipas.txt), nearest the including file as in 2d.
 *     The last qualifier alone is NOT used: it is too ambiguous (PROFILE, TCPIP); map such files
 *     in `datasets` instead.
 * Files whose extension belongs to something else (.xml, .json, .md, .ts, ...) never match by name.
 * Resolution works on the known file list only; it never scans the disk. Unresolved -> undefined
 * (reported as include-not-found: the member may live only on the host).
 */
import type { LoadedConfig } from '../config/workspace-config.js';
import { hasForeignExtension } from '../base/file-names.js';
import { resolveUriPath, stripExtension, uriBasename, uriDirname, uriFolderNames, uriKey } from '../base/uris.js';

export interface IncludeRequest {
  /** Data set name as written (any case). */
  dataSet: string;
  member?: string;
  /** URI of the file that holds the INCLUDE. */
  fromUri: string;
}

export type IncludeRule = 'config-member' | 'config-folder' | 'config-file' | 'full-name' | 'dataset-folder' | 'same-folder' | 'anywhere';

export interface IncludeResolution {
  uri?: string;
  rule?: IncludeRule;
  /** Set when a config entry matched but points at no known file (for the diagnostic message). */
  mappedUri?: string;
}

/** The known files, indexed by name once so each resolution is a few map lookups. */
export class IncludeFileIndex {
  /** Lower-case file name, and file name without its extension -> URIs. */
  private readonly byName = new Map<string, string[]>();
  private readonly byKey = new Map<string, string>();

  constructor(uris: Iterable<string>) {
    for (const uri of uris) {
      this.byKey.set(uriKey(uri), uri);
      if (hasForeignExtension(uri)) continue;
      const name = uriBasename(uri).toLowerCase();
      this.add(name, uri);
      const bare = stripExtension(name);
      if (bare !== name) this.add(bare, uri);
    }
    for (const list of this.byName.values()) list.sort();
  }

  /** Files whose name (optionally without one extension) equals `name`, any case. */
  named(name: string): readonly string[] {
    return this.byName.get(name.toLowerCase()) ?? [];
  }

  /** The known URI equal to `uri` under uriKey comparison. */
  known(uri: string): string | undefined {
    return this.byKey.get(uriKey(uri));
  }

  private add(name: string, uri: string): void {
    const list = this.byName.get(name);
    if (!list) this.byName.set(name, [uri]);
    else if (!list.includes(uri)) list.push(uri);
  }
}

export function resolveInclude(request: IncludeRequest, files: IncludeFileIndex, config?: LoadedConfig): string | undefined {
  return resolveIncludeDetailed(request, files, config).uri;
}

export function resolveIncludeDetailed(request: IncludeRequest, files: IncludeFileIndex, config?: LoadedConfig): IncludeResolution {
  const dataSet = request.dataSet.trim().toUpperCase();
  const member = request.member?.trim().toUpperCase() || undefined;
  const fromConfig = resolveFromConfig(dataSet, member, files, config);
  if (fromConfig.uri || fromConfig.mappedUri) return fromConfig;

  if (!member) {
    const uri = nearest(files.named(dataSet), request.fromUri);
    return uri ? { uri, rule: 'anywhere' } : {};
  }
  const fullName = nearest(files.named(`${dataSet}(${member})`), request.fromUri);
  if (fullName) return { uri: fullName, rule: 'full-name' };

  const candidates = files.named(member).filter((uri) => uriKey(uri) !== uriKey(request.fromUri));
  const inDataSetFolder = candidates.filter((uri) => lastFolder(uri).toUpperCase() === dataSet);
  if (inDataSetFolder.length > 0) return { uri: nearest(inDataSetFolder, request.fromUri), rule: 'dataset-folder' };
  const includingFolder = uriKey(uriDirname(request.fromUri));
  const sameFolder = candidates.find((uri) => uriKey(uriDirname(uri)) === includingFolder);
  if (sameFolder) return { uri: sameFolder, rule: 'same-folder' };
  const anywhere = nearest(candidates, request.fromUri);
  return anywhere ? { uri: anywhere, rule: 'anywhere' } : {};
}

function resolveFromConfig(dataSet: string, member: string | undefined, files: IncludeFileIndex, config?: LoadedConfig): IncludeResolution {
  const datasets = config?.config.datasets;
  if (!datasets) return {};
  const entries = new Map(Object.entries(datasets).map(([key, path]) => [key.replace(/\s+/g, '').toUpperCase(), path]));
  if (member) {
    const memberPath = entries.get(`${dataSet}(${member})`);
    if (memberPath !== undefined) {
      const target = resolveUriPath(config.baseUri, memberPath);
      const uri = files.known(target);
      return uri ? { uri, rule: 'config-member' } : { mappedUri: target };
    }
  }
  const dataSetPath = entries.get(dataSet);
  if (dataSetPath === undefined) return {};
  const target = resolveUriPath(config.baseUri, dataSetPath);
  if (!member) {
    const uri = files.known(target);
    return uri ? { uri, rule: 'config-file' } : { mappedUri: target };
  }
  const folderKey = uriKey(target).replace(/\/$/, '');
  const uri = files.named(member).find((candidate) => uriKey(uriDirname(candidate)) === folderKey);
  return uri ? { uri, rule: 'config-folder' } : { mappedUri: target };
}

function lastFolder(uri: string): string {
  const folders = uriFolderNames(uri);
  return folders[folders.length - 1] ?? '';
}

/** The candidate sharing the longest folder path with `fromUri`; ties go to the first (sorted) one. */
function nearest(candidates: readonly string[], fromUri: string): string | undefined {
  if (candidates.length <= 1) return candidates[0];
  const from = uriKey(uriDirname(fromUri)).split('/');
  let best: string | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const parts = uriKey(uriDirname(candidate)).split('/');
    let common = 0;
    while (common < parts.length && common < from.length && parts[common] === from[common]) common++;
    if (common > bestScore) {
      best = candidate;
      bestScore = common;
    }
  }
  return best;
}
