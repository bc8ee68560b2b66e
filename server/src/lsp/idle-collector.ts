/**
 * Gives memory back when the user stops typing. A re-check allocates a lot that lives a few
 * milliseconds (a new parse, rebuilt stack models); V8 then lets its heap grow well past what is
 * live before it collects, so the server's RSS would climb with every burst of edits and stay there.
 * A full collection a little after the last analysis, while nothing else runs, brings the heap back
 * to what is live. The collector comes from V8 itself (--expose-gc set at run time); where it is not
 * available nothing happens.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after an analysis before collecting. */
export const IDLE_COLLECT_MS = 1500;

function findCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export class IdleCollector {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly collect = findCollector();
  /** Collections done (tests and the benchmark read it). */
  collections = 0;

  constructor(private readonly isBusy: () => boolean, private readonly delayMs = IDLE_COLLECT_MS) {}

  /** Called after each analysis: collects once nothing happened for the delay. */
  analysisDone(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.isBusy()) return; // the next analysisDone sets it again
      this.collect!();
      this.collections++;
    }, this.delayMs);
    // Never keeps the process alive on its own.
    this.timer.unref?.();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
