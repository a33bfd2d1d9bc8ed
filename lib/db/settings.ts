import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/schemas/settings';
import type { PranataDb } from './index';

/** Settings with defaults filled in; a stored row that no longer validates falls back field by field. */
export async function readSettings(db: PranataDb): Promise<Settings> {
  const row = await db.settings.get('main');
  return mergeSettings(row?.value);
}

export function mergeSettings(stored: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Keep every field that is still valid, reset the ones that are not.
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse((merged as Record<string, unknown>)[key]);
    if (field.success) out[key] = field.data;
  }
  return settingsSchema.parse(out);
}

export async function writeSettings(db: PranataDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readSettings(db);
    const next = settingsSchema.parse({ ...current, ...patch });
    await db.settings.put({ key: 'main', value: next });
    return next;
  });
}
