/**
 * What the client does when the language server process dies (a crash, an out-of-memory kill):
 * restart it and tell the user, unless it died too often lately — then leave it stopped and say how
 * to start it again. No vscode import, so the policy is unit-tested; language-client.ts adapts it to
 * vscode-languageclient's ErrorHandler.
 */
export interface RestartDecision {
  restart: boolean;
  message: string;
}

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class RestartPolicy {
  private readonly restarts: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  /** Called when the server connection closed without the client asking for it. */
  serverDied(now: number): RestartDecision {
    while (this.restarts.length > 0 && now - this.restarts[0] > this.windowMs) this.restarts.shift();
    if (this.restarts.length >= this.maxRestarts) {
      return {
        restart: false,
        message: `The VIPA language server stopped ${this.maxRestarts + 1} times in ${Math.round(this.windowMs / 60_000)} minutes and was not restarted again. See the "VIPA Check" output, and run "VIPA: Restart language server" to start it.`,
      };
    }
    this.restarts.push(now);
    return { restart: true, message: 'The VIPA language server stopped unexpectedly and was restarted: its diagnostics come back once it has re-read the workspace. Details are in the "VIPA Check" output.' };
  }
}
