import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/lib/handlers/router';
import { MESSAGES } from '@/lib/messaging';
import { contentSender, EXTENSION, FOREIGN, replyEvent, snapshot, testContext } from '../helpers/db';

async function rowCounts(ctx: ReturnType<typeof testContext>) {
  const { db } = ctx;
  return {
    snapshots: await db.snapshots.count(),
    replyEvents: await db.replyEvents.count(),
    diagnostics: await db.diagnostics.count(),
    settings: await db.settings.count(),
  };
}
const EMPTY = { snapshots: 0, replyEvents: 0, diagnostics: 0, settings: 0 };

describe('routeMessage: bad input gets an explicit error and writes nothing', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'invalid-payload'],
    ['a string', 'snapshots.record', 'invalid-payload'],
    ['an array', [{ type: 'ping' }], 'invalid-payload'],
    ['no type', { payload: {} }, 'unknown-message'],
    ['unknown type', { type: 'db.dropEverything', payload: {} }, 'unknown-message'],
    ['prototype key as type', { type: '__proto__', payload: {} }, 'unknown-message'],
    ['toString as type', { type: 'toString', payload: {} }, 'unknown-message'],
    ['missing payload', { type: 'snapshots.record' }, 'invalid-payload'],
    ['empty batch', { type: 'snapshots.record', payload: { snapshots: [] } }, 'invalid-payload'],
    ['negative count', { type: 'snapshots.record', payload: { snapshots: [snapshot({ counts: { likes: { value: -1, exact: true } } })] } }, 'invalid-payload'],
    ['NaN count', { type: 'snapshots.record', payload: { snapshots: [snapshot({ counts: { likes: { value: Number.NaN, exact: true } } })] } }, 'invalid-payload'],
    ['unknown platform', { type: 'snapshots.record', payload: { snapshots: [snapshot({ platform: 'tiktok' as never })] } }, 'invalid-payload'],
    ['Date object instead of epoch ms', { type: 'reply.record', payload: { event: { ...replyEvent(), at: new Date() } } }, 'invalid-payload'],
    ['extra field smuggled in', { type: 'ping', payload: { admin: true } }, 'invalid-payload'],
    ['score above 100', { type: 'reply.record', payload: { event: replyEvent({ score: 101 }) } }, 'invalid-payload'],
    ['batch over the limit', { type: 'snapshots.record', payload: { snapshots: Array.from({ length: 201 }, () => snapshot()) } }, 'invalid-payload'],
  ])('%s → %s', async (_name, raw, code) => {
    const ctx = testContext();
    const reply = await routeMessage(raw, contentSender(), ctx);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe(code);
      expect(reply.error.message.length).toBeGreaterThan(0);
    }
    expect(await rowCounts(ctx)).toEqual(EMPTY);
  });

  it('names the place of the invalid field', async () => {
    const ctx = testContext();
    const reply = await routeMessage(
      { type: 'snapshots.record', payload: { snapshots: [snapshot(), snapshot({ counts: { likes: { value: -5, exact: true } } })] } },
      contentSender(),
      ctx,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'snapshots.1.counts.likes.value' } });
  });
});

describe('routeMessage: sender checks', () => {
  const privileged = Object.entries(MESSAGES).filter(([, d]) => d.access === 'extension').map(([type]) => type);

  it('has privileged messages declared', () => {
    expect(privileged).toEqual(expect.arrayContaining(['settings.update', 'history.wipe']));
  });

  it.each([
    ['settings.update', { patch: { snapshotIntervalMinutes: 1 } }],
    ['history.wipe', { confirm: true }],
  ])('%s from a content script is refused and writes nothing', async (type, payload) => {
    const ctx = testContext();
    await ctx.db.replyEvents.add(replyEvent());
    const reply = await routeMessage({ type, payload }, contentSender(), ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ctx.db.replyEvents.count()).toBe(1);
    expect(await ctx.db.settings.count()).toBe(0);
  });

  it('the same privileged message from an extension page works', async () => {
    const ctx = testContext();
    await ctx.db.replyEvents.add(replyEvent());
    const reply = await routeMessage({ type: 'history.wipe', payload: { confirm: true } }, EXTENSION, ctx);
    expect(reply).toEqual({ ok: true, data: { replyEvents: 1, snapshots: 0, comments: 0 } });
    expect(await ctx.db.replyEvents.count()).toBe(0);
  });

  it('refuses everything from a foreign sender, even harmless messages', async () => {
    const ctx = testContext();
    const reply = await routeMessage({ type: 'ping', payload: {} }, FOREIGN, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('routeMessage: content scripts record', () => {
  it('records a reply event once, even when replayed', async () => {
    const ctx = testContext();
    const event = replyEvent();
    expect(await routeMessage({ type: 'reply.record', payload: { event } }, contentSender('facebook'), ctx)).toEqual({ ok: true, data: { written: true } });
    expect(await routeMessage({ type: 'reply.record', payload: { event } }, contentSender('facebook'), ctx)).toEqual({ ok: true, data: { written: false } });
    expect(await ctx.db.replyEvents.count()).toBe(1);
  });

  it('answers ping with the version', async () => {
    expect(await routeMessage({ type: 'ping', payload: {} }, contentSender(), testContext())).toEqual({ ok: true, data: { version: '0.0.0-test' } });
  });

  it('maps a full disk to storage-full and keeps the database as it was', async () => {
    const ctx = testContext();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    ctx.db.replyEvents.hook('creating', () => {
      throw quota;
    });
    const reply = await routeMessage({ type: 'reply.record', payload: { event: replyEvent() } }, contentSender('facebook'), ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await ctx.db.replyEvents.count()).toBe(0);
  });

  it('gives a platform page its settings alone at load (no templates, no profile)', async () => {
    const ctx = testContext();
    const reply = await routeMessage({ type: 'overlay.settings', payload: {} }, contentSender(), ctx);
    expect(reply).toMatchObject({ ok: true, data: { settings: { timeZone: 'WIB' } } });
    expect(Object.keys(reply.ok ? reply.data : {})).toEqual(['settings']);
  });

  it('gives the overlay its state: settings with defaults, templates for this platform only', async () => {
    const ctx = testContext();
    const base = { body: 'Halo {nama}', category: 'sapaan' as const, tags: [], language: 'id' as const, favorite: false, usageCount: 0, createdAt: 1, updatedAt: 1 };
    await ctx.db.templates.bulkAdd([
      { ...base, id: 't-all', title: 'Semua', platforms: [] },
      { ...base, id: 't-x', title: 'Hanya X', platforms: ['x'] },
      { ...base, id: 't-ig', title: 'Hanya IG', platforms: ['instagram'] },
    ]);
    const reply = await routeMessage({ type: 'overlay.state', payload: { platform: 'x' } }, contentSender(), ctx);
    expect(reply.ok).toBe(true);
    if (reply.ok && 'templates' in reply.data) {
      expect(reply.data.templates.map((t) => t.id).sort()).toEqual(['t-all', 't-x']);
      expect(reply.data.settings.timeZone).toBe('WIB');
    }
  });
});
