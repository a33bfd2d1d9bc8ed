// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { afterPageLoad, IDLE_TIMEOUT_MS, runInSlices, SLICE_MS, type IdleHost } from '@/entrypoints/overlay.content/idle';

/** A clock and an idle queue the test drives: each step "costs" the ms it is given. */
function fakeHost() {
  let clock = 0;
  const queue: { cb: (d: IdleDeadline) => void; timeout: number }[] = [];
  const host: IdleHost = {
    requestIdleCallback: (cb, { timeout }) => void queue.push({ cb, timeout }),
    now: () => clock,
  };
  const slices: number[][] = [];
  const step = (cost: number) => () => {
    slices.at(-1)?.push(cost);
    clock += cost;
  };
  /** Runs queued idle callbacks until none is left; each is one slice. */
  const drain = (deadline: Partial<IdleDeadline> = {}) => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      slices.push([]);
      next.cb({ didTimeout: false, timeRemaining: () => 50, ...deadline });
    }
  };
  return { host, step, drain, slices, queue };
}

describe('runInSlices', () => {
  it.each([
    // step costs (ms) → how they are grouped into idle callbacks
    [[1, 1, 1, 1, 1, 1], [[1, 1, 1, 1], [1, 1]]],
    // a slice takes the next step only while the longest step so far still fits in SLICE_MS
    [[1, 3, 1, 1, 1, 1], [[1, 3], [1, 1], [1, 1]]],
    [[2, 2, 2], [[2, 2], [2]]],
    // a step longer than a slice runs alone (steps are never cut)
    [[6, 1], [[6], [1]]],
    [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [0.5]]],
  ])('%j → %j', async (costs, expected) => {
    const { host, step, drain, slices } = fakeHost();
    let done = false;
    const finished = runInSlices(host, costs.map(step)).then(() => (done = true));
    expect(slices).toEqual([]); // nothing runs before the page is idle
    drain();
    await finished;
    expect(done).toBe(true);
    expect(slices).toEqual(expected);
    for (const s of slices) if (s.length > 1) expect(s.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(SLICE_MS);
  });

  it('asks for idle time with a timeout, so a busy page still gets the work done', () => {
    const { host, step, queue } = fakeHost();
    void runInSlices(host, [step(1)]);
    expect(queue.map((q) => q.timeout)).toEqual([IDLE_TIMEOUT_MS]);
  });

  it('yields when the idle period ends, even with slice time left', async () => {
    const { host, step, drain, slices } = fakeHost();
    const finished = runInSlices(host, [step(1), step(1), step(1)]);
    drain({ timeRemaining: () => 0 });
    await finished;
    expect(slices).toEqual([[1], [1], [1]]);
  });

  it('goes on after a step that throws, and resolves at once with no steps', async () => {
    const { host, step, drain, slices } = fakeHost();
    const finished = runInSlices(host, [
      step(1),
      () => {
        throw new Error('broken feature');
      },
      step(1),
    ]);
    drain();
    await finished;
    expect(slices.flat()).toEqual([1, 1]);
    await expect(runInSlices(host, [])).resolves.toBeUndefined();
  });
});

describe('afterPageLoad', () => {
  it('waits for the load event while the page is loading, and not after it', async () => {
    const order: string[] = [];
    const doc = { readyState: 'interactive' } as Document;
    const win = new EventTarget() as Window;
    const loaded = afterPageLoad(doc, win, new AbortController().signal).then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('load');
    win.dispatchEvent(new Event('load'));
    await loaded;
    expect(order).toEqual(['load', 'resumed']);
    let now = false;
    await afterPageLoad({ readyState: 'complete' } as Document, win, new AbortController().signal).then(() => (now = true));
    expect(now).toBe(true);
  });
});
