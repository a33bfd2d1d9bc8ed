/**
 * Work the page did not ask for runs in its idle time, after its own load, in short slices
 * (issue 19: "nothing but the minimum at document_idle"). At document_idle the content script only
 * registers its listeners and asks for the settings; the scans (and what features do with them:
 * the overlay root, badges, snapshots, the page-health report) wait here.
 */

/** Longest slice of work in one idle callback, in ms: well inside a 16.7 ms frame. */
export const SLICE_MS = 4;
/** A page that is never idle still gets its scan after this many ms. */
export const IDLE_TIMEOUT_MS = 1000;

export interface IdleHost {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options: { timeout: number }): void;
  now(): number;
}

/** Resolves once the page's own load is over: at once if the load event has fired, else on it. */
export function afterPageLoad(doc: Document, win: Window, signal: AbortSignal): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    win.addEventListener('load', () => resolve(), { once: true, signal });
  });
}

/**
 * Runs the steps in idle callbacks, in order. A step is never cut; a slice takes the next step
 * only while its time so far plus the longest step seen keeps it within SLICE_MS (and the idle
 * period lasts), so a slice overruns only when one step alone is longer than SLICE_MS. A step's
 * failure is its own: the next step still runs. Resolves after the last step.
 */
export function runInSlices(host: IdleHost, steps: readonly (() => void)[], timeout = IDLE_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (steps.length === 0) {
      resolve();
      return;
    }
    let next = 0;
    let longest = 0;
    const slice = (deadline: IdleDeadline): void => {
      const start = host.now();
      for (;;) {
        const before = host.now();
        try {
          steps[next]?.();
        } catch {
          /* the step reports its own failure; the rest still runs */
        }
        next += 1;
        const after = host.now();
        longest = Math.max(longest, after - before);
        if (next >= steps.length) {
          resolve();
          return;
        }
        const used = after - start;
        const roomInIdle = deadline.didTimeout || deadline.timeRemaining() > longest;
        if (used + longest > SLICE_MS || !roomInIdle) break;
      }
      host.requestIdleCallback(slice, { timeout });
    };
    host.requestIdleCallback(slice, { timeout });
  });
}
