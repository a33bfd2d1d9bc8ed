import { describe, expect, it } from 'vitest';
import { buildSetupProfile } from '@/lib/setup/complete-setup';
import { checkText, exampleProfiles } from '@/lib/style';
import { buildRenderContext } from '@/lib/templates/context';
import { listFields } from '@/lib/templates/parse';
import { renderTemplate } from '@/lib/templates/render';
import { STARTER_TEMPLATES } from '@/lib/templates/starter-pack';

// Every starter as it reads right after the setup wizard, with the wizard's own defaults: each
// example persona, an agency name, the admin's initials; nothing typed on the profile page yet.
const NOW = Date.parse('2026-03-02T09:30:00+07:00');
const FIELDS: Record<string, string> = {
  jam_layanan: 'Senin–Jumat pukul 08.00–16.00 WIB',
  nama_layanan: 'pembuatan KTP-el',
  nomor_tiket: '2026031234567',
  isu: 'Bantuan tunai Rp5 juta untuk semua pemilik KTP',
  fakta: 'Bantuan hanya untuk keluarga penerima manfaat yang terdaftar di DTKS',
  jawaban: 'Pembuatan KTP-el tidak dipungut biaya dan dapat dilakukan di kantor kecamatan.',
  nama_libur: 'Idulfitri',
  tanggal_buka: 'Senin, 30 Maret 2026',
};
// The channels the wizard does not ask for: the palette lists them as missing, never invents them.
const NOT_ASKED = new Set(['{tautan}', '{ppid}']);

const cases = exampleProfiles.flatMap((base) => {
  const profile = buildSetupProfile(
    { agencyName: 'Dinas Komunikasi dan Informatika Kota Contoh', uiLanguage: 'id', base, timeZone: 'WIB', accounts: {}, adminSignOff: 'RN' },
    NOW,
    () => 'profil',
  );
  return STARTER_TEMPLATES.map((t) => [base.name, t.starterId, profile, t] as const);
});

describe.each(cases)('%s: %s after the wizard', (_persona, _id, profile, starter) => {
  const fields = Object.fromEntries(listFields(starter.body).map((f) => [f.name, FIELDS[f.name] ?? '']));
  const { text, missing } = renderTemplate(starter.body, buildRenderContext({ now: NOW, settings: { timeZone: 'WIB', adminSignOff: 'RN' }, profile, fields }));

  it('names each channel once (no "SP4N-LAPOR! di SP4N-LAPOR!")', () => {
    for (const name of ['SP4N-LAPOR!', 'PPID', 'https://www.lapor.go.id']) {
      expect(text.split(name).length - 1, `${name} in: ${text}`).toBeLessThanOrEqual(starter.body.split(name).length - 1 || 1);
    }
    // No word repeated back to back ("melalui melalui", "PPID PPID").
    expect(text).not.toMatch(/\b(\p{L}{3,})\s+\1\b/iu);
  });

  it('is missing only the channels the wizard does not ask for', () => {
    expect(missing.map((m) => `{${m}}`).filter((m) => !NOT_ASKED.has(m))).toEqual([]);
  });

  const check = (t: string) =>
    checkText(t, profile, { platform: 'x', now: NOW, lang: 'id', context: { category: starter.category } })
      .filter((f) => f.severity !== 'info')
      // Known checker gap (told to the lib/style owner): the ministry's required greeting is not
      // recognised after a hoax label line ("[HOAKS] …\n\nSelamat pagi, …"), the label-first form
      // the hoax clarification SOP asks for.
      .filter((f) => !(f.ruleId === 'greeting-missing' && /^\[[A-Z]+\]/.test(t)))
      .map((f) => `${f.ruleId}: ${t.slice(f.start, f.end)}`);

  it('scores clean in the checker once the channels the wizard does not ask for are set', () => {
    const full = { ...profile, channels: { ...profile.channels, website: 'https://kotacontoh.go.id', ppid: 'https://ppid.kotacontoh.go.id' } };
    const filled = renderTemplate(starter.body, buildRenderContext({ now: NOW, settings: { timeZone: 'WIB', adminSignOff: 'RN' }, profile: full, fields })).text;
    expect(check(filled)).toEqual([]);
  });

  it('with the bare wizard defaults, the only finding is the missing official link of a hoax clarification', () => {
    expect(check(text).filter((f) => !(f.startsWith('hoax-source') && missing.includes('tautan')))).toEqual([]);
  });
});
