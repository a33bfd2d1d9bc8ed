import { describe, expect, it } from 'vitest';
import {
  addDayKeys,
  dayKey,
  dayStart,
  daysFromTo,
  ianaZone,
  monthBounds,
  monthKey,
  rangeBounds,
  startOfDayAt,
  type RangeId,
  type ZoneInput,
} from '@/lib/engagement/days';
import { pruneOlderThan, retentionCutoff, rollupCutoff } from '@/lib/engagement/retention';
import { dayKeySchema } from '@/lib/schemas/rollup';
import { NOW, wib } from './fixtures';

describe('dayKey around local midnight', () => {
  it.each<[string, number, ZoneInput, string]>([
    ['WIB 23:59:59.999', Date.UTC(2025, 2, 4, 16, 59, 59, 999), 'WIB', '2025-03-04'],
    ['WIB 00:00:00.000', Date.UTC(2025, 2, 4, 17, 0, 0, 0), 'WIB', '2025-03-05'],
    ['WITA 23:59:59.999', Date.UTC(2025, 2, 4, 15, 59, 59, 999), 'WITA', '2025-03-04'],
    ['WITA 00:00:00.000', Date.UTC(2025, 2, 4, 16, 0, 0, 0), 'WITA', '2025-03-05'],
    ['WIT 23:59:59.999', Date.UTC(2025, 2, 4, 14, 59, 59, 999), 'WIT', '2025-03-04'],
    ['WIT 00:00:00.000', Date.UTC(2025, 2, 4, 15, 0, 0, 0), 'WIT', '2025-03-05'],
    // One instant, three answers: 23:30 in Jakarta is already tomorrow in Makassar and Jayapura.
    ['16:30Z in WIB (23:30)', Date.UTC(2025, 2, 4, 16, 30), 'WIB', '2025-03-04'],
    ['16:30Z in WITA (00:30)', Date.UTC(2025, 2, 4, 16, 30), 'WITA', '2025-03-05'],
    ['16:30Z in WIT (01:30)', Date.UTC(2025, 2, 4, 16, 30), 'WIT', '2025-03-05'],
    ['New Year in Jakarta before UTC', Date.UTC(2024, 11, 31, 17, 0), 'WIB', '2025-01-01'],
    ['leap day', Date.UTC(2024, 1, 28, 17, 0), 'WIB', '2024-02-29'],
    ['an IANA name works too', Date.UTC(2025, 2, 4, 17, 0), 'Asia/Jakarta', '2025-03-05'],
    ['UTC', Date.UTC(2025, 2, 4, 23, 59), 'UTC', '2025-03-04'],
  ])('%s → %s', (_name, at, zone, expected) => {
    expect(dayKey(at, zone)).toBe(expected);
    expect(dayKeySchema.safeParse(expected).success).toBe(true);
  });

  it('the per-slot cache never leaks one zone into another', () => {
    const at = Date.UTC(2025, 2, 4, 16, 30);
    expect([dayKey(at, 'WIB'), dayKey(at, 'WIT'), dayKey(at, 'WIB'), dayKey(at + 1, 'WITA')]).toEqual([
      '2025-03-04',
      '2025-03-05',
      '2025-03-04',
      '2025-03-05',
    ]);
  });

  it('rejects a zone the runtime does not know', () => {
    expect(() => ianaZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => dayKey(NOW, 'Asia/Jakrta')).toThrow(RangeError);
  });

  it.each<[ZoneInput, number]>([
    ['WIB', Date.UTC(2025, 2, 4, 17)],
    ['WITA', Date.UTC(2025, 2, 4, 16)],
    ['WIT', Date.UTC(2025, 2, 4, 15)],
  ])('local midnight in %s', (zone, midnight) => {
    expect(startOfDayAt(NOW, zone)).toBe(midnight);
    expect(dayStart('2025-03-05', zone)).toBe(midnight);
  });

  it('day key arithmetic crosses months, years and leap days', () => {
    expect(addDayKeys('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDayKeys('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDayKeys('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysFromTo('2025-02-27', '2025-03-02')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(daysFromTo('2025-03-02', '2025-03-01')).toEqual([]);
  });

  it('month key follows the zone', () => {
    expect(monthKey(Date.UTC(2025, 1, 28, 16, 30), 'WIB')).toBe('2025-02');
    expect(monthKey(Date.UTC(2025, 1, 28, 16, 30), 'WITA')).toBe('2025-03');
  });
});

describe('rangeBounds (now = Wed 5 March 2025, 10:30 WIB)', () => {
  it.each<[RangeId, ZoneInput, number, number, string, string]>([
    ['today', 'WIB', wib(2025, 3, 5), 1, '2025-03-05', '2025-03-05'],
    ['7d', 'WIB', wib(2025, 2, 27), 7, '2025-02-27', '2025-03-05'],
    ['30d', 'WIB', wib(2025, 2, 4), 30, '2025-02-04', '2025-03-05'],
    ['90d', 'WIB', wib(2024, 12, 6), 90, '2024-12-06', '2025-03-05'],
    ['today', 'WIT', Date.UTC(2025, 2, 4, 15), 1, '2025-03-05', '2025-03-05'],
    ['7d', 'WITA', Date.UTC(2025, 1, 26, 16), 7, '2025-02-27', '2025-03-05'],
  ])('%s in %s', (range, zone, from, length, first, last) => {
    const bounds = rangeBounds(range, NOW, zone);
    expect(bounds.from).toBe(from);
    expect(bounds.to).toBe(NOW);
    expect(bounds.days).toHaveLength(length);
    expect(bounds.days[0]).toBe(first);
    expect(bounds.days.at(-1)).toBe(last);
    expect(new Set(bounds.days).size).toBe(length);
  });

  it.each<[string, number, number, string]>([
    ['one second after midnight', wib(2025, 3, 5, 0, 0, 1), wib(2025, 3, 5), '2025-03-05'],
    ['exactly midnight starts the new day', wib(2025, 3, 5), wib(2025, 3, 5), '2025-03-05'],
    ['one millisecond before midnight', wib(2025, 3, 5) - 1, wib(2025, 3, 4), '2025-03-04'],
  ])('today %s', (_name, now, from, day) => {
    expect(rangeBounds('today', now, 'WIB')).toEqual({ from, to: now, days: [day] });
  });

  it('monthBounds: a past month is whole, the current one is cut at now, a future one is empty', () => {
    const feb = monthBounds('2025-02', NOW, 'WIB');
    expect(feb.from).toBe(wib(2025, 2, 1));
    expect(feb.to).toBe(wib(2025, 3, 1) - 1);
    expect(feb.days).toHaveLength(28);
    const march = monthBounds('2025-03', NOW, 'WIB');
    expect(march).toEqual({ from: wib(2025, 3, 1), to: NOW, days: daysFromTo('2025-03-01', '2025-03-05') });
    expect(monthBounds('2025-04', NOW, 'WIB').days).toEqual([]);
    expect(() => monthBounds('2025-13', NOW, 'WIB')).toThrow(RangeError);
  });
});

describe('retention and roll-up cutoffs', () => {
  it('finished days are those before today', () => {
    expect(rollupCutoff(NOW, 'WIB')).toEqual({ day: '2025-03-05', at: wib(2025, 3, 5) });
    expect(rollupCutoff(NOW, 'WIT')).toEqual({ day: '2025-03-05', at: Date.UTC(2025, 2, 4, 15) });
  });

  it.each<[number, string]>([
    [90, '2024-12-06'],
    [7, '2025-02-27'],
    [1, '2025-03-05'],
    [0, '2025-03-05'], // never past today: today's raw rows are not rolled yet
    [365, '2024-03-06'],
  ])('retentionDays %i keeps raw rows from %s on', (days, day) => {
    expect(retentionCutoff(NOW, 'WIB', days)).toEqual({ day, at: dayStart(day, 'WIB') });
  });

  it('pruneOlderThan splits at local midnight of the first kept day', () => {
    const rows = [
      { id: 'a', at: wib(2025, 2, 26, 23, 59, 59, 999) },
      { id: 'b', at: wib(2025, 2, 27) },
      { id: 'c', at: NOW },
    ];
    const result = pruneOlderThan(rows, { now: NOW, timeZone: 'WIB', retentionDays: 7 });
    expect(result.drop.map((r) => r.id)).toEqual(['a']);
    expect(result.keep.map((r) => r.id)).toEqual(['b', 'c']);
    expect(result.cutoff.day).toBe('2025-02-27');
  });
});
