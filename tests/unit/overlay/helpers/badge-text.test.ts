import { describe, expect, it } from 'vitest';
import { badgeText, previousSnapshot } from '@/entrypoints/overlay.content/helpers/badge-text';
import type { Counts } from '@/lib/schemas/snapshot';

const NOW = Date.UTC(2026, 10, 23, 7, 30); // 14:30 WIB
const ex = (v: Partial<Record<keyof Counts, number>>, exact = true): Counts =>
  Object.fromEntries(Object.entries(v).map(([k, value]) => [k, { value, exact }])) as Counts;

describe('post badge text', () => {
  it.each<[string, Parameters<typeof badgeText>[0], string, string]>([
    [
      'by followers and by views, id',
      { counts: ex({ likes: 553, replies: 48, reposts: 152, views: 30142 }), followers: { value: 12345, exact: true }, previous: { at: Date.UTC(2026, 10, 23, 7, 5), counts: ex({ likes: 540, replies: 48, reposts: 150 }) }, lang: 'id', timeZone: 'WIB', now: NOW },
      '753 interaksi · 6,1% dari 12.345 pengikut · 2,5% dari 30.142 tayangan',
      '+15 interaksi sejak 14.05',
    ],
    [
      'by views only (no follower count yet), en',
      { counts: ex({ likes: 553, replies: 48, reposts: 152, views: 30142 }), followers: null, previous: null, lang: 'en', timeZone: 'WIB', now: NOW },
      '753 interactions · 2.5% of 30,142 views',
      'first snapshot',
    ],
    [
      'no denominator at all: says why, never 0 %',
      { counts: ex({ likes: 101, replies: 12, reposts: 30 }), followers: null, previous: null, lang: 'id', timeZone: 'WIB', now: NOW },
      '143 interaksi · tingkat keterlibatan –: jumlah pengikut belum diketahui (buka profil akun)',
      'rekaman pertama',
    ],
    [
      'compact readings are marked approximate; a drop shows a minus; an older day shows the date',
      { counts: ex({ likes: 8800, reposts: 1000, replies: 310 }, false), followers: { value: 12300, exact: false }, previous: { at: Date.UTC(2026, 10, 20, 2, 0), counts: ex({ likes: 9000, reposts: 1000, replies: 310 }) }, lang: 'id', timeZone: 'WIB', now: NOW },
      '≈10.110 interaksi · ≈82,2% dari 12.300 pengikut',
      '≈−200 interaksi sejak 20 Nov',
    ],
    [
      'unchanged',
      { counts: ex({ likes: 7, replies: 1, views: 212 }), followers: null, previous: { at: Date.UTC(2026, 10, 23, 6, 0), counts: ex({ likes: 7, replies: 1 }) }, lang: 'en', timeZone: 'WIB', now: NOW },
      '8 interactions · 3.8% of 212 views',
      '±0 interactions since 13:00',
    ],
  ])('%s', (_name, input, rate, change) => {
    expect(badgeText(input)).toEqual({ rate, change });
  });

  it('measures the change from the snapshot before the one this page just recorded', () => {
    const rows = [
      { id: 'mine', at: 3 },
      { id: 'older', at: 2 },
    ];
    expect(previousSnapshot(rows, 'mine')?.id).toBe('older');
    expect(previousSnapshot(rows, undefined)?.id).toBe('mine');
    expect(previousSnapshot([{ id: 'mine', at: 3 }], 'mine')).toBeNull();
  });
});
