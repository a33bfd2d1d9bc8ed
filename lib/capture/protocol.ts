import { z } from 'zod';

/**
 * "Rekam struktur halaman": an extension page (popup, options) asks a platform tab's content
 * script for a capture with this message (browser.tabs.sendMessage); only extension pages can
 * send it, and the answer goes back to that page only (nothing is stored).
 */
export const CAPTURE_MESSAGE = 'capture.page';

export const captureRequestSchema = z.object({ type: z.literal(CAPTURE_MESSAGE) }).strict();

export const captureResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), html: z.string().max(64_000_000), fileName: z.string().max(200), elements: z.number().int(), truncated: z.boolean() }),
  z.object({ ok: z.literal(false) }),
]);
export type CaptureResponse = z.infer<typeof captureResponseSchema>;
