import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SopProfile } from '@/lib/schemas/profile';
import { applyReplacement, exampleProfiles, scoreFindings } from '@/lib/style';
import type { Finding } from '@/lib/style';
import { platformLength } from '@/lib/text/length';
import { CORPUS_PROFILES } from './corpus/profiles';
import { check } from './helpers';

// Pieces that reach every engine, mixed with noise: emoji sequences, combining marks, RTL text and
// controls, HTML, characters whose lower case is longer (İ), lone surrogates.
const PIECES = [
  'gak', 'udah', 'Silahkan', 'di-download', 'mendownload', 'kamu', 'Lo', 'anda', 'kak', 'bapak/ibu',
  'NIK 3201012305900001', 'KK 3201012305120004', '0812-3456-7890', '+62 813 1234 5678', 'budi@gmail.com',
  'RT 01/RW 02', 'bit.ly/x', 'https://kemkes.go.id/a?b=1', 'www.contoh.com', 'lapor.go.id.', '[HOAKS]',
  '[DISINFORMASI]', 'pengaduan', 'permohonan informasi', '{nama}', '{isian:x|Label}', '#Tagar', '@akun',
  'goblok-goblok', 'dibodohi', 'Dasar sampah!', 'Anjing!', 'b4ngsat', 'MOHON MAAF', 'PENTING', '!!!', '?!',
  'Rp. 5.000', 'Rp2.000', 'sama sama', 'hati2', 'coblos nomor', 'orang cacat', 'tuna netra', 'Cina', '-Admin',
  '^RN', '🙏', '👨‍👩‍👧', '🇮🇩', '👍🏽', 'e\u0301', 'مرحبا بكم', 'שלום', '\u202E', '\u200D', '\uFEFF', '<b>tebal</b>',
  '<script>alert(1)</script>', '&amp;', 'İstanbul', 'ß', 'ﬁ', '\uD800', '\uDC00', '\n', '\r\n', '\t', ' ', '.', '',
];

const piece = fc.constantFrom(...PIECES);
const draft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(' ')),
  fc.array(piece, { maxLength: 200 }).map((parts) => parts.join('')),
);

const profiles: SopProfile[] = [...exampleProfiles, CORPUS_PROFILES.strict, CORPUS_PROFILES.police];
const platforms = ['x', 'facebook', 'instagram'] as const;

function assertSound(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(typeof f.message.id).toBe('string');
    expect(typeof f.message.en).toBe('string');
    for (const r of f.replacements) {
      expect(typeof r).toBe('string');
      expect(typeof applyReplacement(text, f, r)).toBe('string');
    }
  }
  const score = scoreFindings(findings, text);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
}

describe('fuzz: any text gives sound findings and never throws', () => {
  it('random drafts, every shipped profile, every platform', () => {
    fc.assert(
      fc.property(draft, fc.nat(profiles.length - 1), fc.constantFrom(...platforms), fc.constantFrom<'id' | 'en'>('id', 'en'), (text, pi, platform, lang) => {
        const profile = profiles[pi] ?? profiles[0];
        if (!profile) return;
        assertSound(text, check(text, profile, { platform, lang, context: { category: 'pengaduan' } }));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('long drafts up to 20,000 characters', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 500, maxLength: 4000 }), fc.constantFrom(...platforms), (parts, platform) => {
        const text = parts.join(' ').slice(0, 20_000);
        assertSound(text, check(text, CORPUS_PROFILES.strict, { platform }));
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('a fix never moves text outside the finding', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const f of check(text, exampleProfiles[0] ?? CORPUS_PROFILES.default, { platform: 'facebook' })) {
          const r = f.replacements[0];
          if (r === undefined || r === '') continue;
          const fixed = applyReplacement(text, f, r);
          expect(fixed.slice(0, f.start)).toBe(text.slice(0, f.start));
          expect(fixed.slice(f.start + r.length)).toBe(text.slice(f.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the length rule agrees with the platform count (its shortcuts never skip an overflow)', () => {
    const unit = fc.constantFrom('a', 'b ', '. ', '.id', 'lapor.go.id ', 'https://kemkes.go.id/a ', '漢', '한', '🙏', '👨‍👩‍👧', 'é', '\u2013', ' ');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 100, maxLength: 320 }), fc.constantFrom(...platforms), (parts, platform) => {
        const text = parts.join('');
        const limit = { x: 280, facebook: 8000, instagram: 2200 }[platform];
        const flagged = check(text, CORPUS_PROFILES.default, { platform }).some((f) => f.ruleId === 'length-limit');
        expect(flagged).toBe(platformLength(text, platform) > limit);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
