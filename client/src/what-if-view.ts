/**
 * vipaCheck.showWhatIf: shows the failover simulation for one or more stacks as a read-only virtual
 * document (scheme vipa-what-if:, served by a TextDocumentContentProvider), so there is nothing to
 * save and nothing is written anywhere. The code lens passes the stack; from the command palette a
 * quick pick offers the workspace's stacks. Opening the same what-if again re-runs the simulation.
 */
import { EventEmitter, Uri, window, workspace, type CancellationToken, type Disposable, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WHAT_IF_REQUEST, isWhatIfAnswer, type WhatIfAnswer } from '../../server/src/protocol/custom-requests.js';
import { WHAT_IF_SCHEME, stacksFromArguments, stacksFromQuery, whatIfPath, whatIfQuery } from './what-if-uri.js';

class WhatIfDocuments implements TextDocumentContentProvider {
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(uri: Uri, token: CancellationToken): Promise<string> {
    const down = stacksFromQuery(uri.query);
    if (!this.client.isRunning()) return 'The VIPA language server is not running.\n';
    const answer = await requestWhatIf(this.client, down, token);
    return answer.text;
  }

  refresh(uri: Uri): void {
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** vipa/whatIf, with the answer's shape checked: a server of another version may answer another one. */
async function requestWhatIf(client: LanguageClient, down: string[], token?: CancellationToken): Promise<WhatIfAnswer> {
  const answer = await client.sendRequest<unknown>(WHAT_IF_REQUEST, { down }, token);
  if (!isWhatIfAnswer(answer)) throw new Error('the language server answered vipa/whatIf with an unexpected shape');
  return answer;
}

export function whatIfUri(down: readonly string[]): Uri {
  return Uri.from({ scheme: WHAT_IF_SCHEME, path: whatIfPath(down), query: whatIfQuery(down) });
}

async function pickStacks(client: LanguageClient): Promise<string[]> {
  const answer = await requestWhatIf(client, []);
  if (answer.stacks.length === 0) {
    void window.showInformationMessage('VIPA: the workspace has no TCP/IP stack to take down.');
    return [];
  }
  const picked = await window.showQuickPick(answer.stacks, { canPickMany: true, title: 'VIPA: which stacks go down?', placeHolder: 'Pick one or more stacks' });
  return picked ?? [];
}

/** Registers the content provider; returns it and the command body for commands.ts. */
export function registerWhatIfView(client: LanguageClient): { disposables: Disposable[]; show: (arg?: unknown) => Promise<Uri | undefined> } {
  const documents = new WhatIfDocuments(client);
  const provider = workspace.registerTextDocumentContentProvider(WHAT_IF_SCHEME, documents);
  const show = async (arg?: unknown): Promise<Uri | undefined> => {
    if (!client.isRunning()) {
      void window.showWarningMessage('VIPA: the language server is not running.');
      return undefined;
    }
    const down = stacksFromArguments(arg);
    const stacks = down.length > 0 ? down : await pickStacks(client);
    if (stacks.length === 0) return undefined;
    const uri = whatIfUri(stacks);
    // An open what-if document would show its old content: ask for a fresh simulation.
    if (workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) documents.refresh(uri);
    const document = await workspace.openTextDocument(uri);
    await window.showTextDocument(document, { preview: true });
    return uri;
  };
  return { disposables: [provider, documents], show };
}
