import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, cleanName, displayNameOf } from '@/lib/templates/name';

const graphemeCount = (s: string) => [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(s)].length;

describe('cleanName', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['plain', 'Siti Rahmawati', 'Siti Rahmawati'],
    ['surrounding and doubled spaces', '  Budi    Santoso  ', 'Budi Santoso'],
    ['no-break and thin spaces', 'Budi\u00A0Santoso\u2009Putra', 'Budi Santoso Putra'],
    ['tab and newline', 'Budi\n\tSantoso', 'Budi Santoso'],
    ['zero-width space inside a word', 'Bu\u200Bdi', 'Budi'],
    ['byte order mark and word joiner', '\uFEFFRina\u2060', 'Rina'],
    ['right-to-left override flipping the name', '\u202Eosotnas idub\u202C', 'osotnas idub'],
    ['isolates around the name', '\u2067Dewi\u2069', 'Dewi'],
    ['Arabic name', 'محمد رضا', 'محمد رضا'],
    ['Hebrew name', 'דוד לוי', 'דוד לוי'],
    ['Vietnamese diacritics kept', 'Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Javanese script kept', 'ꦧꦸꦢꦶ', 'ꦧꦸꦢꦶ'],
    ['emoji only', '😀😀', null],
    ['flags only', '🇮🇩🇮🇩', null],
    ['flag around name', '🇮🇩 Budi 🇮🇩', 'Budi'],
    ['emoji between words', 'Budi🔥Santoso', 'Budi Santoso'],
    ['emoji with skin tone and ZWJ', 'Dewi 👩🏽‍💻', 'Dewi'],
    ['keycap digit', 'Ana 1️⃣', 'Ana'],
    ['sparkles and stars', '✨ Rina ★ ♡', 'Rina'],
    ['styled maths letters', '𝓑𝓾𝓭𝓲 𝓢𝓪𝓷𝓽𝓸𝓼𝓸', 'Budi Santoso'],
    ['full-width letters', 'Ｂｕｄｉ', 'Budi'],
    ['Hangul filler that looks blank', '\u3164', null],
    ['braille blank', '\u2800\u2800', null],
    ['digits only', '081234567890', null],
    ['punctuation only', '...', null],
    ['decorated with tildes', '~Budi~', 'Budi'],
    ['handle with @', '@budi_santoso', 'budi_santoso'],
    ['shouting', 'Budi!!!', 'Budi'],
    ['trailing ellipsis', 'Budi...', 'Budi'],
    ['ellipsis then shouting', 'Budi...!!!', 'Budi'],
    ['initial kept', 'Budi S.', 'Budi S.'],
    ['bracketed unit kept', 'Budi (Humas)', 'Budi (Humas)'],
    ['unmatched bracket dropped', 'Budi)', 'Budi'],
    ['Zalgo marks reduced to two per letter', 'B\u0337\u0336\u0335u\u0335d\u0338i\u0336\u0337\u0335\u0338', 'B\u0337\u0336u\u0335d\u0338i\u0336\u0337'],
    ['empty', '', null],
    ['spaces', '   ', null],
    ['undefined', undefined, null],
    ['null', null, null],
  ])('%s', (_label, raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it.each([
    ['one long word', 'A'.repeat(60), 'A'.repeat(MAX_NAME_LENGTH)],
    [
      'many words: cut at the last space',
      'Muhammad Rizky Pratama Putra Wijaya Kusuma Negara',
      'Muhammad Rizky Pratama Putra Wijaya',
    ],
    ['a short first word and a long second', `Al ${'b'.repeat(80)}`, `Al ${'b'.repeat(MAX_NAME_LENGTH - 3)}`],
    ['emoji are not counted and never split', `${'🙂'.repeat(10)}${'Sri'.repeat(20)}`, 'Sri'.repeat(20).slice(0, MAX_NAME_LENGTH)],
  ])('caps length: %s', (_label, raw, expected) => {
    const out = cleanName(raw);
    expect(out).toBe(expected);
    expect(graphemeCount(out ?? '')).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('never splits a letter from its combining marks when cutting', () => {
    const out = cleanName('e\u0301'.repeat(50)) ?? '';
    expect(graphemeCount(out)).toBe(MAX_NAME_LENGTH);
    expect(out.normalize('NFD').endsWith('e\u0301')).toBe(true);
  });

  it('handles a huge pasted value quickly', () => {
    const start = performance.now();
    expect(cleanName(`Budi${'!'.repeat(100_000)}x`)).toBe('Budi');
    expect(cleanName(`${'.'.repeat(100_000)}`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('displayNameOf: the display name, never a handle', () => {
  it.each<[string, { authorName?: string; authorHandle?: string } | null, string | null]>([
    ['X shows a display name beside the handle', { authorName: 'Siti 🌸 Rahma', authorHandle: 'sitirahma_' }, 'Siti 🌸 Rahma'],
    ['Facebook: the name, the profile slug as handle', { authorName: 'Budi Santoso', authorHandle: 'budi.santoso.123' }, 'Budi Santoso'],
    ['Instagram comment: the link text is the handle', { authorName: 'sitirahma.', authorHandle: 'sitirahma.' }, null],
    ['the handle in another case', { authorName: 'SitiRahma_', authorHandle: 'sitirahma_' }, null],
    ['the handle with its "@"', { authorName: '@dewikopi', authorHandle: 'dewikopi' }, null],
    ['handle-like without a known handle', { authorName: 'warga_123' }, null],
    ['a one-word lowercase name is still a name', { authorName: 'budi', authorHandle: 'budisan' }, 'budi'],
    ['no name read', { authorHandle: 'budisan' }, null],
    ['no target', null, null],
  ])('%s', (_case, target, expected) => {
    expect(displayNameOf(target)).toBe(expected);
  });
});
