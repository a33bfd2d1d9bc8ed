import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForHost } from '@/lib/platforms';
import { createScanner } from './scanner';
import { createOverlayRoot } from './overlay-root';
import { createOverlayStore } from './overlay-store';
import { FEATURES } from './features';
import { createFocusTracker } from './focus';
import type { FeatureEnv } from './feature';

/** Picks the adapter for this page and starts every feature; does nothing on other hosts. */
export function startOverlay(ctx: ContentScriptContext): void {
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return;
  const store = createOverlayStore(adapter.id, () => ctx.abort('context invalidated'));
  const env: FeatureEnv = {
    ctx,
    adapter,
    scanner: createScanner(ctx, adapter),
    overlay: createOverlayRoot(ctx),
    store,
    focus: createFocusTracker(ctx, adapter),
    uiReady: new EventTarget(),
    drafts: new WeakMap(),
    signal: ctx.signal,
  };
  for (const feature of FEATURES) {
    try {
      feature.init(env);
    } catch {
      // A broken feature must not break the others, nor the page.
    }
  }
  void store.getState().refresh();
  ctx.addEventListener(window, 'focus', () => void store.getState().refresh());
  env.scanner.start();
}
