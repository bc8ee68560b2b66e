/**
 * The config's `files` map: what a file is taken as, by path relative to the config file's folder.
 * `*` matches any characters within one folder or file name, `?` one character; names compare
 * case-insensitively (data set members are upper case on the host, often lower case in a download).
 */
import type { FileRoleSetting, LoadedConfig } from './workspace-config.js';
import type { FileKind } from '../base/file-kind.js';
import { resolveUriPath, uriKey } from '../base/uris.js';

interface CompiledEntry {
  pattern: RegExp;
  setting: FileRoleSetting;
  key: string;
}

const compiled = new WeakMap<LoadedConfig, CompiledEntry[]>();

function compile(config: LoadedConfig): CompiledEntry[] {
  let entries = compiled.get(config);
  if (entries) return entries;
  entries = Object.entries(config.config.files ?? {}).map(([key, setting]) => {
    const target = uriKey(resolveUriPath(config.baseUri, key));
    const source = target
      .split(/([*?])/)
      .map((part) => (part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return { pattern: new RegExp(`^${source}$`, 'i'), setting, key };
  });
  compiled.set(config, entries);
  return entries;
}

/** The setting for a file, and the config key that gave it; the first matching entry wins. */
export function fileSettingOf(config: LoadedConfig, uri: string): { setting: FileRoleSetting; key: string } | undefined {
  if (!config.config.files) return undefined;
  const key = uriKey(uri);
  const entry = compile(config).find((candidate) => candidate.pattern.test(key));
  return entry ? { setting: entry.setting, key: entry.key } : undefined;
}

/**
 * The kind a file has for the analysis: the config's `files` setting or an OBEYFILE path in
 * `stacks.X.obey` wins over what discovery found. 'ignored' files leave the workspace altogether.
 */
export function effectiveKind(uri: string, discovered: FileKind | undefined, config: LoadedConfig): FileKind | undefined | 'ignored' {
  const setting = fileSettingOf(config, uri)?.setting;
  if (setting === 'ignore') return 'ignored';
  if (setting === 'profile' || setting === 'include' || setting === 'obey' || setting === 'copy') return 'profile';
  if (setting) return setting;
  if (obeyPathKeys(config).has(uriKey(uri))) return 'profile';
  return discovered;
}

const obeyKeys = new WeakMap<LoadedConfig, Set<string>>();

/** uriKeys of every path listed in some stack's `obey`. */
export function obeyPathKeys(config: LoadedConfig): Set<string> {
  let keys = obeyKeys.get(config);
  if (!keys) {
    keys = new Set();
    for (const stack of Object.values(config.config.stacks ?? {})) {
      for (const path of stack?.obey ?? []) if (typeof path === 'string') keys.add(uriKey(resolveUriPath(config.baseUri, path)));
    }
    obeyKeys.set(config, keys);
  }
  return keys;
}
