import { browser } from 'wxt/browser';
import { captureFileName, capturePage } from '@/lib/capture';
import { captureRequestSchema, type CaptureResponse } from '@/lib/capture/protocol';
import type { Feature } from '../feature';

/**
 * Answers "Rekam struktur halaman" from the popup or the options page: a redacted capture of
 * this page (lib/capture; no personal data in it), sent back to the asking extension page only.
 * Nothing runs until asked: the page pays nothing for this feature.
 */
export const pageCapture: Feature = {
  id: 'page-capture',
  init({ ctx, adapter }) {
    const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: CaptureResponse) => void): true | undefined => {
      // only the extension's own pages (not another content script, which comes with a tab)
      if (sender.id !== browser.runtime.id || sender.tab !== undefined || !captureRequestSchema.safeParse(message).success) return undefined;
      try {
        const at = new Date();
        const cap = capturePage(document, { url: location.href, platform: adapter.id, capturedAt: at });
        sendResponse({ ok: true, html: cap.html, fileName: captureFileName(adapter.id, at), elements: cap.elements, truncated: cap.truncated });
      } catch {
        sendResponse({ ok: false });
      }
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
