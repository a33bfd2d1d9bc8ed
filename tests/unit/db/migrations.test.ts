import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PranataDb } from '@/lib/db';
import { applyMigrations, LATEST_VERSION, MIGRATIONS } from '@/lib/db/migrations';
import { commentRow, replyEvent, snapshot } from '../helpers/db';

describe('database migrations', () => {
  it('versions are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('opens a database written by version 1 and upgrades it without losing a row', async () => {
    const name = `pranata-v1-${Math.random()}`;
    // A browser that ran version 1 of Pranata: only the version-1 schema.
    const v1 = new Dexie(name);
    applyMigrations(v1, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const tpl = {
      id: 'tpl-1', title: 'Sapaan', body: '{sapaan}, {nama}.', category: 'sapaan', tags: ['umum'], platforms: [],
      language: 'id', favorite: true, usageCount: 3, createdAt: 1, updatedAt: 2,
    };
    const snaps = [snapshot({ account: '@HumasKotaContoh' }), snapshot({ postId: 'p2', account: 'dinkes' })];
    const events = [replyEvent(), replyEvent({ kind: 'template-inserted', templateId: 'tpl-1' })];
    await v1.table('templates').add(tpl);
    await v1.table('snapshots').bulkAdd(snaps);
    await v1.table('replyEvents').bulkAdd(events);
    await v1.table('settings').put({ key: 'main', value: { timeZone: 'WITA' } });
    await v1.table('diagnostics').add({ id: 'd1', platform: 'x', code: 'ok', area: 'page', path: '/home', at: 5 });
    v1.close();

    const db = new PranataDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.templates.toArray()).toEqual([tpl]);
    expect(await db.replyEvents.count()).toBe(2);
    expect(await db.diagnostics.count()).toBe(1);
    expect((await db.settings.get('main'))?.value).toEqual({ timeZone: 'WITA' });
    const upgraded = await db.snapshots.orderBy('postId').toArray();
    expect(upgraded.map((s) => s.account).sort()).toEqual(['dinkes', 'humaskotacontoh']);
    // the version-2 index works on upgraded rows
    expect(await db.snapshots.where('[platform+account+at]').between(['x', 'humaskotacontoh', 0], ['x', 'humaskotacontoh', Infinity]).count()).toBe(1);
    // new tables exist and are empty
    expect(await db.snapshotRollups.count()).toBe(0);
    db.close();
  });

  it('version 4 adds the comments table and a targetId index to a version-3 database, losing nothing', async () => {
    const name = `pranata-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    applyMigrations(v3, 3);
    await v3.open();
    const events = [replyEvent({ targetId: 'c-9' }), replyEvent({ targetId: 'c-10' })];
    await v3.table('replyEvents').bulkAdd(events);
    await v3.table('meta').put({ key: 'rollup', value: { rolledThrough: '2026-11-22', timeZone: 'Asia/Jakarta', at: 1 } });
    v3.close();

    const db = new PranataDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.replyEvents.count()).toBe(2);
    expect(await db.meta.count()).toBe(1);
    // the new index works on rows written before it existed
    expect((await db.replyEvents.where('targetId').equals('c-9').toArray()).map((e) => e.id)).toEqual([events[0]?.id]);
    expect(await db.comments.count()).toBe(0);
    await db.comments.bulkAdd([commentRow({ id: 'b', sortAt: 2 }), commentRow({ id: 'a', sortAt: 1 }), commentRow({ id: 'z', open: 0, sortAt: 0 })]);
    const open = await db.comments.where('[open+sortAt]').between([1, -Infinity], [1, Infinity]).toArray();
    expect(open.map((r) => r.id)).toEqual(['a', 'b']);
    db.close();
  });
});
