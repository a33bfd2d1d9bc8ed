import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import { request } from '@/lib/messaging-client';
import type { SeenComment } from '@/lib/schemas/comment';
import type { Feature } from '../feature';
import { createSendQueue, type Timers } from '../helpers/send-queue';
import { handlesOf } from '../helpers/snapshot-rows';
import { commentRows } from '../helpers/comment-rows';

/** One scan's comments go out together. */
const BATCH_DELAY_MS = 1000;

/**
 * The "Perlu dibalas" queue's eyes (issue 17): after each scan, the citizens' comments the adapter
 * finds under the agency's own posts (never a watched account's) go to the background in batches,
 * which classifies them and keeps what the agency's settings allow. Retried like snapshots.
 */
export const comments: Feature = {
  id: 'comments',
  init(env) {
    const { scanner, store, adapter, signal, ctx } = env;
    const find = adapter.findComments?.bind(adapter);
    if (!find) return;
    const sent = new Map<string, { sig: string; at: number }>();
    const timers: Timers = {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    };
    const queue = createSendQueue<SeenComment>({
      maxBatch: MESSAGE_LIMITS.commentsPerMessage,
      delayMs: BATCH_DELAY_MS,
      timers,
      async send(batch) {
        const reply = await request('comments.seen', { comments: batch });
        return reply.ok ? { ok: true } : { ok: false, code: reply.error.code };
      },
      // A refused batch is sent again with the next scan that sees it.
      onError(_code, batch) {
        for (const c of batch) sent.delete(c.id);
      },
    });
    signal.addEventListener('abort', () => queue.stop());

    scanner.onScan(() => {
      if (signal.aborted) return;
      const settings = store.getState().settings;
      if (!settings) return;
      const own = handlesOf(settings.accounts, adapter.id, ['own']);
      if (own.size === 0) return;
      const found = find(document, (h) => own.has(h.toLowerCase()));
      for (const c of found) env.commentTexts.remember(c.id, c.text);
      queue.push(commentRows(found, { platform: adapter.id, now: Date.now(), sent }));
    });
  },
};
