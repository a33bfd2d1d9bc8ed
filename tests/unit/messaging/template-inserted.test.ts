import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/lib/handlers/router';
import { MESSAGE_LIMITS, MESSAGES } from '@/lib/messaging';
import type { Template } from '@/lib/schemas/template';
import { contentSender, replyEvent, testContext } from '../helpers/db';

const AT = Date.UTC(2026, 10, 23, 3, 0, 0);
const TEMPLATE: Template = {
  id: 'tpl-hoaks',
  title: 'Klarifikasi hoaks',
  body: 'Terima kasih, {nama}. Informasi tersebut tidak benar.',
  category: 'klarifikasi-hoaks',
  tags: [],
  platforms: [],
  language: 'id',
  favorite: false,
  usageCount: 4,
  createdAt: 1,
  updatedAt: 1,
};

const inserted = (over = {}) => replyEvent({ kind: 'template-inserted', platform: 'x', templateId: TEMPLATE.id, at: AT, ...over });

describe("'template.inserted': one message, one transaction (issue 13, item 5)", () => {
  it('writes the reply-log row and counts the use, and answers with the template as stored now', async () => {
    const ctx = testContext();
    await ctx.db.templates.add(TEMPLATE);
    const event = inserted();
    const reply = await routeMessage({ type: 'template.inserted', payload: { event } }, contentSender(), ctx);
    expect(reply).toMatchObject({ ok: true, data: { written: true, template: { id: TEMPLATE.id, usageCount: 5, lastUsedAt: AT } } });
    expect(await ctx.db.replyEvents.get(event.id)).toMatchObject({ kind: 'template-inserted', templateId: TEMPLATE.id });
    expect((await ctx.db.templates.get(TEMPLATE.id))?.usageCount).toBe(5);
  });

  it('a replayed event (same id) writes nothing and counts nothing', async () => {
    const ctx = testContext();
    await ctx.db.templates.add(TEMPLATE);
    const event = inserted();
    await routeMessage({ type: 'template.inserted', payload: { event } }, contentSender(), ctx);
    const again = await routeMessage({ type: 'template.inserted', payload: { event } }, contentSender(), ctx);
    expect(again).toMatchObject({ ok: true, data: { written: false, template: { usageCount: 5 } } });
    expect(await ctx.db.replyEvents.count()).toBe(1);
  });

  it('a template deleted meanwhile: the row is still logged, the answer has no template', async () => {
    const ctx = testContext();
    const reply = await routeMessage({ type: 'template.inserted', payload: { event: inserted() } }, contentSender(), ctx);
    expect(reply).toMatchObject({ ok: true, data: { written: true, template: null } });
    expect(await ctx.db.replyEvents.count()).toBe(1);
  });

  it.each<[string, unknown]>([
    ['a sent event', { event: replyEvent({ kind: 'sent' }) }],
    ['no templateId', { event: replyEvent({ kind: 'template-inserted' }) }],
    ['an over-long id', { event: inserted({ id: 'x'.repeat(MESSAGE_LIMITS.idLength + 1) }) }],
  ])('refuses %s and writes nothing', async (_name, payload) => {
    const ctx = testContext();
    await ctx.db.templates.add(TEMPLATE);
    const reply = await routeMessage({ type: 'template.inserted', payload }, contentSender(), ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await ctx.db.replyEvents.count()).toBe(0);
    expect((await ctx.db.templates.get(TEMPLATE.id))?.usageCount).toBe(4);
  });

  it('the old pair of messages is gone from the protocol', () => {
    expect(Object.hasOwn(MESSAGES, 'template.used')).toBe(false);
  });
});
