import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRelativeTime, type RelativeTimeZone } from '@/lib/platforms/relative-time';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Thu 3 Dec 2026, 09:00 WIB = 10:00 WITA = 11:00 WIT. */
const NOW = Date.parse('2026-12-03T02:00:00Z');
/** 23:30 WIB on 2 Dec, but already 00:30 WITA / 01:30 WIT on 3 Dec: a day boundary between zones. */
const LATE = Date.parse('2026-12-02T16:30:00Z');
/** 08:00 WIB on 1 Jan 2027: dates without a year in December are last year's. */
const NEW_YEAR = Date.parse('2027-01-01T01:00:00Z');

type Case = [text: string, lang: 'id' | 'en', zone: RelativeTimeZone, now: number, at: string | number, resolution: number];

/** `at` as an ISO instant, or as an offset from `now` (ms, negative = before). */
const CASES: Case[] = [
  // Ages, Indonesian (issue 14's list; Facebook/Instagram short forms)
  ['baru saja', 'id', 'WIB', NOW, 0, MIN],
  ['Baru saja', 'id', 'WIT', NOW, 0, MIN],
  ['5 dtk', 'id', 'WIB', NOW, -5 * SEC, SEC],
  ['5 detik', 'id', 'WITA', NOW, -5 * SEC, SEC],
  ['5 mnt', 'id', 'WIB', NOW, -5 * MIN, MIN],
  ['5 menit', 'id', 'WIT', NOW, -5 * MIN, MIN],
  ['35m', 'id', 'WIB', NOW, -35 * MIN, MIN],
  ['2 j', 'id', 'WIB', NOW, -2 * HOUR, HOUR],
  ['2j', 'id', 'WITA', NOW, -2 * HOUR, HOUR],
  ['2 jam', 'id', 'WIT', NOW, -2 * HOUR, HOUR],
  ['3 h', 'id', 'WIB', NOW, -3 * DAY, DAY],
  ['3 hari', 'id', 'WITA', NOW, -3 * DAY, DAY],
  ['1 mgg', 'id', 'WIB', NOW, -WEEK, WEEK],
  ['2 minggu', 'id', 'WIT', NOW, -2 * WEEK, WEEK],
  ['2 bln', 'id', 'WIB', NOW, -60 * DAY, 30 * DAY],
  ['2 thn', 'id', 'WIB', NOW, -730 * DAY, 365 * DAY],
  ['1 tahun', 'id', 'WITA', NOW, -365 * DAY, 365 * DAY],
  // Ages, English
  ['Just now', 'en', 'WIB', NOW, 0, MIN],
  ['5s', 'en', 'WIB', NOW, -5 * SEC, SEC],
  ['5m', 'en', 'WITA', NOW, -5 * MIN, MIN],
  ['5 mins', 'en', 'WIT', NOW, -5 * MIN, MIN],
  ['2h', 'en', 'WIB', NOW, -2 * HOUR, HOUR],
  ['2 hr', 'en', 'WIB', NOW, -2 * HOUR, HOUR],
  ['2 hrs', 'en', 'WITA', NOW, -2 * HOUR, HOUR],
  ['3d', 'en', 'WIB', NOW, -3 * DAY, DAY],
  ['1w', 'en', 'WIT', NOW, -WEEK, WEEK],
  ['8w', 'en', 'WIB', NOW, -8 * WEEK, WEEK],
  ['2y', 'en', 'WIB', NOW, -730 * DAY, 365 * DAY],
  // Label tails ("… 5 menit yang lalu" / "… a day ago"; kirana, comment fixtures, scraper-v53)
  ['Komentar oleh Sinta Dewi 5 menit yang lalu', 'id', 'WIB', NOW, -5 * MIN, MIN],
  ['Comment by Sinta Dewi 3 menit yang lalu', 'id', 'WITA', NOW, -3 * MIN, MIN],
  ['Balasan oleh Andi 2 jam lalu', 'id', 'WIB', NOW, -2 * HOUR, HOUR],
  ['Komentar oleh Budi sehari yang lalu', 'id', 'WIT', NOW, -DAY, DAY],
  ['Komentar oleh Budi beberapa detik yang lalu', 'id', 'WIB', NOW, 0, MIN],
  ['Comment by Gabe 5 minutes ago', 'en', 'WIB', NOW, -5 * MIN, MIN],
  ['Comment by Ben Howard a day ago', 'en', 'WIB', NOW, -DAY, DAY],
  ['Comment by Gabe a few seconds ago', 'en', 'WITA', NOW, 0, MIN],
  ['Comment by Pham Thiện 8 weeks ago', 'en', 'WIB', NOW, -8 * WEEK, WEEK],
  ['Reply by Ana Putri 1m', 'en', 'WIT', NOW, -MIN, MIN],
  ['a day ago', 'en', 'WIB', NOW, -DAY, DAY],
  ['an hour ago', 'en', 'WIB', NOW, -HOUR, HOUR],
  // Yesterday with a clock time, in each zone (the local day decides "yesterday")
  ['Kemarin pukul 15.15', 'id', 'WIB', NOW, '2026-12-02T08:15:00Z', MIN],
  ['Kemarin pukul 15.15', 'id', 'WITA', NOW, '2026-12-02T07:15:00Z', MIN],
  ['Kemarin pukul 15.15', 'id', 'WIT', NOW, '2026-12-02T06:15:00Z', MIN],
  ['Kemarin pukul 15:15', 'id', 'WIB', NOW, '2026-12-02T08:15:00Z', MIN],
  ['Yesterday at 3:15 PM', 'en', 'WIB', NOW, '2026-12-02T08:15:00Z', MIN],
  ['Yesterday at 12:05 AM', 'en', 'WIB', NOW, '2026-12-01T17:05:00Z', MIN],
  ['Yesterday at 12:30 PM', 'en', 'WITA', NOW, '2026-12-02T04:30:00Z', MIN],
  ['Kemarin', 'id', 'WIB', NOW, '2026-12-02T05:00:00Z', DAY],
  // Day boundary: at 16:30Z it is still 2 Dec in WIB but already 3 Dec in WITA and WIT
  ['Kemarin pukul 23.00', 'id', 'WIB', LATE, '2026-12-01T16:00:00Z', MIN],
  ['Kemarin pukul 23.00', 'id', 'WITA', LATE, '2026-12-02T15:00:00Z', MIN],
  ['Kemarin pukul 23.00', 'id', 'WIT', LATE, '2026-12-02T14:00:00Z', MIN],
  ['2 Desember pukul 08.00', 'id', 'WIB', LATE, '2026-12-02T01:00:00Z', MIN],
  ['2 Desember pukul 08.00', 'id', 'WIT', LATE, '2026-12-01T23:00:00Z', MIN],
  // Dates, Indonesian month names (full and short)
  ['27 Agustus pukul 15.15', 'id', 'WIB', NOW, '2026-08-27T08:15:00Z', MIN],
  ['27 Agustus pukul 15.15', 'id', 'WIT', NOW, '2026-08-27T06:15:00Z', MIN],
  ['27 Agu', 'id', 'WIB', NOW, '2026-08-27T05:00:00Z', DAY],
  ['27 Agustus 2025', 'id', 'WIB', NOW, '2025-08-27T05:00:00Z', DAY],
  ['27 Agustus 2025 pukul 07.05', 'id', 'WITA', NOW, '2025-08-26T23:05:00Z', MIN],
  ['1 Januari', 'id', 'WIB', NOW, '2026-01-01T05:00:00Z', DAY],
  ['14 Feb', 'id', 'WIB', NOW, '2026-02-14T05:00:00Z', DAY],
  ['5 Mei', 'id', 'WITA', NOW, '2026-05-05T04:00:00Z', DAY],
  ['17 Okt', 'id', 'WIT', NOW, '2026-10-17T03:00:00Z', DAY],
  ['30 Nov 2024', 'id', 'WIB', NOW, '2024-11-30T05:00:00Z', DAY],
  // Today's date: noon not reached yet, so "now"; tomorrow's date without a year is last year's
  ['3 Des', 'id', 'WIB', NOW, NOW, DAY],
  ['4 Des', 'id', 'WIB', NOW, '2025-12-04T05:00:00Z', DAY],
  // New year: December without a year is last year
  ['31 Des', 'id', 'WIB', NEW_YEAR, '2026-12-31T05:00:00Z', DAY],
  ['31 Desember pukul 23.59', 'id', 'WIB', NEW_YEAR, '2026-12-31T16:59:00Z', MIN],
  ['Kemarin pukul 20.00', 'id', 'WIB', NEW_YEAR, '2026-12-31T13:00:00Z', MIN],
  // Dates, English month names
  ['August 27 at 3:15 PM', 'en', 'WIB', NOW, '2026-08-27T08:15:00Z', MIN],
  ['Aug 27', 'en', 'WITA', NOW, '2026-08-27T04:00:00Z', DAY],
  ['August 27, 2025', 'en', 'WIB', NOW, '2025-08-27T05:00:00Z', DAY],
  ['27 August 2025', 'en', 'WIT', NOW, '2025-08-27T03:00:00Z', DAY],
  ['December 25, 2025 at 9:00 AM', 'en', 'WIB', NOW, '2025-12-25T02:00:00Z', MIN],
  ['Sept 9', 'en', 'WIB', NOW, '2026-09-09T05:00:00Z', DAY],
  // A full date with its weekday (the older markup's time-link label)
  ['Kamis, 20 November 2025 pukul 09.15', 'id', 'WIB', NOW, '2025-11-20T02:15:00Z', MIN],
  ['Thursday, November 20, 2025 at 9:15 AM', 'en', 'WIB', NOW, '2025-11-20T02:15:00Z', MIN],
  // No-break space (X and Facebook put U+00A0 between number and unit) and a middle dot after it
  ['2\u00a0j ·', 'id', 'WIB', NOW, -2 * HOUR, HOUR],
];

const NULLS: [string, 'id' | 'en'][] = [
  ['', 'id'],
  ['hello', 'en'],
  ['Suka', 'id'],
  ['12', 'id'],
  ['5 kucing', 'id'],
  ['2 hours', 'id'], // English words on an Indonesian page are not read as Indonesian units
  ['3 hari', 'en'],
  ['1000000 mnt', 'id'],
  ['31 Februari', 'id'],
  ['32 Agustus', 'id'],
  ['27 Agustus pukul 25.00', 'id'],
  ['27 Agustus pukul 15.75', 'id'],
  ['Kemarin pukul siang', 'id'],
  ['Yesterday at 13:15 PM', 'en'],
  ['27 Agustus 2099', 'id'], // a date in the future with its year
  ['27 Smarch', 'en'],
  ['Komentar oleh Budi', 'id'],
  ['Comment by Gabe', 'en'],
  ['Reply by Agent 47', 'en'],
  ['Lihat 3 komentar sebelumnya', 'id'],
  ['2.345 suka', 'id'],
  ['40 thn', 'id'], // before 2004

];

describe('parseRelativeTime', () => {
  it.each(CASES)('%s (%s, %s)', (text, lang, zone, now, at, resolution) => {
    const want = typeof at === 'string' ? Date.parse(at) : at === NOW && now === NOW ? NOW : now + at;
    expect(parseRelativeTime(text, lang, now, zone)).toEqual({ at: want, resolutionMs: resolution });
  });

  it('has at least 60 table cases over both languages and the three zones', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['id', 'en']) for (const zone of ['WIB', 'WITA', 'WIT']) expect(CASES.some((c) => c[1] === lang && c[2] === zone)).toBe(true);
  });

  it.each(NULLS)('%j (%s) is not a time', (text, lang) => {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) expect(parseRelativeTime(text, lang, NOW, zone)).toBeNull();
  });

  it('never gives a date after now, nor one before Facebook existed (2004), for any text', () => {
    const words = fc.constantFrom(
      'baru', 'saja', 'kemarin', 'pukul', 'yesterday', 'at', 'ago', 'yang', 'lalu', 'jam', 'j', 'h', 'mnt', 'menit', 'm', 'd', 'w', 'y',
      'Agustus', 'Agu', 'Des', 'August', 'Feb', 'PM', 'AM', 'Komentar', 'oleh', 'a', 'day', 'se', 'hari', ',', '·',
    );
    const token = fc.oneof(words, fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 6 }), fc.constantFrom('15.15', '3:15', '24.00', '00.00'));
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 7 }).map((t) => t.join(' ')),
        fc.constantFrom<'id' | 'en'>('id', 'en'),
        fc.constantFrom<RelativeTimeZone>('WIB', 'WITA', 'WIT'),
        fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') }),
        (text, lang, zone, now) => {
          const r = parseRelativeTime(text, lang, now, zone);
          if (r === null) return true;
          return r.at <= now && r.at >= Date.parse('2004-02-04T00:00:00Z') && r.resolutionMs > 0 && Number.isFinite(r.at);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives null for random text that holds no digit and no time word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[qxzvbkfgQXZ ]{0,20}$/), fc.constantFrom<'id' | 'en'>('id', 'en'), (text, lang) => parseRelativeTime(text, lang, NOW, 'WIB') === null),
      { numRuns: 500 },
    );
  });

  it('reads an age as the same span before any clock, in any zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 59 }), fc.integer({ min: Date.parse('2010-01-01T00:00:00Z'), max: 2 ** 42 }), fc.constantFrom<RelativeTimeZone>('WIB', 'WITA', 'WIT'), (n, now, zone) => {
        const r = parseRelativeTime(`${n} mnt`, 'id', now, zone);
        return r !== null && r.at === now - n * MIN && r.resolutionMs === MIN;
      }),
    );
  });
});
