/**
 * How the workspace's files enter one analysis, after the config's `files` settings and the
 * document scheme (base/uri-schemes.ts) are applied:
 *  - `kinds`: the effective kind of every file that stays (ignored files are left out);
 *  - `modelFiles`: the files INCLUDE resolution may pick (real files, not views of one);
 *  - findings of other configurations (the TN3270 profile's block structure).
 */
import type { FileKind } from '../base/file-kind.js';
import type { FileHost } from '../base/file-host.js';
import type { Finding } from '../diagnostics/finding.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import { effectiveKind } from '../config/file-settings.js';
import { isDocumentLocalUri } from '../base/uri-schemes.js';
import { checkTn3270Blocks } from '../other-configs/tn3270-blocks.js';

export interface FileScope {
  kinds: Map<string, FileKind | undefined>;
  modelFiles: string[];
}

export function scopeFiles(files: ReadonlyMap<string, FileKind | undefined>, config: LoadedConfig): FileScope {
  const kinds = new Map<string, FileKind | undefined>();
  const modelFiles: string[] = [];
  for (const [uri, discovered] of files) {
    const kind = effectiveKind(uri, discovered, config);
    if (kind === 'ignored') continue;
    kinds.set(uri, kind);
    if (!isDocumentLocalUri(uri)) modelFiles.push(uri);
  }
  return { kinds, modelFiles };
}

/** Findings of the files that are other configurations (only the TN3270 profile's blocks are checked). */
export function otherConfigFindings(kinds: ReadonlyMap<string, FileKind | undefined>, host: FileHost): Finding[] {
  const findings: Finding[] = [];
  for (const [uri, kind] of kinds) {
    if (kind !== 'tn3270') continue;
    const text = host.readText(uri);
    if (text !== undefined) findings.push(...checkTn3270Blocks(uri, text));
  }
  return findings;
}
