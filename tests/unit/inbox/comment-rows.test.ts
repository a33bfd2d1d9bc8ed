// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createXAdapter } from '@/lib/platforms/x';
import { routeMessage } from '@/lib/handlers/router';
import { readQueue } from '@/lib/inbox/queue';
import { writeSettings } from '@/lib/db/settings';
import { commentRows, RESEND_MS } from '@/entrypoints/overlay.content/helpers/comment-rows';
import { loadFixture } from '../platforms/fixture';
import { contentSender, testContext } from '../helpers/db';

const NOW = Date.parse('2025-11-20T08:00:00.000Z');

describe('comments from the page to the queue', () => {
  it('the X thread fixture, read by the adapter, goes through comments.seen into the queue (the answered one does not wait)', async () => {
    const doc = loadFixture('x/thread.id.html');
    const found = createXAdapter().findComments?.(doc, (h) => h === 'kominfo_demo') ?? [];
    const sent = new Map<string, { sig: string; at: number }>();
    const rows = commentRows(found, { platform: 'x', now: NOW, sent });
    expect(rows.length).toBe(found.length);
    expect(rows.length).toBeGreaterThan(0);

    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { accounts: [{ platform: 'x', handle: 'kominfo_demo', role: 'own' }] });
    const res = await routeMessage({ type: 'comments.seen', payload: { comments: rows } }, contentSender('x'), ctx);
    expect(res).toMatchObject({ ok: true, data: { written: rows.length, skipped: 0 } });
    const answered = await ctx.db.comments.get('x:1861000000000000100');
    expect(answered).toMatchObject({ open: 0, category: 'complaint' });
    expect(answered?.replySeenAt).toBe(NOW);
    const queue = await readQueue(ctx.db);
    expect(queue.items.every((r) => r.id !== '1861000000000000100')).toBe(true);
    expect(queue.total).toBe(rows.length - 1);
  });

  it('sends a comment again only when it changed or after RESEND_MS', () => {
    const base = {
      element: document.createElement('article'),
      id: 'c1', permalink: 'https://x.com/a/status/1', postId: 'p', postAccount: 'own', authorHandle: 'a', text: 'kapan?', answeredByOwn: false,
    };
    const sent = new Map<string, { sig: string; at: number }>();
    expect(commentRows([base], { platform: 'x', now: 0, sent })).toHaveLength(1);
    expect(commentRows([base], { platform: 'x', now: 1000, sent })).toHaveLength(0);
    expect(commentRows([{ ...base, answeredByOwn: true }], { platform: 'x', now: 2000, sent })).toHaveLength(1);
    expect(commentRows([{ ...base, answeredByOwn: true }], { platform: 'x', now: 2000 + RESEND_MS, sent })).toHaveLength(1);
    const [row] = commentRows([{ ...base, id: 'c2', text: 'x'.repeat(5000) }], { platform: 'x', now: 0, sent });
    expect(row?.text.length).toBe(2000);
    expect(row).not.toHaveProperty('element');
  });
});
