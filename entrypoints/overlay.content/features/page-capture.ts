import { browser } from 'wxt/browser';
import { isCaptureRequest, type CaptureResponse } from '@/lib/capture/protocol';
import type { CaptureApi } from '@/lib/capture/lazy';
import type { Feature } from '../feature';

let loading: Promise<unknown> | null = null;

/** The capture code, from its own lazily loaded script (entrypoints/capture-ui.ts, lib/capture/lazy.ts). */
async function captureApi(): Promise<CaptureApi | undefined> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/capture-ui.js')).catch((e: unknown) => {
    loading = null; // e.g. the extension was reloaded: the next request tries again
    throw e;
  });
  await loading;
  return globalThis.__pranataCapture;
}

/**
 * Answers "Rekam struktur halaman" from the popup or the options page: a redacted capture of
 * this page (lib/capture; no personal data in it), sent back to the asking extension page only.
 * Until asked, only this listener is on the page: the capture code is a script of its own.
 */
export const pageCapture: Feature = {
  id: 'page-capture',
  init({ ctx, adapter }) {
    const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: CaptureResponse) => void): true | undefined => {
      // only the extension's own pages (not another content script, which comes with a tab)
      if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isCaptureRequest(message)) return undefined;
      void captureApi()
        .then((api) => {
          if (!api) return sendResponse({ ok: false });
          const at = new Date();
          const cap = api.capturePage(document, { url: location.href, platform: adapter.id, capturedAt: at });
          sendResponse({ ok: true, html: cap.html, fileName: api.captureFileName(adapter.id, at), elements: cap.elements, truncated: cap.truncated });
        })
        .catch(() => sendResponse({ ok: false }));
      return true; // keeps the channel open for the async answer
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
