/**
 * Coalesces bursts of events into one run: an event only marks the work dirty, and the work runs
 * once on the host's next turn. Layout (scroll, resize) runs in the next animation frame, before
 * paint. The check runs in the next task after the keystroke (nextTaskHost): after the editor's
 * own update (its microtasks), before the frame that paints it, so text and panel paint together
 * with no wait for a frame (issue 19: key → panel within a frame; waiting for rAF cost 20–30 ms
 * where frames are throttled). rAF does not run in hidden tabs and can be throttled (busy or
 * headless renderers), so a timer of about one frame stands in; whichever fires first runs, once.
 */

export interface FrameHost {
  requestFrame(cb: () => void): number;
  cancelFrame(id: number): void;
  setTimer(cb: () => void, ms: number): number;
  clearTimer(id: number): void;
}

export interface CheckScheduler {
  /** Ask for a check soon; many calls before the next frame give one check. */
  schedule(): void;
  /** Run the pending check now (e.g. at send time); false when nothing was pending. */
  flush(): boolean;
  pending(): boolean;
  cancel(): void;
}

export const FALLBACK_MS = 20;

export function createCheckScheduler(run: () => void, host: FrameHost, fallbackMs = FALLBACK_MS): CheckScheduler {
  let frame: number | null = null;
  let timer: number | null = null;

  const clear = (): void => {
    if (frame !== null) host.cancelFrame(frame);
    if (timer !== null) host.clearTimer(timer);
    frame = null;
    timer = null;
  };
  const fire = (): void => {
    if (frame === null && timer === null) return;
    clear();
    run();
  };

  return {
    schedule() {
      if (frame !== null || timer !== null) return;
      frame = host.requestFrame(fire);
      timer = host.setTimer(fire, fallbackMs);
    },
    flush() {
      if (frame === null && timer === null) return false;
      fire();
      return true;
    },
    pending: () => frame !== null || timer !== null,
    cancel: clear,
  };
}

/** The browser's frame host (window timers, so ids are numbers). */
export const browserFrames: FrameHost = {
  requestFrame: (cb) => window.requestAnimationFrame(() => cb()),
  cancelFrame: (id) => window.cancelAnimationFrame(id),
  setTimer: (cb, ms) => window.setTimeout(cb, ms),
  clearTimer: (id) => window.clearTimeout(id),
};

/**
 * The next task, not the next frame: a private MessageChannel's message (no timer clamping, runs
 * in hidden tabs too, and a page cannot post to it). A message is never throttled away, so no
 * stand-in timer is set: the keystroke path holds no timer at all (issue 19 item 3).
 */
export function nextTaskHost(): FrameHost {
  const channel = new MessageChannel();
  const waiting = new Map<number, () => void>();
  let next = 1;
  channel.port1.onmessage = (e: MessageEvent<number>) => {
    const cb = waiting.get(e.data);
    waiting.delete(e.data);
    cb?.();
  };
  return {
    requestFrame: (cb) => {
      const id = next++;
      waiting.set(id, cb);
      channel.port2.postMessage(id);
      return id;
    },
    cancelFrame: (id) => void waiting.delete(id),
    setTimer: () => 0,
    clearTimer: () => undefined,
  };
}
