/**
 * The status bar item "$(server-environment) 2 stacks · 3 servers · 4 problems". Stack and server
 * counts come from the server's vipa/summary request; the problem count from the diagnostics VS Code
 * holds (source "vipa"), so it is right even before the summary arrives. Updates are throttled:
 * a workspace scan publishes diagnostics for hundreds of files in a burst.
 */
import { languages, StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import { statusText } from './status-text.js';
import type { SysplexSummary } from '../../server/src/protocol/custom-requests.js';

export const DIAGNOSTIC_SOURCE = 'vipa';
const THROTTLE_MS = 500;

export function countVipaProblems(): number {
  let count = 0;
  for (const [, diagnostics] of languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) if (diagnostic.source === DIAGNOSTIC_SOURCE) count++;
  }
  return count;
}

export class VipaStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private stacks = 0;
  private servers = 0;
  /** Until the first summary attempt, keep "scanning…" rather than show 0 stacks. */
  private refreshed = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: Disposable[] = [];

  constructor(
    showCommand: string,
    /** Fetches the summary; undefined when the server cannot answer (not started, no such request). */
    private readonly fetchSummary: () => Promise<SysplexSummary | undefined>,
  ) {
    this.item = window.createStatusBarItem('vipaCheck.status', StatusBarAlignment.Left, 10);
    this.item.name = 'VIPA Check';
    this.item.command = showCommand;
    this.item.tooltip = 'VIPA Check: show the sysplex map';
    this.item.text = '$(sync~spin) VIPA: scanning…';
    this.item.show();
    this.subscriptions.push(
      languages.onDidChangeDiagnostics(() => {
        if (this.refreshed) this.render();
      }),
    );
  }

  /** Schedules a summary refresh; many calls within the throttle window make one request. */
  scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, THROTTLE_MS);
  }

  async refresh(): Promise<void> {
    const summary = await this.fetchSummary().catch(() => undefined);
    this.refreshed = true;
    if (summary) this.update(summary);
    else this.render();
  }

  update(summary: SysplexSummary): void {
    this.stacks = summary.stacks.length;
    this.servers = summary.servers.length;
    this.render();
  }

  showError(message: string): void {
    this.item.text = '$(error) VIPA: server stopped';
    this.item.tooltip = message;
  }

  private render(): void {
    this.item.text = statusText(this.stacks, this.servers, countVipaProblems());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
