import { describe, expect, it } from 'vitest';
import { sopProfileSchema, type SopProfile } from '@/lib/schemas/profile';
import { DEFAULT_COMPLAINT_CHANNEL, buildRenderContext, fillInitials } from '@/lib/templates/context';
import { renderTemplate } from '@/lib/templates/render';

const NOW = Date.parse('2026-03-02T19:30:00+08:00');

const PROFILE: SopProfile = sopProfileSchema.parse({
  id: 'p1',
  name: 'Pemerintah Provinsi (umum)',
  agencyName: 'Dinas Kominfo Provinsi Sulawesi Selatan',
  personaName: 'Mimin Kominfo',
  addressForm: 'kak',
  nameFallback: 'Kak',
  register: 'semi-formal',
  greetingRequired: true,
  signOff: '^RN',
  emojiLimit: 1,
  lengthLimits: {},
  officialDomains: ['sulselprov.go.id'],
  bannedWords: [],
  preferredWords: [],
  allowWords: [],
  rules: {},
  rulePacks: [],
  customRules: [],
  postsPerDayLimit: 8,
  channels: { complaint: 'https://www.lapor.go.id', ppid: 'https://ppid.sulselprov.go.id', website: 'https://sulselprov.go.id' },
  createdAt: 0,
  updatedAt: 0,
});

const settings = { timeZone: 'WITA' as const, adminSignOff: 'RN' };
const BODY = '{sapaan}, {nama}. {panggilan} | {instansi} | {kanal_pengaduan} | {ppid} | {tautan} | {admin}';

describe('buildRenderContext', () => {
  it('fills from the profile and the settings', () => {
    const ctx = buildRenderContext({ now: NOW, settings, profile: PROFILE, name: 'Andi 🌺' });
    expect(renderTemplate(BODY, ctx)).toEqual({
      text:
        'Selamat malam, Andi. Kak | Dinas Kominfo Provinsi Sulawesi Selatan | https://www.lapor.go.id | ' +
        'https://ppid.sulselprov.go.id | https://sulselprov.go.id | ^RN',
      missing: [],
      unknown: [],
    });
  });

  it.each<[SopProfile['addressForm'], string | undefined, string]>([
    ['anda', undefined, 'Anda'],
    ['bapak-ibu', undefined, 'Bapak/Ibu'],
    ['kak', undefined, 'Kak'],
    ['sobat', undefined, 'Sobat'],
    ['custom', 'Dulur', 'Dulur'],
  ])('address form %s (custom %s) → %s; used as the name fallback when none is set', (addressForm, customAddress, text) => {
    const profile = { ...PROFILE, addressForm, customAddress, nameFallback: '' };
    const ctx = buildRenderContext({ now: NOW, settings, profile });
    expect(ctx.address).toBe(text);
    expect(renderTemplate('{nama}', ctx).text).toBe(text);
  });

  it.each([
    ['^RN', 'RN', '^RN'],
    ['', 'RN', '-RN'],
    ['', '^RN', '^RN'],
    ['', '-Admin', '-Admin'],
    ['', '  ', ''],
  ])('profile sign-off %j, settings %j → {admin} %j', (signOff, adminSignOff, expected) => {
    const ctx = buildRenderContext({ now: NOW, settings: { ...settings, adminSignOff }, profile: { ...PROFILE, signOff } });
    expect(ctx.adminSignOff).toBe(expected);
  });

  it('points complaints to SP4N-LAPOR! when the profile has no complaint channel', () => {
    const profile = { ...PROFILE, channels: { ...PROFILE.channels, complaint: '' } };
    expect(buildRenderContext({ now: NOW, settings, profile }).channels.complaint).toBe(DEFAULT_COMPLAINT_CHANNEL);
  });

  it('without a profile: formal address, channels reported missing rather than guessed', () => {
    const ctx = buildRenderContext({ now: NOW, settings, profile: null });
    const { text, missing } = renderTemplate(BODY, ctx);
    expect(text).toBe('Selamat malam, Bapak/Ibu. Bapak/Ibu | … | https://www.lapor.go.id | … | … | -RN');
    expect(missing).toEqual(['instansi', 'ppid', 'tautan']);
  });

  it('passes the typed fields through', () => {
    const ctx = buildRenderContext({ now: NOW, settings, profile: PROFILE, fields: { nomor_tiket: '42' } });
    expect(renderTemplate('Tiket {isian:nomor_tiket}', ctx).text).toBe('Tiket 42');
  });
});

describe('fillInitials: "{inisial}" in a profile sign-off is the admin on duty', () => {
  it.each([
    ['^{inisial}', 'RN', '^RN'],
    ['^{inisial}', 'rn', '^RN'],
    ['^{inisial}', '-RN', '^RN'],
    ['^{inisial}', 'Rina Novita', '^RN'],
    ['^{inisial}', 'Rina Dewi Novita', '^RDN'],
    ['-{initials}', 'ab', '-AB'],
    ['-Admin', 'RN', '-Admin'],
  ])('%s with "%s" → %s', (signOff, admin, expected) => {
    expect(fillInitials(signOff, admin)).toBe(expected);
  });
});
