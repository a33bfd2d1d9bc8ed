import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainCount, plainPercent, plainShortWhen } from '@/lib/engagement/format-plain';
import { formatCount, formatPercent } from '@/lib/engagement/format-number';
import type { TimeZoneId, UiLanguage } from '@/lib/schemas/common';

const LANGS: UiLanguage[] = ['id', 'en'];
const ZONES: Record<TimeZoneId, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/** The Intl version the badges used before (and the dashboard still uses): the reference. */
function intlShortWhen(at: number, now: number, zone: TimeZoneId, lang: UiLanguage): string {
  const timeZone = ZONES[zone];
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const options: Intl.DateTimeFormatOptions =
    day.format(at) === day.format(now) ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone } : { day: 'numeric', month: 'short', timeZone };
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', options).format(at);
}

describe('badge numbers without Intl', () => {
  it.each<[number, UiLanguage, string]>([
    [0, 'id', '0'],
    [7, 'en', '7'],
    [12345, 'id', '12.345'],
    [12345, 'en', '12,345'],
    [1234567.5, 'id', '1.234.568'],
    [999.5, 'en', '1,000'],
    [30142, 'id', '30.142'],
    [2_596_467_000, 'en', '2,596,467,000'],
  ])('plainCount(%d, %s) = %s', (n, lang, text) => {
    expect(plainCount(n, lang)).toBe(text);
  });

  it.each<[number, UiLanguage, string]>([
    [0.061, 'id', '6,1%'],
    [0.025, 'en', '2.5%'],
    [0.0004, 'id', '0,04%'],
    [0.00125, 'en', '0.13%'],
    [0.0145, 'id', '1,5%'], // the shortest decimal 0.0145 rounds up, as Intl does
    [0.822, 'id', '82,2%'],
    [12.3456, 'id', '1.234,6%'],
    [0.5, 'en', '50%'],
    [1e-7, 'en', '0%'],
    [0.00995, 'id', '1%'], // 0,995 % rounds to 1,00 → "1%"
  ])('plainPercent(%d, %s) = %s', (f, lang, text) => {
    expect(plainPercent(f, lang)).toBe(text);
  });

  it('says "–" where there is no number, like the dashboard', () => {
    for (const lang of LANGS) {
      expect(plainCount(null, lang)).toBe('–');
      expect(plainCount(Number.NaN, lang)).toBe('–');
      expect(plainPercent(undefined, lang)).toBe('–');
      expect(plainPercent(Number.POSITIVE_INFINITY, lang)).toBe('–');
    }
  });

  it('writes every count exactly as Intl does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.integer({ min: 0, max: 1e15 }), fc.double({ min: 0, max: 1e9, noNaN: true })), fc.constantFrom(...LANGS), (n, lang) => {
        expect(plainCount(n, lang)).toBe(formatCount(n, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every rate exactly as Intl does (interactions over followers or views)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5_000_000 }), fc.integer({ min: 1, max: 50_000_000 }), fc.constantFrom(...LANGS), (num, den, lang) => {
        expect(plainPercent(num / den, lang)).toBe(formatPercent(num / den, lang));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(...LANGS), (f, lang) => {
        expect(plainPercent(f, lang)).toBe(formatPercent(f, lang));
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // 3000 Intl formats: seconds on a busy 2-core machine
});

describe('badge times without Intl', () => {
  const NOW = Date.UTC(2026, 10, 23, 7, 30); // 14:30 WIB
  it.each<[number, TimeZoneId, UiLanguage, string]>([
    [Date.UTC(2026, 10, 23, 0, 5), 'WIB', 'id', '07.05'],
    [Date.UTC(2026, 10, 22, 16, 59), 'WIB', 'id', '22 Nov'], // 23:59 WIB the day before
    [Date.UTC(2026, 10, 22, 16, 59), 'WIT', 'en', '01:59'], // already the 23rd in Jayapura
    [Date.UTC(2026, 8, 3, 7, 5), 'WITA', 'en', '3 Sept'],
    [Date.UTC(2026, 7, 17, 3, 0), 'WIB', 'id', '17 Agu'],
  ])('plainShortWhen(%i, %s, %s) = %s', (at, zone, lang, text) => {
    expect(plainShortWhen(at, NOW, zone, lang)).toBe(text);
  });

  it('gives what Intl gives with the zone data, in all three zones', () => {
    const t = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    fc.assert(
      fc.property(t, fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.constantFrom<TimeZoneId>('WIB', 'WITA', 'WIT'), fc.constantFrom(...LANGS), (at, ago, zone, lang) => {
        // Half of the cases on the same day as "now".
        const now = ago % 2 === 0 ? at + (ago % 3_600_000) : at + ago;
        expect(plainShortWhen(at, now, zone, lang)).toBe(intlShortWhen(at, now, zone, lang));
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // 3000 Intl formats: seconds on a busy 2-core machine
});
