import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema } from './common';

/**
 * One thing that happened to a reply: a template inserted, a draft checked, a send detected.
 * No citizen names are stored: only ids of the answered item.
 */
export const replyEventKindSchema = z.enum(['template-inserted', 'checked', 'sent']);
export type ReplyEventKind = z.infer<typeof replyEventKindSchema>;

export const replyEventSchema = z.object({
  id: idSchema,
  kind: replyEventKindSchema,
  platform: platformIdSchema,
  at: epochMsSchema,
  templateId: idSchema.optional(),
  /** The post or comment the reply answers (the site's own id), when known. */
  targetId: idSchema.optional(),
  /** When the answered item was posted, to compute the response time. */
  targetAt: epochMsSchema.optional(),
  responseMs: z.number().int().nonnegative().optional(),
  /**
   * Set when the answered item's time was read from relative text ("2 j", "5 menit yang lalu"):
   * `targetAt` and `responseMs` are then right within ± this many ms. Absent = exact (older rows too).
   */
  responseMarginMs: z.number().int().positive().max(400 * 86_400_000).optional(),
  /** SOP check at the moment of the event. */
  score: z.number().min(0).max(100).optional(),
  errorCount: z.number().int().nonnegative().optional(),
  warningCount: z.number().int().nonnegative().optional(),
  /** True when the admin sent despite the QC gate's warning. */
  gateOverridden: z.boolean().optional(),
});
export type ReplyEvent = z.infer<typeof replyEventSchema>;
