import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Composer, PlatformAdapter } from '@/lib/platforms/types';

export interface FocusTracker {
  /** The composer the admin is writing in, or the last one they wrote in. */
  current(): Composer | null;
  /** Called with the composer on focus (and with the current one right away, if any). */
  subscribe(listener: (composer: Composer) => void): void;
}

/**
 * Follows which of the site's composers has the caret. Focus events are cheap and come before
 * any typing, so the UI can be ready by the first keystroke.
 */
export function createFocusTracker(ctx: ContentScriptContext, adapter: PlatformAdapter): FocusTracker {
  let current: Composer | null = null;
  const listeners: ((c: Composer) => void)[] = [];
  ctx.addEventListener(
    document,
    'focusin',
    (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      // The adapter does not throw: its problem log (defineAdapter) turns an exception into null.
      const composer = adapter.composerFor(target);
      if (!composer) return;
      current = composer;
      for (const l of listeners) {
        try {
          l(composer);
        } catch {
          /* a failing listener must not affect the page */
        }
      }
    },
    { capture: true },
  );
  return {
    current: () => (current && current.element.isConnected ? current : null),
    subscribe(listener) {
      listeners.push(listener);
      const now = current && current.element.isConnected ? current : null;
      if (now) listener(now);
    },
  };
}
