/**
 * "Rekam struktur halaman": an extension page (popup, options) asks a platform tab's content
 * script for a capture with this message (browser.tabs.sendMessage); only extension pages can
 * send it, and the answer goes back to that page only (nothing is stored). No zod here: this
 * file is in the page-load content script, which must stay small (the page checks the request
 * by hand; the extension page validates the answer with response-schema.ts).
 */
export const CAPTURE_MESSAGE = 'capture.page';

export type CaptureResponse =
  | { ok: true; html: string; fileName: string; elements: number; truncated: boolean }
  | { ok: false };

/** Exactly `{ type: 'capture.page' }`. */
export function isCaptureRequest(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && (message as { type?: unknown }).type === CAPTURE_MESSAGE;
}
