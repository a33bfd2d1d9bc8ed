import './file-reader';
import { describe, expect, it } from 'vitest';
import { exportBackup, inspectBackup, restoreBackup } from '@/lib/backup';
import { ROW_SCHEMAS } from '@/lib/backup/rows';
import { writeSettings } from '@/lib/db/settings';
import { DB_NAME, PranataDb } from '@/lib/db';
import { commentRow, replyEvent, snapshot, testContext } from '../helpers/db';
import { NOW, agencyProfile, agencyTemplates } from './fixtures';

async function dump(db: PranataDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

async function seed(db: PranataDb, history = 300): Promise<void> {
  const profile = agencyProfile();
  await db.profiles.add(profile);
  await db.templates.bulkAdd(agencyTemplates());
  await writeSettings(db, { activeProfileId: profile.id, setupDone: true, adminSignOff: 'RN' });
  await db.snapshots.bulkAdd(Array.from({ length: history }, (_, i) => snapshot({ at: NOW - i * 900_000, postId: `18500000000000${1000 + (i % 40)}` })));
  await db.replyEvents.bulkAdd(Array.from({ length: history / 3 }, (_, i) => replyEvent({ at: NOW - i * 600_000 })));
  await db.diagnostics.add({ id: 'd1', platform: 'x', code: 'ok', area: 'composer', path: '/home', at: NOW });
  await db.meta.put({ key: 'rollup', value: { rolledThrough: '2026-11-22', timeZone: 'Asia/Jakarta', at: NOW } });
  await db.comments.bulkAdd([commentRow({ id: 'c1', excerpt: 'kapan jadwal vaksin?' }), commentRow({ id: 'c2', open: 0, notNeededAt: NOW })]);
}

/** The database a backup is made from: named like the real one, as a real backup's head says. */
async function sourceDb(): Promise<PranataDb> {
  const db = new PranataDb(DB_NAME);
  await db.delete();
  await db.open();
  return db;
}

describe('full backup and restore', () => {
  it('knows the row shape of every table of the database (a new table needs one)', () => {
    const { db } = testContext();
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('restores a backup written by database version 1, upgrading its rows on the way in', async () => {
    const { db: source } = testContext();
    await seed(source, 3);
    const { blob } = await exportBackup(source, { now: NOW, timeZone: 'WIB' });
    const doc = JSON.parse(await blob.text()) as { data: { databaseName: string; databaseVersion: number; tables: { name: string }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    // Version 1 had six tables and wrote account handles as seen ("@HumasKotaContoh").
    const v1Tables = ['templates', 'profiles', 'replyEvents', 'snapshots', 'diagnostics', 'settings'];
    doc.data.databaseName = 'pranata';
    doc.data.databaseVersion = 1;
    doc.data.tables = doc.data.tables.filter((t) => v1Tables.includes(t.name));
    doc.data.data = doc.data.data.filter((t) => v1Tables.includes(t.tableName));
    for (const row of doc.data.data.find((t) => t.tableName === 'snapshots')?.rows ?? []) row.account = '@HumasKotaContoh';
    const { db } = testContext();
    const res = await restoreBackup(db, new Blob([JSON.stringify(doc)]), { mode: 'replace' });
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect(res.value.fromVersion).toBe(1);
    expect((await db.snapshots.toArray()).map((s) => s.account)).toEqual(['humaskotacontoh', 'humaskotacontoh', 'humaskotacontoh']);
    expect(await db.templates.count()).toBe(await source.templates.count());
  });

  it('backup → wipe → restore (replace) gives the same database, history included', async () => {
    const db = await sourceDb();
    await seed(db);
    const before = await dump(db);
    const progress: number[] = [];
    const { blob, fileName } = await exportBackup(db, { now: NOW, timeZone: 'WIB', onProgress: (p) => progress.push(p.done) });
    expect(fileName).toBe('pranata-backup-2026-11-23.json');
    expect(progress.at(-1)).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));

    const { db: fresh } = testContext();
    const res = await restoreBackup(fresh, blob, { mode: 'replace' });
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect(await dump(fresh)).toEqual(before);
    expect(res.value.tables.snapshots).toEqual({ inFile: 300, written: 300, skipped: 0 });
    // the "Perlu dibalas" comments travel with the backup (answered state included)
    expect(res.value.tables.comments).toEqual({ inFile: 2, written: 2, skipped: 0 });
    expect((await fresh.comments.get('x:c2'))?.notNeededAt).toBe(NOW);
  });

  it('refuses a backup whose comment rows are not comment rows (an over-long excerpt)', async () => {
    const db = await sourceDb();
    await db.comments.add(commentRow({ excerpt: 'x'.repeat(141) }));
    const { blob } = await exportBackup(db, { now: NOW, timeZone: 'WIB' });
    const { db: fresh } = testContext();
    const res = await restoreBackup(fresh, blob, { mode: 'replace' });
    expect(res.ok).toBe(false);
    expect(await fresh.comments.count()).toBe(0);
  });

  it('replace everything empties tables the backup does not fill', async () => {
    const source = await sourceDb();
    await source.templates.bulkAdd(agencyTemplates().slice(0, 2));
    const { blob } = await exportBackup(source, { now: NOW, timeZone: 'WIB' });
    const { db } = testContext();
    await seed(db, 30);
    const res = await restoreBackup(db, blob, { mode: 'replace' });
    expect(res.ok).toBe(true);
    expect(await db.templates.count()).toBe(2);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.profiles.count()).toBe(0);
  });

  it('add missing keeps existing rows as they are and adds the rest', async () => {
    const source = await sourceDb();
    await seed(source, 60);
    const { blob } = await exportBackup(source, { now: NOW, timeZone: 'WIB' });
    const { db } = testContext();
    const mine = agencyTemplates()[0];
    if (!mine) throw new Error('no template');
    const sourceFirst = (await source.templates.toArray())[0];
    if (!sourceFirst) throw new Error('no template');
    // Same id as a backup row, different text: the local one must win.
    await db.templates.add({ ...sourceFirst, body: 'Teks milik saya sendiri.' });
    await writeSettings(db, { adminSignOff: 'AB' });
    const res = await restoreBackup(db, blob, { mode: 'add-missing' });
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect((await db.templates.get(sourceFirst.id))?.body).toBe('Teks milik saya sendiri.');
    expect(await db.templates.count()).toBe(await source.templates.count());
    expect(await db.snapshots.count()).toBe(60);
    expect((await db.settings.get('main'))?.value.adminSignOff).toBe('AB');
    expect(res.value.tables.templates).toMatchObject({ skipped: 1 });
    expect(res.value.tables.settings).toEqual({ inFile: 1, written: 0, skipped: 1 });
  });

  it('inspects a backup without writing: version and row counts per table', async () => {
    const db = await sourceDb();
    await seed(db, 30);
    const { blob } = await exportBackup(db, { now: NOW, timeZone: 'WIB' });
    const res = await inspectBackup(db, blob);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect(res.value.meta.data.databaseVersion).toBe(db.verno);
    expect(res.value.meta.data.tables.find((t) => t.name === 'snapshots')?.rowCount).toBe(30);
  });
});
