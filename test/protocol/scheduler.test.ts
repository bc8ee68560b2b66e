// The debounce/cancel scheduler on its own, with fake timers: time only moves when the test says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisScheduler, type RunContext, type Timers } from '../../server/src/lsp/scheduler.js';

class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward and fires due timers in order. */
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) continue;
      this.pending.delete(id);
      timer.callback();
    }
  }

  get count(): number {
    return this.pending.size;
  }
}

test('a burst of requests within the delay runs the job once, for the latest request', async () => {
  const timers = new FakeTimers();
  const runs: number[] = [];
  const scheduler = new AnalysisScheduler((run) => void runs.push(run.generation), undefined, timers);
  const first = scheduler.schedule(200);
  timers.advance(150);
  const second = scheduler.schedule(200);
  timers.advance(150);
  const third = scheduler.schedule(200);
  assert.deepEqual(runs, [], 'nothing runs while the user keeps typing');
  timers.advance(200);
  await Promise.all([first, second, third]);
  assert.deepEqual(runs, [3]);
  assert.equal(timers.count, 0);
});

test('a running job sees isCancelled() turn true when a newer request arrives, and the newer one runs after it', async () => {
  const timers = new FakeTimers();
  const seen: { generation: number; cancelledAtEnd: boolean }[] = [];
  let releaseFirst!: () => void;
  const firstBlocked = new Promise<void>((resolve) => (releaseFirst = resolve));
  let firstStarted!: () => void;
  const firstRunning = new Promise<void>((resolve) => (firstStarted = resolve));
  const scheduler = new AnalysisScheduler(async (run: RunContext) => {
    if (run.generation === 1) {
      firstStarted();
      await firstBlocked;
    }
    seen.push({ generation: run.generation, cancelledAtEnd: run.isCancelled() });
  }, undefined, timers);

  const first = scheduler.schedule(0);
  timers.advance(0);
  await firstRunning;
  const second = scheduler.schedule(50);
  timers.advance(50);
  releaseFirst();
  await Promise.all([first, second]);
  assert.deepEqual(seen, [
    { generation: 1, cancelledAtEnd: true },
    { generation: 2, cancelledAtEnd: false },
  ]);
});

test('a failing job reports the error and still settles its waiters', async () => {
  const timers = new FakeTimers();
  const errors: unknown[] = [];
  const scheduler = new AnalysisScheduler(() => {
    throw new Error('boom');
  }, (error) => errors.push(error), timers);
  const done = scheduler.schedule(10);
  timers.advance(10);
  await done;
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /boom/);
});

test('dispose cancels the pending run and releases waiters', async () => {
  const timers = new FakeTimers();
  let ran = false;
  const scheduler = new AnalysisScheduler(() => void (ran = true), undefined, timers);
  const done = scheduler.schedule(100);
  scheduler.dispose();
  await done;
  timers.advance(1000);
  assert.equal(ran, false);
});

test('with real timers the promise resolves after the job ran', async () => {
  let ran = 0;
  const scheduler = new AnalysisScheduler(() => void ran++);
  await scheduler.schedule(5);
  assert.equal(ran, 1);
});
