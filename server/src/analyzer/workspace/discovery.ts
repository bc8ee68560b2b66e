/**
 * Discovery as the workspace, the language server's scan and vipa-check's file collection use it:
 * what kind each file is, before anything is parsed, and where the workspace config is. The rules
 * live in analyzer/discovery/ (one function for the CLI and the server, so both see the same
 * workspace); this module is the one place lsp/ and cli/ import them from (the import-rule test
 * allows it), and keeps the older two-function form.
 */
import type { FileKind } from './analysis.js';
import { discoverFile, needsContent } from '../discovery/discover-file.js';

export { hasForeignExtension, shouldSkipDirectory } from '../base/file-names.js';
export { CONFIG_FILE_NAMES } from '../config/workspace-config.js';
export { discoverFile, needsContent, type DiscoveredFile } from '../discovery/discover-file.js';
export { locateConfig, type ConfigLocationInput } from '../discovery/config-location.js';

/** What the file is, or undefined for files the analyzer ignores or keeps only as INCLUDE candidates. */
export function classifyFile(uri: string, text?: string): FileKind | undefined {
  return discoverFile(uri, text === undefined ? undefined : () => text)?.kind;
}

/** True when classification by name alone is final (no need to read the text). */
export function isDecidedByName(uri: string): boolean {
  return !needsContent(uri);
}
