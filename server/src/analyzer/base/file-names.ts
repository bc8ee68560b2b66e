/** File-name facts shared by discovery and INCLUDE resolution. */
import { extensionOf, uriBasename } from './uris.js';

/** Extensions that certainly belong to something other than a TCP/IP profile. */
const FOREIGN_EXTENSIONS = new Set([
  'xml', 'json', 'jsonc', 'md', 'markdown', 'ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'map', 'java', 'class', 'jar', 'war', 'ear',
  'py', 'rb', 'go', 'rs', 'c', 'h', 'cpp', 'hpp', 'cs', 'sh', 'bash', 'ps1', 'bat', 'cmd', 'html', 'htm', 'css', 'scss',
  'yml', 'yaml', 'toml', 'ini', 'properties', 'env', 'j2', 'lock', 'log', 'csv', 'tsv', 'sql', 'rexx', 'rex',
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'ico', 'webp', 'bmp', 'pdf', 'zip', 'gz', 'tgz', 'tar', 'bz2', 'xz', '7z',
  'p12', 'pfx', 'jks', 'pem', 'crt', 'cer', 'der', 'key', 'csr', 'kdb', 'sth', 'rdb', 'vsix', 'exe', 'dll', 'so', 'dylib',
]);

/** True when the file's extension says it is something else than a profile (xml, json, md, ts ...). */
export function hasForeignExtension(uri: string): boolean {
  return FOREIGN_EXTENSIONS.has(extensionOf(uriBasename(uri)));
}


const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'target', 'build', 'out', 'dist', '.vscode-test']);

/** True for folders a walk never enters (dependencies, VCS metadata, build output). */
export function shouldSkipDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name);
}
