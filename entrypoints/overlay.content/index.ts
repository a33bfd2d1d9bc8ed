import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';
import { startOverlay } from './runtime';

// One content script for the three platforms: it picks the adapter for the page and starts
// the features. It is light on purpose (no UI framework until a composer needs one).
export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startOverlay(ctx);
  },
});
