import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import { settingsSchema } from '@/lib/schemas/settings';
import { sopProfileSchema } from '@/lib/schemas/profile';
import { templateSchema } from '@/lib/schemas/template';
import type { ImportPlan } from './plan';
import { withWriterLock, type LockLike } from '@/lib/backup/writer-lock';

/**
 * Writes an import plan in one transaction: templates, the profile and the settings all change,
 * or (on any error, a full disk included) none of them does. Every row is validated again on the
 * way in, so a plan can never write something the schemas refuse.
 */
export async function applyImportPlan(db: PranataDb, plan: ImportPlan, locks?: LockLike | null): Promise<void> {
  // One writer at a time across tabs: a restore running elsewhere would erase this import.
  await withWriterLock(() => applyUnlocked(db, plan), locks);
}

async function applyUnlocked(db: PranataDb, plan: ImportPlan): Promise<void> {
  const adds = plan.templateAdds.map((t) => templateSchema.parse(t));
  const profile = plan.profilePut ? sopProfileSchema.parse(plan.profilePut) : null;
  await db.transaction('rw', [db.templates, db.profiles, db.settings], async () => {
    if (adds.length > 0) await db.templates.bulkAdd(adds);
    for (const u of plan.templateUpdates) {
      const current = await db.templates.get(u.id);
      if (!current) continue; // deleted meanwhile: nothing to update
      const next = templateSchema.parse({ ...current, ...u.changes });
      await db.templates.put(next);
    }
    if (profile) await db.profiles.put(profile);
    if (Object.keys(plan.settingsPatch).length > 0) {
      const current = await readSettings(db);
      await db.settings.put({ key: 'main', value: settingsSchema.parse({ ...current, ...plan.settingsPatch }) });
    }
  });
}
