import '../pack/file-reader';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '@/lib/backup';
import { withWriterLock, WriterBusyError, WRITER_LOCK, type LockLike } from '@/lib/backup/writer-lock';
import { applyImportPlan } from '@/lib/pack/apply';
import { describeFileError } from '@/lib/pack';
import { routeMessage } from '@/lib/handlers/router';
import { EXTENSION, replyEvent, snapshot, testContext } from '../helpers/db';

/** A LockManager as the browser's, for one origin: `ifAvailable` gets null while another holds the name. */
function fakeLocks(): LockLike & { held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    async request<T>(name: string, _opts: { ifAvailable: true }, cb: (lock: unknown) => Promise<T>): Promise<T> {
      if (held.has(name)) return cb(null);
      held.add(name);
      try {
        return await cb({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

describe('one writer at a time across tabs (Web Locks)', () => {
  it('a second writer is refused while the first holds the lock, and runs once it is free', async () => {
    const locks = fakeLocks();
    let release: () => void = () => undefined;
    const first = withWriterLock(() => new Promise<string>((r) => (release = () => r('first'))), locks);
    await Promise.resolve();
    expect(locks.held.has(WRITER_LOCK)).toBe(true);
    await expect(withWriterLock(async () => 'second', locks)).rejects.toBeInstanceOf(WriterBusyError);
    release();
    expect(await first).toBe('first');
    expect(await withWriterLock(async () => 'third', locks)).toBe('third');
  });

  it('a pack import while a restore runs in another tab is refused and changes nothing; the restore is told "busy" the other way round', async () => {
    const locks = fakeLocks();
    const { db } = testContext();
    const { blob } = await exportBackup(db, { now: Date.now(), timeZone: 'WIB' });
    locks.held.add(WRITER_LOCK); // another tab's restore
    const plan = { templateAdds: [], templateUpdates: [], profilePut: null, settingsPatch: { qcGateEnabled: false }, summary: { added: 0, updated: 0, kept: 0, unchanged: 0 }, notes: [] };
    await expect(applyImportPlan(db, plan as never, locks)).rejects.toBeInstanceOf(WriterBusyError);
    expect(await db.settings.count()).toBe(0);
    const res = await restoreBackup(db, blob, { mode: 'replace', locks });
    expect(res).toMatchObject({ ok: false, errors: [{ code: 'busy' }] });
    if (!res.ok) {
      expect(describeFileError(res.errors[0]!, 'id')).toMatch(/Tab Pranata lain/);
      expect(describeFileError(res.errors[0]!, 'en')).toMatch(/Another Pranata tab/);
    }
    locks.held.clear();
    // Free again: the restore runs (and refuses this file for its own reason: a test database's name).
    const again = await restoreBackup(db, blob, { mode: 'replace', locks });
    expect(again).toMatchObject({ ok: false, errors: [{ code: 'wrong-database' }] });
    await applyImportPlan(db, plan as never, locks);
    expect(await db.settings.count()).toBe(1);
  });
});

describe('"Hapus semua riwayat" clears every history table, diagnostics included', () => {
  it('leaves no reply, snapshot, roll-up, watermark or diagnostic behind', async () => {
    const ctx = testContext();
    await ctx.db.replyEvents.add(replyEvent());
    await ctx.db.snapshots.add(snapshot());
    await ctx.db.diagnostics.add({ id: 'd1', platform: 'x', code: 'composer-not-found', area: 'composer', path: '/home', at: 1 });
    await ctx.db.meta.put({ key: 'rollup', value: { rolledThrough: '2026-11-22', timeZone: 'WIB', at: 1 } });
    expect(await routeMessage({ type: 'history.wipe', payload: { confirm: true } }, EXTENSION, ctx)).toMatchObject({ ok: true });
    for (const t of [ctx.db.replyEvents, ctx.db.snapshots, ctx.db.snapshotRollups, ctx.db.replyRollups, ctx.db.diagnostics, ctx.db.meta]) {
      expect(await t.count(), t.name).toBe(0);
    }
  });
});
