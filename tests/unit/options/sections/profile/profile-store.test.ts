import { describe, expect, it } from 'vitest';
import { readActiveProfile, saveActiveProfile, withRuleSetting } from '@/entrypoints/options/sections/profile/profile-store';
import { writeSettings, readSettings } from '@/lib/db/settings';
import { defaultProfile, kakProfile } from '@/lib/style';
import { testContext } from '../../../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);

describe('saveActiveProfile', () => {
  it('with no profile yet, the first edit creates one from the default profile and makes it active', async () => {
    const { db } = testContext();
    expect(await readActiveProfile(db)).toBeNull();
    const saved = await saveActiveProfile(db, (p) => ({ ...p, agencyName: 'Dinas Kominfo Kota Contoh' }), { now: NOW, newId: () => 'new-1' });
    expect(saved).toMatchObject({ id: 'new-1', name: defaultProfile.name, agencyName: 'Dinas Kominfo Kota Contoh', createdAt: NOW, updatedAt: NOW });
    expect((await readSettings(db)).activeProfileId).toBe('new-1');
    expect(await db.profiles.count()).toBe(1);
  });

  it('edits the active profile in place (id and creation time kept)', async () => {
    const { db } = testContext();
    await db.profiles.bulkPut([{ ...defaultProfile, id: 'a' }, { ...kakProfile, id: 'b', createdAt: 7 }]);
    await writeSettings(db, { activeProfileId: 'b' });
    const saved = await saveActiveProfile(db, (p) => withRuleSetting(p, 'slang', { enabled: false }), { now: NOW });
    expect(saved).toMatchObject({ id: 'b', createdAt: 7, updatedAt: NOW, rules: { ...kakProfile.rules, slang: { enabled: false } } });
    expect((await db.profiles.get('a'))?.rules).toEqual({});
    expect(await db.profiles.count()).toBe(2);
  });

  it('an edit that breaks the schema writes nothing', async () => {
    const { db } = testContext();
    await expect(saveActiveProfile(db, (p) => ({ ...p, emojiLimit: -1 }), { now: NOW, newId: () => 'x' })).rejects.toThrow();
    expect(await db.profiles.count()).toBe(0);
    expect((await readSettings(db)).activeProfileId).toBeUndefined();
  });
});

describe('withRuleSetting', () => {
  it.each([
    [{}, { enabled: false }, { enabled: false }],
    [{ enabled: false }, { enabled: true }, undefined],
    [{ enabled: false }, { severity: 'error' as const }, { enabled: false, severity: 'error' }],
    [{ severity: 'info' as const }, { severity: undefined }, undefined],
    [{ enabled: false, severity: 'info' as const }, { enabled: true }, { severity: 'info' }],
  ])('%j + %j → %j', (before, patch, after) => {
    const p = { ...defaultProfile, rules: { slang: before, other: { enabled: false } } };
    const next = withRuleSetting(p, 'slang', patch);
    expect(next.rules.slang).toEqual(after);
    expect(next.rules.other).toEqual({ enabled: false });
    expect(p.rules.slang).toEqual(before);
  });
});
