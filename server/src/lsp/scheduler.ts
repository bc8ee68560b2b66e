/**
 * Debounces re-analysis while the user types and lets a newer request make an older one stale.
 * The analysis itself receives an `isCancelled` callback (VipaWorkspace.analyze polls it); a run
 * whose generation is no longer the latest also must not publish its results.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RunContext {
  /** True once a newer request has been scheduled: stop working and do not publish. */
  isCancelled(): boolean;
  generation: number;
}

export type Job = (context: RunContext) => void | Promise<void>;

export class AnalysisScheduler {
  private generation = 0;
  private pendingTimer: unknown;
  private running: Promise<void> = Promise.resolve();
  private waiters: { generation: number; resolve: () => void }[] = [];

  constructor(
    private readonly job: Job,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly timers: Timers = realTimers,
  ) {}

  /**
   * Requests a run after `delayMs` of quiet. Any earlier pending or running request becomes stale.
   * The promise resolves once a run at least as new as this request has finished (or was superseded
   * by one that finished), so callers and tests can wait on it instead of sleeping.
   */
  schedule(delayMs: number): Promise<void> {
    const generation = ++this.generation;
    if (this.pendingTimer !== undefined) this.timers.clearTimeout(this.pendingTimer);
    const done = new Promise<void>((resolve) => this.waiters.push({ generation, resolve }));
    this.pendingTimer = this.timers.setTimeout(() => {
      this.pendingTimer = undefined;
      void this.start(generation);
    }, Math.max(0, delayMs));
    return done;
  }

  /** The latest request number; a run compares its own against it. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** Whether a request is waiting for its debounce delay or a run is in progress. */
  get idle(): boolean {
    return this.pendingTimer === undefined && this.waiters.length === 0;
  }

  /**
   * Resolves once the latest request has been served, without making anything stale: a request
   * still in its debounce delay starts now, a running one is waited for. Requests that need results
   * covering every change so far (code actions, the summary) wait on it.
   */
  settled(): Promise<void> {
    if (this.idle) return Promise.resolve();
    const generation = this.generation;
    const done = new Promise<void>((resolve) => this.waiters.push({ generation, resolve }));
    if (this.pendingTimer !== undefined) {
      this.timers.clearTimeout(this.pendingTimer);
      this.pendingTimer = undefined;
      void this.start(generation);
    }
    return done;
  }

  dispose(): void {
    if (this.pendingTimer !== undefined) this.timers.clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    this.generation++;
    this.settle(Number.POSITIVE_INFINITY);
  }

  private async start(generation: number): Promise<void> {
    // Runs never overlap: a new one waits for the previous to notice it is stale and return.
    const previous = this.running;
    let finish!: () => void;
    this.running = new Promise<void>((resolve) => (finish = resolve));
    try {
      await previous;
      if (generation === this.generation) {
        await this.job({ generation, isCancelled: () => generation !== this.generation });
      }
    } catch (error) {
      this.onError(error);
    } finally {
      finish();
      // Only a run that was still current satisfies its waiters; stale runs leave them to the newer one.
      if (generation === this.generation) this.settle(generation);
    }
  }

  private settle(upTo: number): void {
    const remaining: typeof this.waiters = [];
    for (const waiter of this.waiters) {
      if (waiter.generation <= upTo) waiter.resolve();
      else remaining.push(waiter);
    }
    this.waiters = remaining;
  }
}
