import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import type { SopProfile } from '@/lib/schemas/profile';
import { dayKey } from '@/lib/engagement/days';
import { buildPack, packFileName, packToJson } from './build';
import type { LocalState } from './preview';

/** What the preview compares a pack with: read in one transaction, so it is one consistent state. */
export async function readLocalState(db: PranataDb): Promise<LocalState> {
  return db.transaction('r', [db.templates, db.profiles, db.settings], async () => {
    const [templates, profiles, settings] = await Promise.all([db.templates.toArray(), db.profiles.toArray(), readSettings(db)]);
    return { templates, profiles, settings };
  });
}

/** The active profile (or the first one, as the overlay does when none is marked active). */
export async function activeProfile(db: PranataDb): Promise<SopProfile | null> {
  const settings = await readSettings(db);
  const byId = settings.activeProfileId ? await db.profiles.get(settings.activeProfileId) : undefined;
  return byId ?? (await db.profiles.toCollection().first()) ?? null;
}

export type ExportResult = { ok: true; json: string; fileName: string; templates: number } | { ok: false; reason: 'no-profile' };

/** The pack file of this browser's SOP: active profile, rule settings, word lists, all templates. */
export async function exportPack(db: PranataDb, opts: { now: number; appVersion: string }): Promise<ExportResult> {
  return db.transaction('r', [db.templates, db.profiles, db.settings], async () => {
    const profile = await activeProfile(db);
    if (!profile) return { ok: false, reason: 'no-profile' } as const;
    const [templates, settings] = await Promise.all([db.templates.toArray(), readSettings(db)]);
    const pack = buildPack({ profile, templates, settings, now: opts.now, appVersion: opts.appVersion });
    return {
      ok: true,
      json: packToJson(pack),
      fileName: packFileName(profile.agencyName, dayKey(opts.now, settings.timeZone)),
      templates: templates.length,
    } as const;
  });
}
