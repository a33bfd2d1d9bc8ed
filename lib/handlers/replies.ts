import type { ReplyEvent } from '@/lib/schemas/reply-event';
import { markCommentSent } from '@/lib/inbox/record';
import type { HandlerContext } from './context';

/**
 * Records one reply event; replaying the same event id writes nothing new. A send that targets a
 * comment of the "Perlu dibalas" queue answers it, in the same transaction.
 */
export async function recordReply(ctx: HandlerContext, input: { event: ReplyEvent }): Promise<{ written: boolean }> {
  const { db } = ctx;
  return db.transaction('rw', db.replyEvents, db.comments, async () => {
    if (await db.replyEvents.get(input.event.id)) return { written: false };
    await db.replyEvents.add(input.event);
    const { kind, platform, targetId, at } = input.event;
    if (kind === 'sent' && targetId !== undefined) await markCommentSent(db, platform, targetId, at);
    return { written: true };
  });
}
