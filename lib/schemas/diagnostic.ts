import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema } from './common';

/** What an adapter reports when the page no longer looks like it expects. */
export const diagnosticCodeSchema = z.enum([
  'composer-not-found',
  'post-not-found',
  'counts-not-found',
  'target-not-found',
  'insert-mismatch',
  /** A composer whose send control was not recognised (the QC gate then holds only Enter). */
  'send-not-found',
  /** Posts or comments without a readable time (no response time for replies to them). */
  'time-not-found',
  /** Comments under own posts without a readable id, link or author (not in "Perlu dibalas"). */
  'comment-id-not-found',
  /** Numbers in a counts bar next to words the adapter does not know. */
  'counts-unknown-words',
  'ok',
]);
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

export const diagnosticSchema = z.object({
  id: idSchema,
  platform: platformIdSchema,
  code: diagnosticCodeSchema,
  /** Which part of the page: e.g. "composer", "post-counts". */
  area: z.string().min(1).max(60),
  /** The page path without query (no citizen data), for the admin's troubleshooting. */
  path: z.string().max(300),
  at: epochMsSchema,
  detail: z.string().max(500).optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;
