/**
 * Shared helpers of the extension-host suite. Everything waits on editor events with a timeout guard,
 * never on fixed sleeps, and works only through the `vscode` API.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'zos-vipa.zos-tcpip-vipa';
export const PROFILE_LANGUAGE_ID = 'tcpip-profile';
/** The `source` of every diagnostic our language server publishes. */
export const DIAGNOSTIC_SOURCE = 'vipa';
export const DEFAULT_TIMEOUT_MS = 30_000;

/** What `vipa-check --format json` printed for the same workspace copy (written by runTest.mjs). */
export interface CliReport {
  version: number;
  stacks: { name: string; file: string }[];
  diagnostics: CliDiagnostic[];
}
export interface CliDiagnostic {
  file: string;
  /** 1-based, like the other positions here. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

interface VipaExtensionApi {
  ready: Promise<void>;
}

/** A diagnostic's code: a plain value, or `{ value, target }` when the server sent a codeDescription. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder is open');
  return folder.uri;
}

/** A workspace file by its path relative to the workspace root ('/' separators, as the CLI prints it). */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

export async function activateExtension(): Promise<vscode.Extension<VipaExtensionApi>> {
  const extension = vscode.extensions.getExtension<VipaExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  assert.ok(api && typeof api.ready?.then === 'function', 'activate() returns { client, ready }');
  await withTimeout(api.ready, DEFAULT_TIMEOUT_MS, 'the language server to finish its first scan');
  return extension;
}

export async function readCliReport(): Promise<CliReport> {
  const file = process.env.VIPA_E2E_EXPECTED;
  assert.ok(file, 'VIPA_E2E_EXPECTED names the CLI report (run the suite through test/e2e/runTest.mjs)');
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(file));
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as CliReport;
}

/** Our server's diagnostics on one document. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/** "code@line:column" (1-based) for each diagnostic, sorted: the form in which the CLI and editor are compared. */
export function diagnosticKeys(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const keys = diagnosticKeys(ourDiagnostics(uri));
  return `${uri.toString()}: [${keys.join(', ')}]`;
}

export function withTimeout<T>(promise: Thenable<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Resolves with check()'s first non-undefined result, evaluated now and again on every event fired by
 * `events`; rejects after timeoutMs with `describe()` in the message.
 */
export function waitUntil<T>(check: () => T | undefined, events: vscode.Event<unknown>[], timeoutMs: number, describe: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = (action: () => void) => {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      action();
    };
    const evaluate = () => {
      try {
        const value = check();
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    for (const event of events) subscriptions.push(event(evaluate));
    timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms: ${describe()}`))), timeoutMs);
    evaluate();
  });
}

/** Waits until our diagnostics on `uri` satisfy `predicate` (checked now and on every diagnostics change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitUntil(
    () => {
      const diagnostics = ourDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
    () => `${what}; now ${describeDiagnostics(uri)}`,
  );
}

export function hasCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((diagnostic) => codeOf(diagnostic) === code);
}

/** The position of the first match of `pattern` in the document (at the match, or after `offsetInMatch` characters). */
export function positionOf(document: vscode.TextDocument, pattern: RegExp, offsetInMatch = 0): vscode.Position {
  const match = pattern.exec(document.getText());
  assert.ok(match, `${pattern} occurs in ${document.uri.toString()}`);
  return document.positionAt(match.index + offsetInMatch);
}

/** Undoes in-memory edits of earlier tests: reverts every dirty document and waits for the diagnostics to settle back. */
export async function revertDirtyDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false, `${document.uri.toString()} reverted`);
  }
}

/** Plain text of hover contents (MarkdownString or MarkedString). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
