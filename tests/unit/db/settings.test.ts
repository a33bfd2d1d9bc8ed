import { describe, expect, it } from 'vitest';
import { mergeSettings, readSettings, writeSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { testContext } from '../helpers/db';

describe('settings', () => {
  it.each<[string, unknown, Partial<typeof DEFAULT_SETTINGS>]>([
    ['nothing stored', undefined, {}],
    ['a string', 'garbage', {}],
    ['valid partial', { timeZone: 'WIT' }, { timeZone: 'WIT' }],
    ['one bad field among good ones', { timeZone: 'PST', adminSignOff: 'RN' }, { adminSignOff: 'RN' }],
    ['interval out of range', { snapshotIntervalMinutes: 0 }, {}],
    ['unknown language', { uiLanguage: 'fr', setupDone: true }, { setupDone: true }],
  ])('merge: %s', (_name, stored, expected) => {
    expect(mergeSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('writes a patch and reads it back; a bad patch is refused and changes nothing', async () => {
    const { db } = testContext();
    await writeSettings(db, { timeZone: 'WITA', accounts: [{ platform: 'x', handle: '@HumasKota'.replace('@', ''), role: 'own' }] });
    expect((await readSettings(db)).accounts).toEqual([{ platform: 'x', handle: 'humaskota', role: 'own' }]);
    await expect(writeSettings(db, { retentionDays: 1 })).rejects.toThrow();
    expect((await readSettings(db)).timeZone).toBe('WITA');
    expect((await readSettings(db)).retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
  });
});
