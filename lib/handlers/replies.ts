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

/** Counts a template insertion on the template itself (usage count, last used). */
export async function markTemplateUsed(
  ctx: HandlerContext,
  input: { templateId: string; at: number },
): Promise<{ usageCount: number }> {
  const { db } = ctx;
  return db.transaction('rw', db.templates, async () => {
    const tpl = await db.templates.get(input.templateId);
    if (!tpl) return { usageCount: 0 };
    const usageCount = tpl.usageCount + 1;
    await db.templates.update(input.templateId, { usageCount, lastUsedAt: input.at });
    return { usageCount };
  });
}
