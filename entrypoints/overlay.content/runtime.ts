import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForHost } from '@/lib/platforms';
import { relativeZone, type RelativeTimeZone } from '@/lib/platforms/relative-time';
import { createScanner } from './scanner';
import { createOverlayRoot } from './overlay-root';
import { createOverlayStore } from './overlay-store';
import { FEATURES } from './features';
import { createFocusTracker } from './focus';
import type { FeatureEnv } from './feature';
import { keptHandles } from './kept-handles';
import { createEventChannel } from './events';
import { createDraftRegistry } from './drafts';
import type { PlatformId } from '@/lib/schemas/common';
import type { Settings } from '@/lib/schemas/settings';
import { createCommentTexts } from './comment-texts';

/** Picks the adapter for this page and starts every feature; does nothing on other hosts. */
export function startOverlay(ctx: ContentScriptContext): void {
  // Relative times ("Kemarin pukul 15.15") are read in the agency's zone once the settings arrive.
  let zone: () => RelativeTimeZone = () => 'WIB';
  const adapter = adapterForHost(location.hostname, { now: () => Date.now(), zone: () => zone() });
  if (!adapter) return;
  const store = createOverlayStore(adapter.id, () => ctx.abort('context invalidated'));
  zone = () => relativeZone(store.getState().settings?.timeZone);
  const env: FeatureEnv = {
    ctx,
    adapter,
    scanner: createScanner(ctx, adapter, { wantedAuthors: () => keptHandles(store.getState().settings, adapter.id) }),
    overlay: createOverlayRoot(ctx),
    store,
    focus: createFocusTracker(ctx, adapter),
    events: createEventChannel(),
    drafts: createDraftRegistry(),
    commentTexts: createCommentTexts(),
    signal: ctx.signal,
  };
  for (const feature of FEATURES) {
    try {
      feature.init(env);
    } catch {
      // A broken feature must not break the others, nor the page.
    }
  }
  // The first scan waits for the settings (whose posts to read), so the page is scanned once at
  // load, not once without them and again when they arrive. A background that does not answer
  // delays it at most FIRST_SCAN_WAIT_MS.
  const settled = store.getState().refresh();
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    env.scanner.start();
  };
  void settled.finally(start);
  ctx.setTimeout(start, FIRST_SCAN_WAIT_MS);
  ctx.addEventListener(window, 'focus', () => void store.getState().refresh());
  // New own or watched accounts (edited in the options page): read their posts without a reload.
  store.subscribe((state, prev) => {
    if (handlesKey(state.settings, adapter.id) !== handlesKey(prev.settings, adapter.id)) env.scanner.request();
  });
}

const FIRST_SCAN_WAIT_MS = 3000;

function handlesKey(settings: Settings | null, platform: PlatformId): string {
  return [...(keptHandles(settings, platform) ?? [])].sort().join(' ');
}
