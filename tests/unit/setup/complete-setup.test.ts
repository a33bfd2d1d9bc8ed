import { describe, expect, it } from 'vitest';
import { readSettings } from '@/lib/db/settings';
import { buildRenderContext } from '@/lib/templates/context';
import { renderTemplate } from '@/lib/templates/render';
import { installDefaults } from '@/lib/setup/install-defaults';
import { completeSetup, parseAccounts, type SetupInput } from '@/lib/setup/complete-setup';
import { exampleProfiles } from '@/lib/style';
import { STARTER_TEMPLATES } from '@/lib/templates/starter-pack';
import { testContext } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 1, 0, 0); // 08.00 WIB, 09.00 WITA

function input(over: Partial<SetupInput> = {}): SetupInput {
  const base = exampleProfiles[0];
  if (!base) throw new Error('no example profiles');
  return {
    agencyName: 'Dinas Komunikasi dan Informatika Kota Contoh',
    uiLanguage: 'id',
    base,
    timeZone: 'WITA',
    accounts: { x: '@HumasKotaContoh', instagram: 'humaskotacontoh, kominfo.kotacontoh', facebook: '' },
    adminSignOff: 'RN',
    ...over,
  };
}

describe('first-run setup', () => {
  it('writes the profile and the settings in one go; the starter templates are there', async () => {
    const { db } = testContext();
    await installDefaults(db, { now: NOW, uiLanguage: 'id' });
    expect((await readSettings(db)).setupDone).toBe(false);
    const { profile, templates } = await completeSetup(db, input(), { now: NOW, newId: () => 'profil-1' });
    const settings = await readSettings(db);
    expect(settings).toMatchObject({ setupDone: true, activeProfileId: 'profil-1', timeZone: 'WITA', adminSignOff: 'RN', uiLanguage: 'id' });
    expect(settings.accounts).toEqual([
      { platform: 'x', handle: 'humaskotacontoh', role: 'own' },
      { platform: 'instagram', handle: 'humaskotacontoh', role: 'own' },
      { platform: 'instagram', handle: 'kominfo.kotacontoh', role: 'own' },
    ]);
    expect(await db.profiles.get('profil-1')).toEqual(profile);
    expect(profile).toMatchObject({ agencyName: 'Dinas Komunikasi dan Informatika Kota Contoh', addressForm: exampleProfiles[0]?.addressForm });
    expect(templates).toBe(STARTER_TEMPLATES.length);

    // A starter template now renders with the agency's persona, zone and sign-off.
    const starter = (await db.templates.toArray()).find((t) => t.starterId === 'sapaan-terima-kasih');
    const text = renderTemplate(starter?.body ?? '', buildRenderContext({ now: NOW, settings, profile })).text;
    // The general profile: no sign-off of its own, so the admin's "RN" becomes "-RN".
    expect(text).toMatch(/^Selamat pagi, Bapak\/Ibu\./);
    expect(text).toMatch(/ -RN$/);
  });

  it('a custom persona replaces the example’s address and persona name', async () => {
    const { db } = testContext();
    const base = exampleProfiles[0];
    if (!base) throw new Error('no example');
    const { profile } = await completeSetup(db, input({ base, custom: { personaName: 'Mimin Kota', addressForm: 'custom', customAddress: 'Dulur' } }), { now: NOW });
    expect(profile).toMatchObject({ personaName: 'Mimin Kota', addressForm: 'custom', customAddress: 'Dulur', nameFallback: 'Dulur' });
    // Installed even when the first-run install was missed.
    expect(await db.templates.count()).toBe(STARTER_TEMPLATES.length);
  });

  it.each<[string, string]>([
    ['humas, kota!', 'kota!'],
    ['@humas/kota', 'humas/kota'],
    ['humas!', 'humas!'],
  ])('refuses "%s": the handle %s is named', (typed, bad) => {
    expect(parseAccounts({ facebook: typed })).toEqual({ ok: false, platform: 'facebook', handle: bad });
  });

  it('writes nothing when a handle is invalid', async () => {
    const { db } = testContext();
    await expect(completeSetup(db, input({ accounts: { x: 'humas!' } }), { now: NOW })).rejects.toThrow(/humas!/);
    expect(await db.profiles.count()).toBe(0);
    expect((await readSettings(db)).setupDone).toBe(false);
  });
});
