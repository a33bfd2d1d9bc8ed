import '../unit/pack/file-reader';
import { it } from 'vitest';
import { exportBackup, restoreBackup, scanBackupBlob } from '@/lib/backup';
import { DB_NAME, PranataDb } from '@/lib/db';
import { buildPack, packToJson, parsePackText, previewPack, readLocalState } from '@/lib/pack';
import { replyEvent, snapshot, testContext } from '../unit/helpers/db';
import { NOW, agencyProfile, agencyTemplates } from '../unit/pack/fixtures';
import type { Template } from '@/lib/schemas/template';
import { printTable, round } from './report';

// Handover costs against fake-indexeddb (slower than a browser's IndexedDB; the relative sizes
// matter): a backup of a heavy history, its raw-text scan, a full restore, and a large pack's
// parse and preview. Numbers only, no timing asserts.

const ms = (t0: number) => round(performance.now() - t0, 0);

it('prints backup, restore and pack numbers', async () => {
  const rows: Record<string, string | number>[] = [];
  for (const history of [2_000, 20_000]) {
    const source = new PranataDb(DB_NAME);
    await source.delete();
    await source.open();
    await source.profiles.add(agencyProfile());
    await source.templates.bulkAdd(agencyTemplates());
    await source.snapshots.bulkAdd(Array.from({ length: history }, (_, i) => snapshot({ at: NOW - i * 60_000, postId: `1850000000${100000 + (i % 500)}` })));
    await source.replyEvents.bulkAdd(Array.from({ length: history / 4 }, (_, i) => replyEvent({ at: NOW - i * 120_000 })));
    let t0 = performance.now();
    const { blob } = await exportBackup(source, { now: NOW, timeZone: 'WIB' });
    const exportMs = ms(t0);
    t0 = performance.now();
    const scan = await scanBackupBlob(blob);
    const scanMs = ms(t0);
    if (!scan.ok) throw new Error('scan failed');
    const { db } = testContext();
    t0 = performance.now();
    const res = await restoreBackup(db, blob, { mode: 'replace' });
    const restoreMs = ms(t0);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    const total = history + history / 4;
    rows.push({ case: `backup, ${total} history rows`, 'file MB': round(blob.size / 1e6, 1), 'export ms': exportMs, 'scan ms': scanMs, 'restore ms': restoreMs, 'restore rows/s': round((total / restoreMs) * 1000, 0) });
    source.close();
  }
  printTable('Full backup (dexie-export-import, validated restore)', rows);

  const many: Template[] = Array.from({ length: 1000 }, (_, i) => ({
    ...(agencyTemplates()[i % 18] as Template),
    id: `t-${i}`,
    title: `Template ${i}`,
    shortcut: `/t-${i}`,
    starterId: undefined,
  }));
  const json = packToJson(buildPack({ profile: agencyProfile(), templates: many, settings: { checkerEnabled: true, qcGateEnabled: true }, now: NOW, appVersion: '0.1.0' }));
  let t0 = performance.now();
  const parsed = parsePackText(json);
  const parseMs = ms(t0);
  if (!parsed.ok) throw new Error('parse failed');
  const { db } = testContext();
  await db.templates.bulkAdd(many.slice(0, 500));
  const local = await readLocalState(db);
  t0 = performance.now();
  const preview = previewPack(parsed.value, local);
  const previewMs = ms(t0);
  printTable('SOP pack with 1000 templates', [{ 'file kB': round(json.length / 1024, 0), 'parse+validate ms': parseMs, 'preview vs 500 local ms': previewMs, same: preview.counts.same, new: preview.counts.new }]);
});
