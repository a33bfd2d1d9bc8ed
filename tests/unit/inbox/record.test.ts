import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/lib/handlers/router';
import { readQueue } from '@/lib/inbox/queue';
import { writeSettings } from '@/lib/db/settings';
import type { SeenComment } from '@/lib/schemas/comment';
import { accountsContext, contentSender, EXTENSION, replyEvent } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const HOUR = 3_600_000;

function comment(over: Partial<SeenComment> = {}): SeenComment {
  return {
    id: '1850000000000000100',
    platform: 'x',
    postId: '1850000000000000001',
    account: 'humaskotacontoh',
    permalink: 'https://x.com/warga_bdg/status/1850000000000000100',
    postedAt: NOW - 5 * HOUR,
    authorHandle: 'warga_bdg',
    answeredByOwn: false,
    text: 'min, kok blm ada info soal jadwal vaksin??',
    ...over,
  };
}

async function seen(ctx: Awaited<ReturnType<typeof accountsContext>>, comments: unknown[], platform: 'x' | 'facebook' = 'x') {
  return routeMessage({ type: 'comments.seen', payload: { comments } }, contentSender(platform), ctx);
}

describe("comments.seen: citizens' comments under the agency's own posts", () => {
  it('records, classifies in the background, and a comment seen again updates without a second row', async () => {
    const ctx = await accountsContext(NOW);
    expect(await seen(ctx, [comment()])).toEqual({ ok: true, data: { written: 1, updated: 0, skipped: 0 } });
    expect(await seen(ctx, [comment({ text: 'Syarat bikin akta apa aja min?' }), comment()])).toEqual({
      ok: true,
      data: { written: 0, updated: 1, skipped: 1 },
    });
    const rows = await ctx.db.comments.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'x:1850000000000000100', open: 1, sortAt: NOW - 5 * HOUR, firstSeenAt: NOW, authorHandle: 'warga_bdg' });
    // excerpts are off by default: no text kept
    expect(rows[0]?.excerpt).toBeUndefined();
    expect(['question', 'info-request']).toContain(rows[0]?.category);
  });

  it("never records comments under another account's post, nor the agency's own comments", async () => {
    const ctx = await accountsContext(NOW);
    await writeSettings(ctx.db, {
      accounts: [
        { platform: 'x', handle: 'humaskotacontoh', role: 'own' },
        { platform: 'x', handle: 'kotatetangga', role: 'watched' },
      ],
    });
    const res = await seen(ctx, [
      comment({ id: 'a1', account: 'kotatetangga' }),
      comment({ id: 'a2', account: 'warga_lain' }),
      comment({ id: 'a3', authorHandle: 'humaskotacontoh' }),
      comment({ id: 'a4' }),
    ]);
    expect(res).toEqual({ ok: true, data: { written: 1, updated: 0, skipped: 3 } });
    expect((await ctx.db.comments.toArray()).map((r) => r.id)).toEqual(['a4']);
  });

  it('refuses a malformed, oversized or foreign-platform batch as a whole and writes nothing', async () => {
    const ctx = await accountsContext(NOW);
    const bad = [
      [comment(), { ...comment({ id: 'b' }), text: 7 }],
      Array.from({ length: 101 }, (_, i) => comment({ id: `c${i}` })),
      [comment(), comment({ id: 'fb', platform: 'facebook' })],
      [comment({ permalink: 'https://evil.example/x' })],
      [comment({ postedAt: NOW + 86_400_000 })],
      [{ ...comment(), extra: 1 }],
      [comment({ text: 'x'.repeat(2001) })],
    ];
    for (const batch of bad) expect((await seen(ctx, batch)).ok).toBe(false);
    expect(await ctx.db.comments.count()).toBe(0);
  });

  it('answered from the three sources: a reply seen, a recorded send (before or after), "Tidak perlu dibalas" with undo', async () => {
    const ctx = await accountsContext(NOW);
    // a send recorded before the comment was read
    await routeMessage({ type: 'reply.record', payload: { event: replyEvent({ platform: 'x', targetId: 's-before', at: NOW - HOUR }) } }, contentSender('x'), ctx);
    await seen(ctx, [comment({ id: 'r1', answeredByOwn: true }), comment({ id: 's-before' }), comment({ id: 's-after' }), comment({ id: 'n1' })]);
    expect((await readQueue(ctx.db)).items.map((r) => r.id).sort()).toEqual(['n1', 's-after']);
    // a send recorded after
    await routeMessage({ type: 'reply.record', payload: { event: replyEvent({ platform: 'x', targetId: 's-after', at: NOW }) } }, contentSender('x'), ctx);
    // a template insert alone answers nothing
    await routeMessage({ type: 'reply.record', payload: { event: replyEvent({ kind: 'checked', platform: 'x', targetId: 'n1', at: NOW }) } }, contentSender('x'), ctx);
    expect((await readQueue(ctx.db)).items.map((r) => r.id)).toEqual(['n1']);
    // a page saying "no reply seen" never re-opens an answered comment
    await seen(ctx, [comment({ id: 'r1', answeredByOwn: false })]);
    expect((await ctx.db.comments.get('x:r1'))?.open).toBe(0);
    // only extension pages may mark
    expect((await routeMessage({ type: 'comments.mark', payload: { key: 'x:n1', notNeeded: true } }, contentSender('x'), ctx)).ok).toBe(false);
    expect(await routeMessage({ type: 'comments.mark', payload: { key: 'x:n1', notNeeded: true } }, EXTENSION, ctx)).toEqual({ ok: true, data: { found: true, open: false } });
    expect((await readQueue(ctx.db)).total).toBe(0);
    expect(await routeMessage({ type: 'comments.mark', payload: { key: 'x:n1', notNeeded: false } }, EXTENSION, ctx)).toEqual({ ok: true, data: { found: true, open: true } });
    // undo of a comment answered otherwise leaves it answered
    expect(await routeMessage({ type: 'comments.mark', payload: { key: 'x:r1', notNeeded: false } }, EXTENSION, ctx)).toEqual({ ok: true, data: { found: true, open: false } });
    expect(await routeMessage({ type: 'comments.mark', payload: { key: 'x:gone', notNeeded: true } }, EXTENSION, ctx)).toEqual({ ok: true, data: { found: false, open: false } });
  });

  it('the queue is oldest first, counted per platform; a comment without a time waits from when it was first seen', async () => {
    const ctx = await accountsContext(NOW);
    await seen(ctx, [comment({ id: 'new', postedAt: NOW - HOUR }), comment({ id: 'old', postedAt: NOW - 20 * HOUR }), comment({ id: 'notime', postedAt: undefined })]);
    await seen(ctx, [comment({ id: 'fb1', platform: 'facebook', permalink: 'https://www.facebook.com/humaskotacontoh/posts/1?comment_id=fb1', postedAt: NOW - 2 * HOUR })], 'facebook');
    const q = await readQueue(ctx.db);
    expect(q.items.map((r) => r.id)).toEqual(['old', 'fb1', 'new', 'notime']);
    expect(q).toMatchObject({ total: 4, byPlatform: { x: 3, facebook: 1 }, oldestAt: NOW - 20 * HOUR });
  });

  it('keeps a ≤ 140-character excerpt only while excerpts are on, and drops them all when switched off', async () => {
    const ctx = await accountsContext(NOW);
    await routeMessage({ type: 'settings.update', payload: { patch: { commentExcerpts: true } } }, EXTENSION, ctx);
    await seen(ctx, [comment({ text: `  ${'Jalan rusak parah. '.repeat(20)}` })]);
    const kept = (await ctx.db.comments.get('x:1850000000000000100'))?.excerpt ?? '';
    expect(kept.length).toBe(140);
    expect(kept.startsWith('Jalan rusak parah.')).toBe(true);
    await routeMessage({ type: 'settings.update', payload: { patch: { commentExcerpts: false } } }, EXTENSION, ctx);
    expect((await ctx.db.comments.get('x:1850000000000000100'))?.excerpt).toBeUndefined();
    expect((await ctx.db.comments.get('x:1850000000000000100'))?.category).toBe('complaint');
  });

  it('retention (default 30 days, by last sight) and "Hapus semua" delete comments', async () => {
    const ctx = await accountsContext(NOW - 31 * 86_400_000);
    await seen(ctx, [comment({ id: 'old', postedAt: undefined })]);
    const later = { ...ctx, now: () => NOW };
    await seen(later, [comment({ id: 'fresh' })]);
    const run = await routeMessage({ type: 'maintenance.run', payload: {} }, EXTENSION, later);
    expect(run).toMatchObject({ ok: true, data: { deletedComments: 1 } });
    expect((await ctx.db.comments.toArray()).map((r) => r.id)).toEqual(['fresh']);
    // A shorter retention deletes at once: 'fresh' was seen 2 days before the change.
    await seen(later, [comment({ id: 'recent' })]);
    const twoDaysOn = { ...ctx, now: () => NOW + 2 * 86_400_000 };
    await seen(twoDaysOn, [comment({ id: 'today' })]);
    await routeMessage({ type: 'settings.update', payload: { patch: { commentRetentionDays: 1 } } }, EXTENSION, twoDaysOn);
    expect((await ctx.db.comments.toArray()).map((r) => r.id)).toEqual(['today']);
    expect((await routeMessage({ type: 'settings.update', payload: { patch: { commentRetentionDays: 0 } } }, EXTENSION, later)).ok).toBe(false);
    const wipe = await routeMessage({ type: 'history.wipe', payload: { confirm: true } }, EXTENSION, later);
    expect(wipe).toMatchObject({ ok: true, data: { comments: 1 } });
    expect(await ctx.db.comments.count()).toBe(0);
  });
});
