/**
 * Which vipa-check.json applies: one answer for the command line and the language server.
 *  1. an explicit one (--config FILE, the vipaCheck.configFile setting);
 *  2. vipa-check.json, else .vipa-check.json, directly in a root folder (the PATH folders of the
 *     command line, the workspace folders of the editor), first root first;
 *  3. the config file nearest a root among the files found below the roots (fewest folders);
 *  4. vipa-check.json / .vipa-check.json in a fallback folder (the command line's working directory).
 */
import { CONFIG_FILE_NAMES } from '../config/workspace-config.js';
import { uriBasename, uriKey } from '../base/uris.js';

export interface ConfigLocationInput {
  explicit?: string;
  /** Root folder URIs, in order. */
  roots: readonly string[];
  /** Config files found below the roots (any depth). */
  found: readonly string[];
  /** Folders tried last (URIs). */
  fallbacks?: readonly string[];
  /** True when a file exists at the URI (a file host read, a stat). */
  exists(uri: string): boolean;
}

export function locateConfig(input: ConfigLocationInput): string | undefined {
  if (input.explicit !== undefined) return input.explicit;
  const foundKeys = new Set(input.found.map(uriKey));
  const direct = (folder: string) => {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = `${folder.replace(/\/$/, '')}/${name}`;
      if (foundKeys.has(uriKey(uri)) || input.exists(uri)) return input.found.find((known) => uriKey(known) === uriKey(uri)) ?? uri;
    }
    return undefined;
  };
  for (const root of input.roots) {
    const uri = direct(root);
    if (uri) return uri;
  }
  const nearest = [...input.found]
    .filter((uri) => CONFIG_FILE_NAMES.includes(uriBasename(uri).toLowerCase()))
    .sort((a, b) => uriKey(a).split('/').length - uriKey(b).split('/').length || (a < b ? -1 : a > b ? 1 : 0))[0];
  if (nearest) return nearest;
  for (const folder of input.fallbacks ?? []) {
    const uri = direct(folder);
    if (uri) return uri;
  }
  return undefined;
}
