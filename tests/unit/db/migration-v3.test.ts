import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PranataDb } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { readRollupState } from '@/lib/db/rollup-state';
import { replyEvent, snapshot } from '../helpers/db';

describe('migration 3 (meta table, reply events by kind)', () => {
  it('upgrades a version-2 database with roll-ups and keeps every row', async () => {
    const name = `pranata-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    applyMigrations(v2, 2);
    await v2.open();
    const events = [replyEvent({ id: 'e1', kind: 'sent', at: 10 }), replyEvent({ id: 'e2', kind: 'checked', at: 20 }), replyEvent({ id: 'e3', kind: 'sent', at: 30 })];
    await v2.table('replyEvents').bulkAdd(events);
    await v2.table('snapshots').add(snapshot({ id: 's1' }));
    await v2.table('replyRollups').add({ key: 'r|2026-11-01|x', day: '2026-11-01', v: 1 });
    v2.close();

    const db = new PranataDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3); // upgrades go on past 3 (version 4: comments)
    expect(await db.replyEvents.count()).toBe(3);
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.replyRollups.count()).toBe(1);
    expect(await readRollupState(db)).toBeNull();
    const sent = await db.replyEvents.where('[kind+at]').between(['sent', 0], ['sent', Infinity]).primaryKeys();
    expect(sent).toEqual(['e1', 'e3']);
    db.close();
  });
});
