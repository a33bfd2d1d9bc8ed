import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';
import { startOverlay } from './runtime';
import { ignoreForgedRestarts } from './started-guard';

// One content script for the three platforms: it picks the adapter for the page and starts
// the features. It is light on purpose (no UI framework until a composer needs one).
export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's "a newer script started" signal also goes out as a window message by default: that
  // first postMessage from our world costs ~7 ms of the page's load and wakes every message
  // listener of the site. The custom event it sends as well is enough for us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx);
    startOverlay(ctx);
  },
});
