import { browser } from 'wxt/browser';
import { EDGES_FILE, fetchWordTableBytes } from '@/lib/style/dictionary/file';
import type { Feature } from './feature';

/** Set by entrypoints/overlay-ui.ts when it runs in this content script's world. */
declare global {
  var __pranataUiFeatures: readonly Feature[] | undefined;
  /** The UI bundle's installer of the checker's word list (lib/style/dictionary/dawg.ts). */
  var __pranataInstallWordTable: ((bytes: ArrayBuffer) => boolean) | undefined;
}

let loading: Promise<readonly Feature[]> | null = null;

/**
 * The overlay's interactive UI (template palette, check panel: Preact, the SOP checker, the X
 * length counter) is a separate script, loaded the first time the admin works in a composer.
 * Pages load with only the small watcher; the UI costs nothing until it is used.
 */
export function loadUiFeatures(): Promise<readonly Feature[]> {
  // The checker's word list is a file of its own (not script to parse), fetched beside the UI
  // and installed before any feature runs, so the first check already has it.
  loading ??= Promise.all([
    import(/* @vite-ignore */ browser.runtime.getURL('/overlay-ui.js')),
    fetchWordTableBytes(browser.runtime.getURL(EDGES_FILE)),
  ]).then(([, words]) => {
    const installed = words !== null && globalThis.__pranataInstallWordTable?.(words) === true;
    // The rules that judge words stay off on this page; templates, the gate and the other rules work.
    if (!installed) console.warn('Pranata: the word list could not be read; word checks are off on this page.');
    return globalThis.__pranataUiFeatures ?? [];
  });
  // A failed load (the extension reloaded, the script not readable) is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
