/**
 * Discovery as the workspace and the language server use it: what kind each file is. The rules
 * live in analyzer/discovery/discover-file.ts (one function for the CLI and the server); this module
 * keeps the older two-function form.
 */
import type { FileKind } from './analysis.js';
import { discoverFile, needsContent } from '../discovery/discover-file.js';

export { hasForeignExtension, shouldSkipDirectory } from '../base/file-names.js';

/** What the file is, or undefined for files the analyzer ignores or keeps only as INCLUDE candidates. */
export function classifyFile(uri: string, text?: string): FileKind | undefined {
  return discoverFile(uri, text === undefined ? undefined : () => text)?.kind;
}

/** True when classification by name alone is final (no need to read the text). */
export function isDecidedByName(uri: string): boolean {
  return !needsContent(uri);
}
