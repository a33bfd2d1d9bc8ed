import { describe, expect, it } from 'vitest';
import { writeSettings } from '@/lib/db/settings';
import { applyImportPlan, exportPack, parsePackText, planImport, previewPack, readLocalState } from '@/lib/pack';
import { testContext } from '../helpers/db';
import { NOW, agencyProfile, agencyTemplates, idMaker } from './fixtures';

const content = ({ favorite: _f, usageCount: _u, lastUsedAt: _l, ...rest }: Record<string, unknown>) => rest;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('SOP pack round trip', () => {
  it('export → wipe → import gives back the same templates, profile and checker switches', async () => {
    const { db } = testContext();
    const profile = agencyProfile();
    const templates = agencyTemplates();
    await db.profiles.add(profile);
    await db.templates.bulkAdd(templates);
    await writeSettings(db, { activeProfileId: profile.id, qcGateEnabled: false });

    const exported = await exportPack(db, { now: NOW, appVersion: '0.1.0' });
    if (!exported.ok) throw new Error('export failed');
    expect(exported.fileName).toBe('pranata-sop-dinas-komunikasi-dan-informatika-kota-contoh-2026-11-23.json');
    expect(exported.templates).toBe(templates.length);

    await db.transaction('rw', [db.templates, db.profiles], async () => {
      await db.templates.clear();
      await db.profiles.clear();
    });
    await writeSettings(db, { activeProfileId: undefined, qcGateEnabled: true });

    const parsed = parsePackText(exported.json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.fromVersion).toBe(2);
    const preview = previewPack(parsed.value, await readLocalState(db));
    expect(preview.counts).toEqual({ new: templates.length, same: 0, change: 0, conflict: 0 });
    expect(preview.profile.status).toBe('new');
    const plan = planImport(preview, { global: 'replace', perItem: {}, activate: true }, { now: NOW, newId: idMaker() });
    await applyImportPlan(db, plan);

    expect(byId(await db.templates.toArray()).map(content)).toEqual(byId(templates).map(content));
    // Usage belongs to the admin who used them: a colleague starts from zero.
    expect((await db.templates.toArray()).every((t) => t.usageCount === 0 && !t.favorite)).toBe(true);
    expect(await db.profiles.toArray()).toEqual([profile]);
    const settings = (await db.settings.get('main'))?.value;
    expect(settings?.activeProfileId).toBe(profile.id);
    expect(settings?.qcGateEnabled).toBe(false);
  });

  it('importing the same pack again changes nothing', async () => {
    const { db } = testContext();
    const profile = agencyProfile();
    await db.profiles.add(profile);
    await db.templates.bulkAdd(agencyTemplates());
    await writeSettings(db, { activeProfileId: profile.id });
    const exported = await exportPack(db, { now: NOW, appVersion: '0.1.0' });
    if (!exported.ok) throw new Error('export failed');
    const parsed = parsePackText(exported.json);
    if (!parsed.ok) throw new Error('parse failed');
    const before = await readLocalState(db);
    const preview = previewPack(parsed.value, before);
    expect(preview.counts.same).toBe(before.templates.length);
    expect(preview.profile.status).toBe('same');
    const plan = planImport(preview, { global: 'merge', perItem: {}, activate: true }, { now: NOW, newId: idMaker() });
    expect(plan.templateAdds).toEqual([]);
    expect(plan.templateUpdates).toEqual([]);
    expect(plan.profilePut).toBeNull();
    await applyImportPlan(db, plan);
    expect(await readLocalState(db)).toEqual(before);
  });

  it('refuses to export without a profile', async () => {
    const { db } = testContext();
    expect(await exportPack(db, { now: NOW, appVersion: '0.1.0' })).toEqual({ ok: false, reason: 'no-profile' });
  });
});
