import { browser } from 'wxt/browser';
import { isCaptureRequest, type CaptureResponse } from '@/lib/capture/protocol';
import type { CaptureApi } from '@/lib/capture/lazy';
import type { Feature } from '../feature';
import { loadUiFeatures } from '../ui-loader';

/** The capture code, from the lazily loaded UI script (lib/capture/lazy.ts). */
async function captureApi(): Promise<CaptureApi | undefined> {
  await loadUiFeatures();
  return globalThis.__pranataCapture;
}

/**
 * Answers "Rekam struktur halaman" from the popup or the options page: a redacted capture of
 * this page (lib/capture; no personal data in it), sent back to the asking extension page only.
 * Until asked, only this listener is on the page: the capture code comes with the UI script.
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
