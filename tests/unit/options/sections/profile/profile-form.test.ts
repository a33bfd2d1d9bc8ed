import { describe, expect, it } from 'vitest';
import { fromForm, newCustomRule, newRulePack, parseLines, parsePairs, toForm, type ProfileForm } from '@/entrypoints/options/sections/profile/profile-form';
import { checkText, defaultProfile, kakProfile, ministryProfile } from '@/lib/style';
import type { SopProfile } from '@/lib/schemas/profile';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const opts = { now: NOW, zone: 'WIB' as const };

function edit(base: SopProfile, change: (f: ProfileForm) => void): ReturnType<typeof fromForm> {
  const form = toForm(base, 'WIB');
  change(form);
  return fromForm(form, base, opts);
}

describe('toForm → fromForm round trip', () => {
  it.each([defaultProfile, ministryProfile, kakProfile])('$name comes back unchanged (but for updatedAt)', (p) => {
    const r = fromForm(toForm(p, 'WIB'), p, opts);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.profile).toEqual({ ...p, updatedAt: NOW });
  });

  it('a profile with packs, custom rules, limits and word lists survives the trip', () => {
    const p: SopProfile = {
      ...ministryProfile,
      lengthLimits: { x: 270, facebook: 1000 },
      officialDomains: ['kemkes.go.id', 'sehatnegeriku.kemkes.go.id'],
      preferredWords: [{ word: 'oknum', replacement: 'petugas' }],
      allowWords: ['sampah'],
      greetings: ['Rahayu'],
      rulePacks: [{ id: 'p1', name: 'Pilkada 2029', from: Date.UTC(2029, 0, 14, 17), to: Date.UTC(2029, 1, 28, 16, 59, 59, 999), words: ['paslon', 'coblos'], severity: 'error', message: 'Masa kampanye' }],
      customRules: [{ id: 'custom.merek', pattern: '\\bmerek\\s+x\\b', flags: 'i', message: 'Jangan sebut merek', severity: 'warning', replacement: 'produk' }],
    };
    const r = fromForm(toForm(p, 'WIB'), p, opts);
    expect(r).toEqual({ ok: true, profile: { ...p, updatedAt: NOW } });
  });
});

describe('fromForm: what the admin types becomes the profile', () => {
  it('word lists: one per line, trimmed, empty lines and repeats (any case) dropped', () => {
    const r = edit(defaultProfile, (f) => {
      f.bannedWords = '  oknum \n\nOknum\nbodong\n';
      f.allowWords = 'sampah\ntunanetra';
    });
    expect(r.ok && r.profile.bannedWords).toEqual(['oknum', 'bodong']);
    expect(r.ok && r.profile.allowWords).toEqual(['sampah', 'tunanetra']);
  });

  it.each([
    ['oknum → petugas', { word: 'oknum', replacement: 'petugas' }],
    ['oknum -> petugas', { word: 'oknum', replacement: 'petugas' }],
    ['oknum = petugas', { word: 'oknum', replacement: 'petugas' }],
    ['cek: periksa', { word: 'cek', replacement: 'periksa' }],
  ])('preferred word "%s"', (line, pair) => {
    const r = edit(defaultProfile, (f) => (f.preferredWords = line));
    expect(r.ok && r.profile.preferredWords).toEqual([pair]);
  });

  it('a preferred-word line without a replacement sign is refused at that field, naming the line', () => {
    const r = edit(defaultProfile, (f) => (f.preferredWords = 'oknum → petugas\njust a word'));
    expect(r).toEqual({ ok: false, errors: { preferredWords: { key: 'profile.error.pairs', params: { lines: '2' } } } });
  });

  it.each<[string, string, (f: ProfileForm) => void]>([
    ['emoji limit not a number', 'emojiLimit', (f) => (f.emojiLimit = 'dua')],
    ['emoji limit above 50', 'emojiLimit', (f) => (f.emojiLimit = '51')],
    ['emoji limit empty', 'emojiLimit', (f) => (f.emojiLimit = '')],
    ['negative X length', 'lengthLimits.x', (f) => (f.lengthLimits.x = '-5')],
    ['profile name empty', 'name', (f) => (f.name = '  ')],
    ['custom address chosen but empty', 'customAddress', (f) => ((f.addressForm = 'custom'), (f.customAddress = ''))],
    ['rule pack without words', 'rulePacks.0.words', (f) => f.rulePacks.push({ ...newRulePack('p', NOW, 'WIB'), name: 'Pemilu' })],
    ['rule pack without a name', 'rulePacks.0.name', (f) => f.rulePacks.push({ ...newRulePack('p', NOW, 'WIB'), words: 'paslon' })],
    ['rule pack ending before it starts', 'rulePacks.0.to', (f) => f.rulePacks.push({ ...newRulePack('p', NOW, 'WIB'), name: 'P', words: 'x', from: '2029-02-01', to: '2029-01-01' })],
    ['custom rule with a bad name', 'customRules.0.name', (f) => f.customRules.push({ ...newCustomRule(), name: 'Merek X', pattern: 'merek', message: 'm' })],
    ['custom rule without a message', 'customRules.0.message', (f) => f.customRules.push({ ...newCustomRule(), name: 'merek', pattern: 'merek' })],
  ])('%s → error at %s, nothing saved', (_name, field, change) => {
    const r = edit(defaultProfile, change);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain(field);
  });

  it.each([
    ['catastrophic backtracking', '(a+)+$'],
    ['does not compile', '(merek'],
    ['matches empty text', 'x*'],
  ])('a custom rule whose pattern %s is refused at the pattern, with the reason in both languages', (_name, pattern) => {
    const r = edit(defaultProfile, (f) => f.customRules.push({ ...newCustomRule(), name: 'uji', pattern, message: 'Pesan' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const err = r.errors['customRules.0.pattern'];
    expect(err && 'msg' in err ? err.msg.id.length > 0 && err.msg.en.length > 0 : false).toBe(true);
  });

  it('a safe custom rule is kept and then flags drafts', () => {
    const r = edit(defaultProfile, (f) => f.customRules.push({ name: 'merek', pattern: '\\bmerek\\s+x\\b', flags: 'i', message: 'Jangan sebut merek', severity: 'error', replacement: '' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.customRules).toEqual([{ id: 'custom.merek', pattern: '\\bmerek\\s+x\\b', flags: 'i', message: 'Jangan sebut merek', severity: 'error' }]);
    const findings = checkText('Kami tidak memakai Merek X di kantor.', r.profile, { platform: 'x', now: NOW });
    expect(findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['custom.merek', 'error']);
  });

  it('rule pack days are whole days in the agency zone: on from 00:00 of the first day to 23:59:59.999 of the last', () => {
    const r = edit(defaultProfile, (f) => f.rulePacks.push({ id: 'pemilu', name: 'Pemilu', from: '2029-01-15', to: '2029-01-16', words: 'paslon', severity: 'error', message: '' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [pack] = r.profile.rulePacks;
    expect(pack?.from).toBe(Date.UTC(2029, 0, 14, 17)); // 00:00 WIB on the 15th
    expect(pack?.to).toBe(Date.UTC(2029, 0, 16, 16, 59, 59, 999)); // 23:59:59.999 WIB on the 16th
    expect(toForm(r.profile, 'WIB').rulePacks[0]).toMatchObject({ from: '2029-01-15', to: '2029-01-16' });
    const during = checkText('Ayo dukung paslon nomor satu.', r.profile, { platform: 'x', now: Date.UTC(2029, 0, 15, 6) });
    const after = checkText('Ayo dukung paslon nomor satu.', r.profile, { platform: 'x', now: Date.UTC(2029, 0, 17, 6) });
    expect(during.map((f) => f.ruleId)).toContain('rule-pack');
    expect(after.map((f) => f.ruleId)).not.toContain('rule-pack');
  });

  it('empty optional fields are left out, not stored empty', () => {
    const r = edit(kakProfile, (f) => ((f.description = ''), (f.hashtagLimit = ''), (f.greetings = '')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('description' in r.profile).toBe(false);
    expect('hashtagLimit' in r.profile).toBe(false);
    expect('greetings' in r.profile).toBe(false);
  });

  it.each<[string, string, number | undefined, boolean]>([
    ['empty: the default 24 jam applies', '', undefined, true],
    ['8 jam (working hours)', '8', 8, true],
    ['48 with spaces', ' 48 ', 48, true],
    ['30 hari, the largest', '720', 720, true],
    ['0 jam', '0', undefined, false],
    ['a year', '8760', undefined, false],
    ['1,5 jam', '1,5', undefined, false],
    ['"24 jam" in words', '24 jam', undefined, false],
  ])('the response target "%s"', (_name, typed, hours, ok) => {
    const r = edit(defaultProfile, (f) => (f.responseTargetHours = typed));
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.profile.responseTargetHours).toBe(hours);
    else expect(r.errors.responseTargetHours).toEqual({ key: 'profile.error.number', params: { min: 1, max: 720 } });
  });

  it('keeps id and creation time of the base, stamps updatedAt', () => {
    const base = { ...defaultProfile, id: 'abc', createdAt: 5, updatedAt: 6 };
    const r = edit(base, (f) => (f.agencyName = 'Dinas Kesehatan Kota Contoh'));
    expect(r.ok && [r.profile.id, r.profile.createdAt, r.profile.updatedAt, r.profile.agencyName]).toEqual(['abc', 5, NOW, 'Dinas Kesehatan Kota Contoh']);
  });
});

describe('parseLines and parsePairs', () => {
  it('handles Windows line ends', () => {
    expect(parseLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(parsePairs('a → b\r\nc → d').pairs).toEqual([{ word: 'a', replacement: 'b' }, { word: 'c', replacement: 'd' }]);
  });
  it('a pair may remove a word (empty replacement)', () => {
    expect(parsePairs('sih →').pairs).toEqual([{ word: 'sih', replacement: '' }]);
  });
});
