/**
 * Documents that show another version of a file are not the sysplex: the rename preview
 * (vscode-bulkeditpreview-editor:), the old side of a git diff (git:), local history and
 * merge-conflict views. Sent to the server they would count as more stacks (a rename preview of
 * three profiles made six). They are not opened on the server, so they get no diagnostics.
 */
import type { Middleware } from 'vscode-languageclient/node';

export const SHADOW_SCHEMES = new Set(['vscode-bulkeditpreview-editor', 'git', 'vscode-local-history', 'merge-conflict.conflict-diff']);

export const skipShadowDocuments: Pick<Middleware, 'didOpen' | 'didChange' | 'didClose'> = {
  didOpen: (document, next) => (SHADOW_SCHEMES.has(document.uri.scheme) ? Promise.resolve() : next(document)),
  didChange: (event, next) => (SHADOW_SCHEMES.has(event.document.uri.scheme) ? Promise.resolve() : next(event)),
  didClose: (document, next) => (SHADOW_SCHEMES.has(document.uri.scheme) ? Promise.resolve() : next(document)),
};
