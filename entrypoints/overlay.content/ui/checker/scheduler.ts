/**
 * Coalesces bursts of edits into one check per frame: a keystroke only marks the draft dirty,
 * and the check runs in the next animation frame, before paint, so the panel follows the text
 * within a frame and typing never waits for it. rAF does not run in hidden tabs and can be
 * throttled (busy or headless renderers), so a timer of about one frame stands in; whichever
 * fires first runs the check, once.
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
