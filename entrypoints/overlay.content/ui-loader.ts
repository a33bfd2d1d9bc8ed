import { browser } from 'wxt/browser';
import type { Feature } from './feature';

/** Set by entrypoints/overlay-ui.ts when it runs in this content script's world. */
declare global {
  var __pranataUiFeatures: readonly Feature[] | undefined;
}

let loading: Promise<readonly Feature[]> | null = null;

/**
 * The overlay's interactive UI (template palette, check panel: Preact, the SOP checker, the X
 * length counter) is a separate script, loaded the first time the admin works in a composer.
 * Pages load with only the small watcher; the UI costs nothing until it is used.
 */
export function loadUiFeatures(): Promise<readonly Feature[]> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/overlay-ui.js')).then(
    () => globalThis.__pranataUiFeatures ?? [],
  );
  return loading;
}
