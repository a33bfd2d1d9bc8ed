import { describe, expect, it } from 'vitest';
import { installDefaults } from '@/lib/setup/install-defaults';
import { readSettings } from '@/lib/db/settings';
import { STARTER_TEMPLATES } from '@/lib/templates/starter-pack';
import { testContext } from '../helpers/db';

describe('installDefaults', () => {
  it('first run: settings in the browser language and the starter templates', async () => {
    const { db } = testContext();
    expect(await installDefaults(db, { now: 1000, uiLanguage: 'en' })).toEqual({ firstRun: true });
    expect((await readSettings(db)).uiLanguage).toBe('en');
    expect(await db.templates.count()).toBe(STARTER_TEMPLATES.length);
  });

  it('a second run (update, restarted worker) changes nothing and adds no duplicates', async () => {
    const { db } = testContext();
    await installDefaults(db, { now: 1000, uiLanguage: 'id' });
    const first = await db.templates.toArray();
    await db.templates.delete(first[0]?.id ?? '');
    expect(await installDefaults(db, { now: 2000, uiLanguage: 'en' })).toEqual({ firstRun: false });
    expect(await db.templates.count()).toBe(STARTER_TEMPLATES.length - 1);
    expect((await readSettings(db)).uiLanguage).toBe('id');
  });
});
