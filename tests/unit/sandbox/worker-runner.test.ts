import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_START_MS, WorkerRunner, type RuleWorker } from '@/lib/sandbox/worker-runner';
import type { WorkerJob, WorkerMessage } from '@/lib/sandbox/protocol';
import { CustomRuleBudget } from '@/lib/style/custom-budget';

/**
 * The worker host's runner (issue 21 item 3) with a fake worker on fake timers: it loads after
 * `startMs`, then answers each job after the time the rule "takes" (never, for a hostile one).
 * The point: a rule's budget starts when its worker has loaded, so a slow cold start (a busy
 * laptop) never switches a harmless rule off.
 */
class FakeWorker implements RuleWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Set<(e: MessageEvent<WorkerMessage>) => void>>();

  constructor(
    startMs: number,
    private readonly takes: (job: WorkerJob) => number,
  ) {
    FakeWorker.made.push(this);
    if (Number.isFinite(startMs)) setTimeout(() => this.emit({ ready: true }), startMs);
  }

  addEventListener(type: string, fn: EventListenerOrEventListenerObject): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(fn as (e: MessageEvent<WorkerMessage>) => void);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, fn: EventListenerOrEventListenerObject): void {
    this.listeners.get(type)?.delete(fn as (e: MessageEvent<WorkerMessage>) => void);
  }

  postMessage(job: WorkerJob): void {
    const ms = this.takes(job);
    if (Number.isFinite(ms)) setTimeout(() => this.emit({ seq: job.seq, matches: [{ start: 0, end: 1, found: 'x' }] }), ms);
  }

  terminate(): void {
    this.terminated = true;
    this.listeners.clear();
  }

  private emit(data: WorkerMessage): void {
    if (this.terminated) return;
    for (const fn of this.listeners.get('message') ?? []) fn(new MessageEvent('message', { data }));
  }
}

const rule = (id: string) => ({ id, pattern: id, flags: 'u' });
const takes = (job: WorkerJob) => (job.rule.id.startsWith('hostile') ? Infinity : 5);

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.made = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WorkerRunner', () => {
  it.each([
    ['a warm start', 1],
    ['a cold start of 300 ms on a busy laptop (6× the rule budget)', 300],
    ['a cold start of 2 s', 2_000],
  ])('%s: a 5 ms rule with a 50 ms budget gives its matches, not a timeout', async (_name, startMs) => {
    const runner = new WorkerRunner('w.js', () => new FakeWorker(startMs, takes));
    const result = runner.run(rule('merek'), 'merek', 50);
    await vi.advanceTimersByTimeAsync(startMs + 10);
    expect(await result).toEqual([{ start: 0, end: 1, found: 'x' }]);
  });

  it('a rule that never ends is stopped at its budget; the next rule already has a fresh, loaded worker', async () => {
    const runner = new WorkerRunner('w.js', () => new FakeWorker(100, takes));
    const first = runner.run(rule('hostile'), 'x', 50);
    await vi.advanceTimersByTimeAsync(100 + 50);
    expect(await first).toBe('timeout');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    // The spare loads while nothing runs; the next rule does not wait for it, nor is charged for it.
    await vi.advanceTimersByTimeAsync(100);
    const next = runner.run(rule('merek'), 'merek', 50);
    await vi.advanceTimersByTimeAsync(10);
    expect(await next).toEqual([{ start: 0, end: 1, found: 'x' }]);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a worker that never loads: the rule has no matches (not switched off), and the next run tries a new worker', async () => {
    const runner = new WorkerRunner('w.js', () => new FakeWorker(Infinity, takes));
    const first = runner.run(rule('merek'), 'merek', 50);
    await vi.advanceTimersByTimeAsync(WORKER_START_MS + 1);
    expect(await first).toEqual([]);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    void runner.run(rule('merek'), 'merek', 50);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('with the budget: after a hostile rule, the good rule behind it still runs on every check (the cold restart is not its cost)', async () => {
    const runner = new WorkerRunner('w.js', () => new FakeWorker(120, takes));
    const budget = new CustomRuleBudget(runner, () => performance.now());
    for (let i = 0; i < 3; i++) {
      const check = budget.check('x', [rule('hostile-1'), rule('merek')]);
      await vi.advanceTimersByTimeAsync(1_000);
      const result = await check;
      expect(result.off).toEqual(['hostile-1']);
      expect(result.matches.map((m) => m.ruleId)).toEqual(['merek']);
    }
  });
});
