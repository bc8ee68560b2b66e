/**
 * Which documents are real workspace files and which are views of another file.
 *
 * Only files on these schemes take part in the sysplex model (stacks, INCLUDE resolution, Liberty
 * servers): file: (disk), zowe-ds: and zowe-uss: (Zowe Explorer's data set members and z/OS UNIX
 * files, which are the real thing on the host). Every other scheme is a view or a scratch copy:
 * git: and gitlens: (SCM view, quick diff, timeline), the merge and compare editors' inputs,
 * vscode-vfs: (remote repositories), untitled: (new buffers) ... Such a document is checked for its
 * own syntax only: document-local diagnostics, no stack, no sysplex findings. Otherwise a diff view
 * of a profile would add the profile a second time as one more stack.
 */

export const WORKSPACE_SCHEMES: readonly string[] = ['file', 'zowe-ds', 'zowe-uss'];

/** The lower-case scheme of a URI ('' when it has none). */
export function uriScheme(uri: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
  return match ? match[1].toLowerCase() : '';
}

/** True for documents that are checked on their own only (not part of the workspace model). */
export function isDocumentLocalUri(uri: string): boolean {
  return !WORKSPACE_SCHEMES.includes(uriScheme(uri));
}
