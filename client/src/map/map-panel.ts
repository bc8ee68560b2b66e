/**
 * "VIPA: Show sysplex map": one web view panel with the map of the workspace's sysplex. It asks the
 * server for the map (vipa/sysplexMap) with the stacks the reader toggled down, refreshes when the
 * server says an analysis finished (so with the diagnostics' debounce while typing), and opens source
 * lines when the reader clicks a cell. A serializer brings it back after a window reload with its
 * toggles, filter and scroll position (the web view keeps them with setState).
 */
import { EventEmitter, Range, Uri, ViewColumn, window, workspace, type Disposable, type Event, type ExtensionContext, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SysplexMap } from '../../../server/src/analyzer/map/map-types.js';
import { ANALYSIS_FINISHED_NOTIFICATION, SYSPLEX_MAP_REQUEST, isAnalysisFinishedParams, isSysplexMapAnswer } from '../../../server/src/protocol/custom-requests.js';
import { MAP_VIEW_TYPE, type FromWebview, type MapWebviewState, type RenderedFacts, type ToWebview } from './map-messages.js';
import { mapPageHtml } from './map-html.js';

export class SysplexMapPanel implements Disposable {
  private static current: SysplexMapPanel | undefined;
  private static readonly created = new EventEmitter<SysplexMapPanel>();
  /** Fires when a panel is created or revived (tests wait on it). */
  static readonly onDidCreate: Event<SysplexMapPanel> = SysplexMapPanel.created.event;

  private down: string[] = [];
  private map: SysplexMap | undefined;
  private stamp = 0;
  private fetching: Promise<void> | undefined;
  private fetchAgain = false;
  private readonly disposables: Disposable[] = [];
  private readonly messages = new EventEmitter<FromWebview>();
  /** Every message from the web view (tests and diagnostics). */
  readonly onDidReceiveMessage: Event<FromWebview> = this.messages.event;
  /** What the web view reported after its last render. */
  lastRendered: RenderedFacts | undefined;

  static get active(): SysplexMapPanel | undefined {
    return SysplexMapPanel.current;
  }

  static show(context: ExtensionContext, client: LanguageClient): SysplexMapPanel {
    const existing = SysplexMapPanel.current;
    if (existing) {
      existing.panel.reveal();
      void existing.refresh();
      return existing;
    }
    const panel = window.createWebviewPanel(MAP_VIEW_TYPE, 'Sysplex VIPA map', ViewColumn.Active, SysplexMapPanel.options(context));
    return new SysplexMapPanel(panel, context, client);
  }

  static revive(panel: WebviewPanel, state: MapWebviewState | undefined, context: ExtensionContext, client: LanguageClient): SysplexMapPanel {
    panel.webview.options = SysplexMapPanel.options(context);
    const revived = new SysplexMapPanel(panel, context, client);
    revived.down = Array.isArray(state?.down) ? state.down.filter((name) => typeof name === 'string') : [];
    return revived;
  }

  private static options(context: ExtensionContext) {
    return { enableScripts: true, localResourceRoots: [Uri.joinPath(context.extensionUri, 'dist', 'client')] };
  }

  private constructor(
    readonly panel: WebviewPanel,
    context: ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    SysplexMapPanel.current?.dispose();
    SysplexMapPanel.current = this;
    panel.iconPath = Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    panel.webview.html = mapPageHtml(panel.webview, panel.webview.asWebviewUri(Uri.joinPath(context.extensionUri, 'dist', 'client', 'map-webview.js')));
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
      this.messages,
    );
    SysplexMapPanel.created.fire(this);
  }

  /** Posts to the web view; false when it is not there (hidden panels have no web view to post to). */
  post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** The stacks simulated down. */
  get downStacks(): readonly string[] {
    return this.down;
  }

  get currentMap(): SysplexMap | undefined {
    return this.map;
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
        if (message.state && Array.isArray(message.state.down)) this.down = message.state.down.filter((name) => typeof name === 'string');
        await this.refresh();
        break;
      case 'setDown':
        this.down = message.down.filter((name) => typeof name === 'string');
        await this.refresh();
        break;
      case 'refresh':
        await this.refresh();
        break;
      case 'open':
        await this.open(message.loc);
        break;
      case 'rendered':
        this.lastRendered = message.facts;
        break;
    }
    this.messages.fire(message);
  }

  /** Fetches the map for the current toggles; calls during a fetch make one more fetch after it. */
  refresh(): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      do {
        this.fetchAgain = false;
        await this.fetchOnce();
      } while (this.fetchAgain);
    })().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  /** The server finished an analysis: fetch unless the map shown already comes from it. */
  analysisFinished(stamp: number): void {
    // A hidden panel has no web view (it is rebuilt, and asks again, when shown): no map to build.
    if (stamp !== this.stamp && this.panel.visible) void this.refresh();
  }

  private async fetchOnce(): Promise<void> {
    if (!this.client.isRunning()) {
      await this.post({ type: 'status', text: 'The VIPA language server is not running: run "VIPA: Restart language server".' });
      return;
    }
    try {
      const answer = await this.client.sendRequest<unknown>(SYSPLEX_MAP_REQUEST, { down: this.down });
      // A server of another version may answer another shape: say so rather than render nonsense.
      if (!isSysplexMapAnswer(answer)) throw new Error('the language server answered vipa/sysplexMap with an unexpected shape');
      if (!answer.map) {
        await this.post({ type: 'status', text: answer.error ?? 'No map yet.' });
        return;
      }
      this.map = answer.map;
      this.stamp = answer.stamp;
      await this.post({ type: 'map', stamp: answer.stamp, map: answer.map });
    } catch (error) {
      await this.post({ type: 'status', text: `Cannot get the sysplex map: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private async open(ref: number): Promise<void> {
    const location = this.map?.locations[ref];
    const file = location && this.map?.files[location.file];
    if (!location || !file) return;
    const range = new Range(location.line, location.character, location.endLine, location.endCharacter);
    // Beside the map, so the map stays in view.
    const column = this.panel.viewColumn === ViewColumn.One || this.panel.viewColumn === undefined ? ViewColumn.Beside : ViewColumn.One;
    try {
      const document = await workspace.openTextDocument(Uri.parse(file.uri));
      await window.showTextDocument(document, { selection: range, viewColumn: column, preview: true });
    } catch (error) {
      void window.showErrorMessage(`VIPA: cannot open ${file.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    if (SysplexMapPanel.current === this) SysplexMapPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** The serializer and the notification that keeps an open map current. */
export function registerSysplexMap(context: ExtensionContext, client: LanguageClient): Disposable[] {
  return [
    window.registerWebviewPanelSerializer(MAP_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        SysplexMapPanel.revive(panel, state as MapWebviewState | undefined, context, client);
      },
    }),
    client.onNotification(ANALYSIS_FINISHED_NOTIFICATION, (params: unknown) => {
      if (isAnalysisFinishedParams(params)) SysplexMapPanel.active?.analysisFinished(params.stamp);
    }),
  ];
}
