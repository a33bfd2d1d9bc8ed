import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { HandlerContext } from './context';

/** Records one reply event; replaying the same event id writes nothing new. */
export async function recordReply(ctx: HandlerContext, input: { event: ReplyEvent }): Promise<{ written: boolean }> {
  const { db } = ctx;
  return db.transaction('rw', db.replyEvents, async () => {
    if (await db.replyEvents.get(input.event.id)) return { written: false };
    await db.replyEvents.add(input.event);
    return { written: true };
  });
}
