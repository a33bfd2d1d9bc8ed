import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import { settingsSchema } from '@/lib/schemas/settings';
import { sopProfileSchema, type RuleSetting, type SopProfile } from '@/lib/schemas/profile';
import { defaultProfile } from '@/lib/style';

/**
 * The active SOP profile in the database: the one settings.activeProfileId names, else the first
 * stored (what the overlay uses too, lib/handlers/overlay-state.ts), else none yet.
 */
export async function readActiveProfile(db: PranataDb): Promise<SopProfile | null> {
  const settings = await readSettings(db);
  const chosen = settings.activeProfileId ? await db.profiles.get(settings.activeProfileId) : undefined;
  return chosen ?? (await db.profiles.toCollection().first()) ?? null;
}

/**
 * Applies an edit to the active profile and stores it, in one transaction. With no profile yet,
 * the edit starts from the default profile under a new id, which becomes the active one: the
 * first edit creates the agency's own profile.
 */
export async function saveActiveProfile(
  db: PranataDb,
  edit: (current: SopProfile) => SopProfile,
  opts: { now: number; newId?: () => string },
): Promise<SopProfile> {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', [db.profiles, db.settings], async () => {
    const current = await readActiveProfile(db);
    const base: SopProfile = current ?? { ...defaultProfile, id: newId(), createdAt: opts.now, updatedAt: opts.now };
    const next = sopProfileSchema.parse({ ...edit(base), id: base.id, createdAt: base.createdAt, updatedAt: opts.now });
    await db.profiles.put(next);
    const settings = await readSettings(db);
    if (settings.activeProfileId !== next.id) {
      await db.settings.put({ key: 'main', value: settingsSchema.parse({ ...settings, activeProfileId: next.id }) });
    }
    return next;
  });
}

/** A rule's switch and severity override; an entry equal to the defaults is dropped. */
export function withRuleSetting(profile: SopProfile, ruleId: string, patch: RuleSetting): SopProfile {
  const merged: RuleSetting = { ...profile.rules[ruleId], ...patch };
  const clean: RuleSetting = {};
  if (merged.enabled === false) clean.enabled = false;
  if (merged.severity !== undefined) clean.severity = merged.severity;
  const rules = { ...profile.rules };
  if (clean.enabled === undefined && clean.severity === undefined) delete rules[ruleId];
  else rules[ruleId] = clean;
  return { ...profile, rules };
}
