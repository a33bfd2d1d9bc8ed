import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatDay, formatDuration, formatPercent, NO_VALUE } from '@/lib/engagement/format';
import type { UiLanguage } from '@/lib/schemas/common';
import { DAY, HOUR, MIN, NOW } from './fixtures';

// Intl may put a narrow no-break space between number and unit: compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatCount', () => {
  it.each<[number | null | undefined, UiLanguage, boolean, string]>([
    [1234, 'id', false, '1.234'],
    [1234, 'en', false, '1,234'],
    [1_234_567, 'id', false, '1.234.567'],
    [0, 'id', false, '0'],
    [999, 'id', true, '999'],
    [1234, 'id', true, '1,2 rb'],
    [1234, 'en', true, '1.2K'],
    [1_250_000, 'id', true, '1,3 jt'],
    [1_250_000, 'en', true, '1.3M'],
    [Number.NaN, 'id', false, NO_VALUE],
    [null, 'en', true, NO_VALUE],
    [undefined, 'id', false, NO_VALUE],
  ])('%s (%s, compact %s) → %s', (n, lang, compact, expected) => {
    expect(plain(formatCount(n, lang, { compact }))).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number | null | undefined, UiLanguage, number | undefined, string]>([
    [0.034, 'id', undefined, '3,4%'],
    [0.034, 'en', undefined, '3.4%'],
    [0.5, 'id', undefined, '50%'],
    [0.0004, 'id', undefined, '0,04%'],
    [0.0004, 'en', undefined, '0.04%'],
    [0.8571, 'id', 0, '86%'],
    [1, 'en', undefined, '100%'],
    [Number.POSITIVE_INFINITY, 'id', undefined, NO_VALUE],
    [null, 'id', undefined, NO_VALUE],
  ])('%s (%s) → %s', (value, lang, digits, expected) => {
    expect(plain(formatPercent(value, lang, digits))).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each<[number | null | undefined, string, string]>([
    [0, '0 detik', '0 s'],
    [45_000, '45 detik', '45 s'],
    [59_400, '59 detik', '59 s'],
    [59_600, '1 menit', '1 min'],
    [4 * MIN, '4 menit', '4 min'],
    [4 * MIN + 20_000, '4 menit', '4 min'],
    [59 * MIN + 40_000, '1 jam', '1 h'],
    [HOUR, '1 jam', '1 h'],
    [80 * MIN, '1 jam 20 menit', '1 h 20 min'],
    [23 * HOUR + 59 * MIN, '23 jam 59 menit', '23 h 59 min'],
    [DAY, '1 hari', '1 d'],
    [2 * DAY + 3 * HOUR + 10 * MIN, '2 hari 3 jam', '2 d 3 h'],
    [-1, NO_VALUE, NO_VALUE],
    [Number.NaN, NO_VALUE, NO_VALUE],
    [null, NO_VALUE, NO_VALUE],
  ])('%s ms → "%s" / "%s"', (ms, id, en) => {
    expect(formatDuration(ms, 'id')).toBe(id);
    expect(formatDuration(ms, 'en')).toBe(en);
  });
});

describe('dates', () => {
  it.each<[string, UiLanguage, string]>([
    ['2025-03-05', 'id', '5 Mar'],
    ['2025-05-17', 'id', '17 Mei'],
    ['2025-05-17', 'en', '17 May'],
    ['2025-08-17', 'id', '17 Agu'],
    ['not-a-day', 'id', NO_VALUE],
  ])('formatDay %s (%s) → %s', (day, lang, expected) => {
    expect(formatDay(day, lang)).toBe(expected);
  });

  it('formatDateTime shows the agency’s wall clock', () => {
    expect(plain(formatDateTime(NOW, 'id', 'WIB'))).toBe('5 Mar 2025, 10.30');
    expect(plain(formatDateTime(NOW, 'id', 'WIT'))).toBe('5 Mar 2025, 12.30');
    expect(plain(formatDateTime(NOW, 'en', 'WITA'))).toBe('5 Mar 2025, 11:30');
    expect(formatDateTime(undefined, 'en', 'WIB')).toBe(NO_VALUE);
  });
});
