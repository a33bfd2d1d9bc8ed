import type { PranataDb } from '@/lib/db';
import { readSettings, writeSettings } from '@/lib/db/settings';
import type { UiLanguage } from '@/lib/schemas/common';

/**
 * First run: settings row with the browser's language. Idempotent: an update or a second call
 * changes nothing the admin has set.
 */
export async function installDefaults(
  db: PranataDb,
  opts: { now: number; uiLanguage: UiLanguage },
): Promise<{ firstRun: boolean }> {
  const existing = await db.settings.get('main');
  if (existing) {
    await readSettings(db);
    return { firstRun: false };
  }
  await writeSettings(db, { uiLanguage: opts.uiLanguage });
  return { firstRun: true };
}
