import { z } from 'zod';
import type { CaptureResponse } from './protocol';

/** The content script's answer, checked by the extension page before anything is saved. */
export const captureResponseSchema: z.ZodType<CaptureResponse> = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), html: z.string().max(64_000_000), fileName: z.string().max(200), elements: z.number().int(), truncated: z.boolean() }),
  z.object({ ok: z.literal(false) }),
]);
