import { describe, expect, it } from 'vitest';
import { readableDate, readableWhen } from '@/lib/engagement/format-date';
import { NO_VALUE } from '@/lib/engagement/format';

// 2026-11-23 07:05 UTC = 14:05 WIB, 15:05 WITA, 16:05 WIT.
const AT = Date.UTC(2026, 10, 23, 7, 5, 42);

describe('readable dates (date-fns, Indonesian / English locale, agency zone)', () => {
  it.each([
    ['WIB', 'id', '23 Nov 2026 14.05'],
    ['WITA', 'id', '23 Nov 2026 15.05'],
    ['WIT', 'id', '23 Nov 2026 16.05'],
    ['WIB', 'en', '23 Nov 2026 14:05'],
  ] as const)('%s, %s: %s (no seconds, no ISO)', (zone, lang, expected) => {
    expect(readableWhen(AT, lang, zone)).toBe(expected);
  });

  it.each([
    [Date.UTC(2026, 4, 2, 3), 'id', '2 Mei 2026'],
    [Date.UTC(2026, 4, 2, 3), 'en', '2 May 2026'],
    [Date.UTC(2026, 7, 17, 3), 'id', '17 Agt 2026'],
    [Date.UTC(2026, 11, 31, 18), 'id', '1 Jan 2027'], // 01:00 WIB the next day
  ] as const)('%s → %s: %s', (at, lang, expected) => {
    expect(readableDate(at, lang, 'WIB')).toBe(expected);
  });

  it.each([null, undefined, Number.NaN])('%s → the no-value dash', (at) => {
    expect(readableWhen(at, 'id', 'WIB')).toBe(NO_VALUE);
    expect(readableDate(at, 'en', 'WIB')).toBe(NO_VALUE);
  });
});
