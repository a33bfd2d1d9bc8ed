import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import { duplicateTemplate } from './template-form';

/**
 * The options page writes templates straight into the database (an extension page, same origin
 * as the background). Open platform tabs pick the change up the next time they get focus.
 */

/** Every template, live. */
export function useTemplates(): Template[] | undefined {
  return useLiveQuery(() => getDb().templates.toArray(), []);
}

/** The SOP profile the overlay uses (the chosen one, else the first), live; null when there is none. */
export function useActiveProfile(): SopProfile | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const settings = await readSettings(db);
    const chosen = settings.activeProfileId ? await db.profiles.get(settings.activeProfileId) : undefined;
    return chosen ?? (await db.profiles.toCollection().first()) ?? null;
  }, []);
}

export async function saveTemplate(t: Template): Promise<void> {
  await getDb().templates.put(t);
}

/** Deletes a template and hands it back, so "Undo" can put it back exactly as it was. */
export async function deleteTemplate(id: string): Promise<Template | undefined> {
  const db = getDb();
  return db.transaction('rw', db.templates, async () => {
    const row = await db.templates.get(id);
    if (row) await db.templates.delete(id);
    return row;
  });
}

export async function restoreTemplate(t: Template): Promise<void> {
  await getDb().templates.put(t);
}

export async function setFavorite(id: string, favorite: boolean): Promise<void> {
  await getDb().templates.update(id, { favorite, updatedAt: Date.now() });
}

/** Saves a copy of the template to adapt (see duplicateTemplate) and returns it. */
export async function saveCopy(t: Template, suffix: string): Promise<Template> {
  const copy = duplicateTemplate(t, { id: crypto.randomUUID(), now: Date.now(), suffix });
  await saveTemplate(copy);
  return copy;
}
