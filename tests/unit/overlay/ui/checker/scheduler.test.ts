// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createCheckScheduler, nextTaskHost, type FrameHost } from '@/entrypoints/overlay.content/ui/checker/scheduler';

/** A hand-cranked frame host: frames and timers run when the test says so. */
function fakeHost() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  const host: FrameHost = {
    requestFrame: (cb) => (frames.set(next, cb), next++),
    cancelFrame: (id) => void frames.delete(id),
    setTimer: (cb) => (timers.set(next, cb), next++),
    clearTimer: (id) => void timers.delete(id),
  };
  const runAll = (m: Map<number, () => void>) => {
    const cbs = [...m.values()];
    m.clear();
    for (const cb of cbs) cb();
  };
  return { host, frames, timers, frame: () => runAll(frames), timeout: () => runAll(timers) };
}

describe('createCheckScheduler: one check per frame, never in the keystroke itself', () => {
  it('a burst of 30 keystrokes before the frame gives one check, run in the frame', () => {
    const f = fakeHost();
    let runs = 0;
    const s = createCheckScheduler(() => runs++, f.host);
    for (let i = 0; i < 30; i++) s.schedule();
    expect(runs).toBe(0);
    expect(s.pending()).toBe(true);
    f.frame();
    expect(runs).toBe(1);
    expect(s.pending()).toBe(false);
  });

  it('the timer fallback runs it when frames do not come (hidden tab), and the later frame does nothing', () => {
    const f = fakeHost();
    let runs = 0;
    const s = createCheckScheduler(() => runs++, f.host);
    s.schedule();
    const staleFrames = [...f.frames.values()];
    f.timeout();
    expect(runs).toBe(1);
    for (const cb of staleFrames) cb();
    expect(runs).toBe(1);
    expect(f.frames.size).toBe(0);
  });

  it('flush runs a pending check at once (a send right after the last keystroke) and only then', () => {
    const f = fakeHost();
    let runs = 0;
    const s = createCheckScheduler(() => runs++, f.host);
    expect(s.flush()).toBe(false);
    s.schedule();
    expect(s.flush()).toBe(true);
    expect(runs).toBe(1);
    f.frame();
    f.timeout();
    expect(runs).toBe(1);
  });

  it('typing after a check schedules the next one', () => {
    const f = fakeHost();
    let runs = 0;
    const s = createCheckScheduler(() => runs++, f.host);
    s.schedule();
    f.frame();
    s.schedule();
    s.schedule();
    f.frame();
    expect(runs).toBe(2);
  });

  it('cancel drops the pending check', () => {
    const f = fakeHost();
    let runs = 0;
    const s = createCheckScheduler(() => runs++, f.host);
    s.schedule();
    s.cancel();
    f.frame();
    f.timeout();
    expect(runs).toBe(0);
    expect(s.pending()).toBe(false);
  });
});

describe('nextTaskHost: the check in the next task after the keystroke, not in the next frame', () => {
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  it('runs after the current task and its microtasks (the editor has updated), once for a burst', async () => {
    const order: string[] = [];
    const s = createCheckScheduler(() => order.push('check'), nextTaskHost());
    for (let i = 0; i < 30; i++) s.schedule();
    queueMicrotask(() => order.push('editor update'));
    order.push('keystroke');
    expect(order).toEqual(['keystroke']);
    await tick();
    expect(order).toEqual(['keystroke', 'editor update', 'check']);
  });

  it('sets no timer on the keystroke path (a message is never throttled away)', async () => {
    const setTimeoutSpy = vi.spyOn(window, 'setTimeout');
    let runs = 0;
    const s = createCheckScheduler(() => runs++, nextTaskHost());
    s.schedule();
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
    await tick();
    expect(runs).toBe(1);
  });

  it('a cancelled request never runs; a flush runs at once', async () => {
    let runs = 0;
    const s = createCheckScheduler(() => runs++, nextTaskHost());
    s.schedule();
    s.cancel();
    await tick();
    expect(runs).toBe(0);
    s.schedule();
    expect(s.flush()).toBe(true);
    expect(runs).toBe(1);
    await tick();
    expect(runs).toBe(1);
  });
});
