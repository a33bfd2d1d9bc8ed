import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customRuleSchema } from '@/lib/schemas/profile';
import { isCustomRuleShape } from '@/lib/style/validate-custom-rule';
import type { CustomRule } from '@/lib/schemas/profile';
import { applyReplacement, checkText, defaultProfile, kakProfile, scoreFindings, validateCustomRule } from '@/lib/style';
import type { Finding } from '@/lib/style';
import { baseCandidates, matchCase, meN } from '@/lib/style/morphology';
import { normalizeWord } from '@/lib/style/normalize';
import { NOW, profileWith } from './helpers';

const finding = (severity: Finding['severity'], start = 0, end = 1): Finding => ({
  ruleId: 'slang',
  severity,
  start,
  end,
  message: { id: 'x', en: 'x' },
  replacements: [],
});

describe('checkText', () => {
  it('returns nothing for an empty or blank draft', () => {
    expect(checkText('', defaultProfile, { platform: 'x', now: NOW })).toEqual([]);
    expect(checkText('   \n ', defaultProfile, { platform: 'x', now: NOW })).toEqual([]);
  });

  it('sorts findings by position and gives UTF-16 offsets', () => {
    const text = '🙏🙏 udah gak';
    const f = checkText(text, defaultProfile, { platform: 'facebook', now: NOW });
    expect(f.map((x) => x.ruleId)).toEqual(['emoji-limit', 'slang', 'slang']);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['🙏', 'udah', 'gak']);
    expect(f[1]?.start).toBe(5);
  });

  it('honours rule switches and severity overrides from the profile', () => {
    const text = 'Udah kami terima.';
    expect(checkText(text, profileWith({ rules: { slang: { enabled: false } } }), { platform: 'x', now: NOW })).toEqual([]);
    const [f] = checkText(text, profileWith({ rules: { slang: { severity: 'error' } } }), { platform: 'x', now: NOW });
    expect(f?.severity).toBe('error');
  });

  it('switches a rule pack on and off by date', () => {
    const profile = profileWith({
      rulePacks: [{ id: 'p', name: 'Pemilu', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 14), words: ['Partai Maju'], severity: 'error' }],
    });
    const text = 'Selamat kepada Partai Maju.';
    expect(checkText(text, profile, { platform: 'x', now: Date.UTC(2026, 0, 20) }).map((f) => f.ruleId)).toEqual(['rule-pack']);
    expect(checkText(text, profile, { platform: 'x', now: Date.UTC(2026, 2, 1) })).toEqual([]);
    expect(checkText(text, profile, { platform: 'x', now: Date.UTC(2026, 0, 20) }).map((f) => f.ruleId)).toEqual(['rule-pack']);
  });

  it('sees an edited profile (a new object) at once', () => {
    const text = 'Itu ulah oknum.';
    const before = profileWith({});
    expect(checkText(text, before, { platform: 'x', now: NOW })).toEqual([]);
    const after = { ...before, bannedWords: ['oknum'] };
    expect(checkText(text, after, { platform: 'x', now: NOW }).map((f) => f.ruleId)).toEqual(['banned-word']);
  });

  it('skips Indonesian word rules on an English draft but keeps personal data and links', () => {
    const text = 'Please download the form at bit.ly/form and do not share NIK 3201012305900001.';
    const ids = checkText(text, defaultProfile, { platform: 'x', now: NOW, lang: 'en' }).map((f) => f.ruleId);
    expect(ids).toEqual(['link-shortener', 'personal-nik']);
  });

  it('reads the reply kind from the template category', () => {
    const text = 'Informasi tersebut tidak benar.';
    expect(checkText(text, defaultProfile, { platform: 'x', now: NOW })).toEqual([]);
    const ids = checkText(text, defaultProfile, { platform: 'x', now: NOW, context: { category: 'klarifikasi-hoaks' } }).map((f) => f.ruleId);
    expect(ids).toEqual(['hoax-source']);
  });

  it('uses the persona for suggestions: the Kak persona gets "Kak"', () => {
    const [f] = checkText('Halo gan, sudah kami cek. ^RN', kakProfile, { platform: 'x', now: NOW });
    expect(f?.replacements).toEqual(['Kak']);
  });
});

describe('scoreFindings', () => {
  it.each([
    ['no findings', [], 'Terima kasih.', 100],
    ['one error', [finding('error')], 'x'.repeat(100), 75],
    ['one warning, short text', [finding('warning')], 'x'.repeat(100), 92],
    ['one warning, long text weighs less', [finding('warning')], 'x'.repeat(2800), 97],
    ['info notes are capped', Array.from({ length: 20 }, () => finding('info')), 'x', 90],
    ['never below 0', Array.from({ length: 10 }, () => finding('error')), 'x', 0],
  ] as const)('%s → %d', (_n, findings, text, score) => {
    expect(scoreFindings([...findings], text)).toBe(score);
  });

  it('ranks a draft with a NIK below one with slang', () => {
    const nik = checkText('NIK 3201012305900001 sudah aktif.', defaultProfile, { platform: 'x', now: NOW });
    const slang = checkText('Udah aktif ya.', defaultProfile, { platform: 'x', now: NOW });
    expect(scoreFindings(nik, 'NIK 3201012305900001 sudah aktif.')).toBeLessThan(scoreFindings(slang, 'Udah aktif ya.'));
  });
});

describe('applyReplacement', () => {
  it.each([
    ['replaces the range', 'Udah kami terima.', 0, 4, 'Sudah', 'Sudah kami terima.'],
    ['drops a word and its space before punctuation', 'Sudah kok, silakan.', 6, 9, '', 'Sudah, silakan.'],
    ['drops a word at the end', 'Sudah dibuka kok.', 13, 16, '', 'Sudah dibuka.'],
    ['drops a sentence-opening word and capitalises the next', 'Kok belum ya?', 0, 3, '', 'Belum ya?'],
    ['inserts at an empty range', 'Terima kasih.', 13, 13, ' -Admin', 'Terima kasih. -Admin'],
    ['clamps a stale range', 'Pendek', 3, 99, 'X', 'PenX'],
    ['clamps negative offsets', 'Pendek', -5, 0, 'X', 'XPendek'],
  ])('%s', (_n, text, start, end, replacement, expected) => {
    expect(applyReplacement(text, { start, end }, replacement)).toBe(expected);
  });
});

describe('validateCustomRule', () => {
  const rule = (pattern: string, flags = 'i'): CustomRule => ({
    id: 'custom.uji',
    pattern,
    flags,
    message: 'Uji',
    severity: 'warning',
  });

  it.each([
    '\\b(?:aqua|indomie)\\b',
    '\\bnomor\\s+\\d+',
    '(?:wk)+',
    'bit\\.ly/\\S+',
    '\\b[a-z]+@[a-z]+\\.com\\b',
    '\\bpak\\s+(?:bupati|wali\\s+kota)\\b',
    '\\d{16}',
  ])('accepts %s', (pattern) => {
    expect(validateCustomRule(rule(pattern))).toEqual({ ok: true });
  }, 20_000);

  it.each([
    ['catastrophic nesting', '(a+)+$'],
    ['overlapping alternation', '(a|a)*b'],
    ['nested word groups', '^(\\w+\\s?)*$'],
    ['repeated wildcards', 'a.*b.*c'],
    ['quadratic scan over long runs', '[a-z]+@[a-z]+\\.com'],
    ['does not compile', '(unclosed'],
    ['matches empty text', 'x*'],
  ])('refuses %s', (_n, pattern) => {
    const t0 = performance.now();
    const verdict = validateCustomRule(rule(pattern));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.reason.id.length).toBeGreaterThan(10);
      expect(verdict.reason.en.length).toBeGreaterThan(10);
    }
    // the analysis is bounded: it never hangs the options page
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 20_000);

  it.each([
    ['a bad id', { ...rule('x'), id: 'sebut-merek' }],
    ['a g flag', { ...rule('x'), flags: 'g' }],
    ['not an object', 'x'],
  ])('refuses %s', (_n, value) => {
    expect(validateCustomRule(value).ok).toBe(false);
  });
});

describe('isCustomRuleShape agrees with customRuleSchema (kept apart to keep zod out of the content script)', () => {
  const field = <T,>(good: fc.Arbitrary<T>) => fc.oneof(good, fc.constant(undefined), fc.integer(), fc.string({ maxLength: 5 }));
  const candidate = fc.record(
    {
      id: field(fc.constantFrom('custom.ok', 'custom.a-1', 'custom.', 'Custom.x', 'custom.' + 'x'.repeat(41), 'custom.x_y')),
      pattern: field(fc.constantFrom('a', '\\bx\\b', '', '(', 'x'.repeat(300), 'x'.repeat(301))),
      flags: field(fc.constantFrom('', 'i', 'imu', 'g', 'iiii', 'u')),
      message: field(fc.constantFrom('Pesan', '   ', '', ' Pesan ', 'x'.repeat(300), 'x'.repeat(301))),
      severity: field(fc.constantFrom('error', 'warning', 'info', 'fatal')),
      replacement: field(fc.constantFrom('ganti', '', 'x'.repeat(200), 'x'.repeat(201))),
    },
    { requiredKeys: [] },
  );

  it('on generated objects', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        // the schema also requires the pattern to compile; the validator checks that itself
        const schemaOk = customRuleSchema.safeParse(value).success;
        const shapeOk = isCustomRuleShape(value);
        if (schemaOk) expect(shapeOk).toBe(true);
        if (shapeOk && !schemaOk) expect(() => new RegExp(String(value.pattern), 'u')).toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('morphology', () => {
  it.each([
    ['unduh', 'mengunduh'],
    ['unggah', 'mengunggah'],
    ['bagikan', 'membagikan'],
    ['perbarui', 'memperbarui'],
    ['periksa', 'memeriksa'],
    ['teruskan', 'meneruskan'],
    ['kirim', 'mengirim'],
    ['cetak', 'mencetak'],
    ['sapu', 'menyapu'],
    ['ikuti', 'mengikuti'],
    ['lapor', 'melapor'],
    ['cek', 'mengecek'],
    ['pindai', 'memindai'],
    ['tingkatkan', 'meningkatkan'],
  ])('meN(%s) = %s', (base, form) => {
    expect(meN(base)).toBe(form);
  });

  it.each([
    ['dibodohi', 'bodoh'],
    ['membodohi', 'bodoh'],
    ['kebodohan', 'bodoh'],
    ['menipu', 'tipu'],
    ['penipuan', 'tipu'],
    ['menyapu', 'sapu'],
    ['mengusir', 'usir'],
    ['mengkritik', 'kritik'],
    ['bangsatnya', 'bangsat'],
    ['ditololin', 'tolol'],
    ['berantakan', 'antak'],
  ])('baseCandidates(%s) holds %s', (word, base) => {
    expect(baseCandidates(word)).toContain(base);
  });

  it.each([
    ['pantai', 'tai'],
    ['petai', 'tai'],
    ['medan', 'edan'],
    ['masuk', 'asu'],
  ])('baseCandidates(%s) does not make up %s', (word, insult) => {
    expect(baseCandidates(word)).not.toContain(insult);
  });

  it.each([
    ['gak', 'tidak', 'tidak'],
    ['Gak', 'tidak', 'Tidak'],
    ['GAK', 'tidak', 'TIDAK'],
    ['anda', 'Anda', 'Anda'],
    ['februari', 'Februari', 'Februari'],
    ['X', 'tidak', 'Tidak'],
  ])('matchCase(%s, %s) = %s', (original, replacement, expected) => {
    expect(matchCase(original, replacement)).toBe(expected);
  });

  it.each([
    ['gobloookkk', 'goblok'],
    ['b4ngsat', 'bangsat'],
    ['wkwkwkwk', 'wkwk'],
    ['hahaha', 'haha'],
    ['maaf', 'maaf'],
    ['saat', 'saat'],
    ['covid19', 'covidi9'],
  ])('normalizeWord(%s) = %s', (word, plain) => {
    expect(normalizeWord(word)).toBe(plain);
  });
});
