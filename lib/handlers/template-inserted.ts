import type { HandlerOf } from '@/lib/messaging';
import type { HandlerContext } from './context';

/**
 * One template insertion, one transaction (issue 13): the reply log's 'template-inserted' row and
 * the template's usage count and last use. A replayed event (same id) writes and counts nothing.
 * Answers with the template as stored now, for the palette's order.
 */
export const recordTemplateInserted: HandlerOf<'template.inserted', HandlerContext> = async (ctx, { event }) => {
  const { db } = ctx;
  const templateId = event.templateId ?? '';
  return db.transaction('rw', db.replyEvents, db.templates, async () => {
    const written = !(await db.replyEvents.get(event.id));
    const tpl = await db.templates.get(templateId);
    if (!written) return { written, template: tpl ?? null };
    await db.replyEvents.add(event);
    if (!tpl) return { written, template: null };
    const updated = { ...tpl, usageCount: tpl.usageCount + 1, lastUsedAt: event.at };
    await db.templates.put(updated);
    return { written, template: updated };
  });
};
