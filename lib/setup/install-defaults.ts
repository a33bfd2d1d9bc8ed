import type { PranataDb } from '@/lib/db';
import { readSettings, writeSettings } from '@/lib/db/settings';
import type { UiLanguage } from '@/lib/schemas/common';
import { createStarterTemplates } from '@/lib/templates/starter-pack';

/**
 * First run: the settings row (in the browser's language) and the starter templates.
 * Idempotent: an update, a second call or a restarted service worker changes nothing the
 * admin has set, and never installs the starter pack twice.
 */
export async function installDefaults(
  db: PranataDb,
  opts: { now: number; uiLanguage: UiLanguage; newId?: () => string },
): Promise<{ firstRun: boolean }> {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', [db.settings, db.templates], async () => {
    const existing = await db.settings.get('main');
    if (existing) {
      await readSettings(db);
      return { firstRun: false };
    }
    await writeSettings(db, { uiLanguage: opts.uiLanguage });
    if ((await db.templates.count()) === 0) {
      await db.templates.bulkAdd(createStarterTemplates(opts.now, newId));
    }
    return { firstRun: true };
  });
}
