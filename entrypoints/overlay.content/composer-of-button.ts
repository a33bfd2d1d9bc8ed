import type { Composer } from '@/lib/platforms/types';
import type { FeatureEnv } from './feature';

/**
 * The composer whose send button holds `target`, for the send watcher and the QC gate (both ask
 * on every click or pointer press in the page, so the cheap answers come first):
 * 1. the focused composer as last read, when its button holds the target;
 * 2. the focused composer read again, when the button it was read with is missing or has left the
 *    page: the site rendered the button after the focus, or replaced it since (a press elsewhere
 *    while the button is still there reads nothing);
 * 3. the latest scan's composers, read in full on first use (a send button clicked while the
 *    focus is elsewhere).
 * No selector here: the adapter finds the buttons.
 */
export function composerOfButton(env: Pick<FeatureEnv, 'adapter' | 'focus' | 'scanner'>, target: EventTarget | null): Composer | null {
  if (!(target instanceof Node)) return null;
  const holds = (c: Composer | null | undefined): boolean => c?.sendButton?.contains(target) === true;
  const focused = env.focus.current();
  if (focused && holds(focused)) return focused;
  const stale = focused !== null && focused.sendButton?.isConnected !== true;
  const fresh = focused && stale ? reread(env, focused) : null;
  if (fresh && holds(fresh)) return fresh;
  return env.scanner.last()?.composers().find(holds) ?? null;
}

/** Null when the adapter cannot read the markup (its problem log catches): the scan's composers are the answer. */
function reread(env: Pick<FeatureEnv, 'adapter'>, composer: Composer): Composer | null {
  return env.adapter.composerFor(composer.element);
}
