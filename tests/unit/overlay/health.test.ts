// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import type { AdapterProblem } from '@/lib/platforms/types';

const sent: { type: string; payload: { diagnostics: { code: string; area: string; path: string }[] } }[] = [];
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (type: string, payload: never) => {
    sent.push({ type, payload });
    return { ok: true, data: {} };
  }),
}));

const { health, HEALTH_SETTLE_MS } = await import('@/entrypoints/overlay.content/features/health');

type IdleCallback = (d: IdleDeadline) => void;
const IDLE: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 };

/** Idle callbacks run at once (in a microtask), or wait in `idleQueue` when `holdIdle` is set. */
function fakeEnv({ holdIdle = false } = {}) {
  const listeners: ((r: ScanResult) => void)[] = [];
  const idleQueue: IdleCallback[] = [];
  const env = {
    adapter: { id: 'facebook' },
    scanner: { onScan: (l: (r: ScanResult) => void) => listeners.push(l) },
    ctx: {
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
      requestIdleCallback: (fn: IdleCallback) => (holdIdle ? idleQueue.push(fn) : queueMicrotask(() => fn(IDLE))),
    },
    signal: new AbortController().signal,
  } as unknown as FeatureEnv;
  const scan = (problems: AdapterProblem[], posts = 0, path = '/') =>
    listeners.forEach((l) =>
      l({ editors: [], composers: () => [], posts: Array.from({ length: posts }, (_, i) => ({ element: document.createElement('div'), id: String(i), counts: {} })), profile: null, problems: () => problems, path }),
    );
  return { env, scan, idleQueue };
}

describe('adapter health reports', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the page to settle and reports what the latest scan saw, not a passing state of the render', async () => {
    const { env, scan } = fakeEnv();
    health.init(env);
    scan([{ code: 'post-not-found', area: 'post', detail: 'feed with 3 items, no post recognised' }]);
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS / 2);
    scan([], 2);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS / 2);
    expect(sent.map((s) => s.payload.diagnostics.map((d) => d.code))).toEqual([['ok']]);
  });

  it('sends the report in the page\'s idle time after the settle time, not in the settle timer', async () => {
    const { env, scan, idleQueue } = fakeEnv({ holdIdle: true });
    health.init(env);
    scan([], 2);
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS);
    expect(idleQueue).toHaveLength(1);
    expect(sent).toHaveLength(0);
    idleQueue.shift()?.(IDLE);
    expect(sent.map((s) => s.payload.diagnostics.map((d) => d.code))).toEqual([['ok']]);
  });

  it('reports a changed markup once, and not again for the same page within a minute', async () => {
    const { env, scan } = fakeEnv();
    health.init(env);
    const problem: AdapterProblem = { code: 'counts-not-found', area: 'post-counts', detail: '2 posts, none with counts' };
    scan([problem], 2, '/kominfodemo');
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS);
    scan([problem], 2, '/kominfodemo');
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.diagnostics[0]).toMatchObject({ code: 'counts-not-found', area: 'post-counts', path: '/kominfodemo' });
    await vi.advanceTimersByTimeAsync(60_000);
    scan([problem], 2, '/kominfodemo');
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS);
    expect(sent).toHaveLength(2);
  });

  it('says nothing about a page with nothing to work on', async () => {
    const { env, scan } = fakeEnv();
    health.init(env);
    scan([], 0);
    await vi.advanceTimersByTimeAsync(HEALTH_SETTLE_MS);
    expect(sent).toHaveLength(0);
  });
});
