import { describe, expect, it } from 'vitest';
import { countDelta } from '@/lib/engagement/delta';
import { engagementRate, interactionsOf, primaryRate } from '@/lib/engagement/rates';
import type { Counts } from '@/lib/schemas/snapshot';
import { exact } from './fixtures';

describe('interactionsOf', () => {
  it.each<[string, Counts, { value: number; exact: boolean; known: boolean }]>([
    ['likes + replies + reposts', exact({ likes: 120, replies: 14, reposts: 9 }), { value: 143, exact: true, known: true }],
    ['bookmarks and views are not interactions', exact({ likes: 5, bookmarks: 40, views: 9000 }), { value: 5, exact: true, known: true }],
    ['only views: unknown', exact({ views: 9000 }), { value: 0, exact: true, known: false }],
    ['nothing read', {}, { value: 0, exact: true, known: false }],
    [
      'a compact count makes the sum approximate',
      { likes: { value: 1200, exact: false }, replies: { value: 31, exact: true } },
      { value: 1231, exact: false, known: true },
    ],
    ['zeros are known', exact({ likes: 0, replies: 0, reposts: 0 }), { value: 0, exact: true, known: true }],
  ])('%s', (_name, counts, expected) => {
    expect(interactionsOf(counts)).toEqual(expected);
  });
});

describe('engagementRate', () => {
  it.each<[string, Counts, number | undefined, { denominator: string; value: number; exact: boolean }[]]>([
    [
      'by followers and by views',
      exact({ likes: 150, replies: 30, reposts: 20, views: 10_000 }),
      25_000,
      [
        { denominator: 'followers', value: 0.008, exact: true },
        { denominator: 'views', value: 0.02, exact: true },
      ],
    ],
    ['followers only (Facebook shows no views)', exact({ likes: 48, replies: 12 }), 12_000, [{ denominator: 'followers', value: 0.005, exact: true }]],
    ['views only (follower count not read yet)', exact({ likes: 9, replies: 1, views: 500 }), undefined, [{ denominator: 'views', value: 0.02, exact: true }]],
    ['zero followers gives no follower rate', exact({ likes: 9, views: 300 }), 0, [{ denominator: 'views', value: 0.03, exact: true }]],
    ['zero views gives no view rate', exact({ likes: 9, views: 0 }), 900, [{ denominator: 'followers', value: 0.01, exact: true }]],
    ['missing followers and views: no rate at all', exact({ likes: 9 }), undefined, []],
    ['NaN followers is ignored', exact({ likes: 9 }), Number.NaN, []],
    ['Infinity followers is ignored', exact({ likes: 9 }), Number.POSITIVE_INFINITY, []],
    ['negative followers is ignored', exact({ likes: 9 }), -5, []],
    ['no interaction metric read: no rate, not 0 %', exact({ views: 700 }), 1000, []],
    [
      'approximate views make the view rate approximate only',
      { likes: { value: 40, exact: true }, views: { value: 12_000, exact: false } },
      4000,
      [
        { denominator: 'followers', value: 0.01, exact: true },
        { denominator: 'views', value: 40 / 12_000, exact: false },
      ],
    ],
  ])('%s', (_name, counts, followers, expected) => {
    const rates = engagementRate(counts, followers);
    expect(rates.map((r) => r.denominator)).toEqual(expected.map((e) => e.denominator));
    rates.forEach((rate, i) => {
      expect(Number.isFinite(rate.value)).toBe(true);
      expect(rate.value).toBeCloseTo(expected[i]?.value ?? NaN, 12);
      expect(rate.exact).toBe(expected[i]?.exact);
    });
  });

  it('takes an approximate follower count ("12,3 rb pengikut")', () => {
    const [rate] = engagementRate(exact({ likes: 123 }), { value: 12_300, exact: false });
    expect(rate).toEqual({ value: 0.01, denominator: 'followers', base: 12_300, exact: false });
  });

  it('primaryRate prefers followers, falls back to views, else nothing', () => {
    const both = engagementRate(exact({ likes: 10, views: 100 }), 1000);
    expect(primaryRate(both)?.denominator).toBe('followers');
    expect(primaryRate(engagementRate(exact({ likes: 10, views: 100 })))?.denominator).toBe('views');
    expect(primaryRate([])).toBeUndefined();
  });
});

describe('countDelta', () => {
  it.each<[string, Counts, Counts, ReturnType<typeof countDelta>]>([
    [
      'growth on every metric',
      exact({ likes: 10, replies: 2, views: 1000 }),
      exact({ likes: 25, replies: 3, views: 1800 }),
      {
        likes: { from: 10, to: 25, change: 15, exact: true },
        replies: { from: 2, to: 3, change: 1, exact: true },
        views: { from: 1000, to: 1800, change: 800, exact: true },
      },
    ],
    ['an unlike is a negative change', exact({ likes: 10 }), exact({ likes: 9 }), { likes: { from: 10, to: 9, change: -1, exact: true } }],
    ['no change is zero, not missing', exact({ reposts: 4 }), exact({ reposts: 4 }), { reposts: { from: 4, to: 4, change: 0, exact: true } }],
    ['a metric only in the new snapshot is left out', exact({ likes: 1 }), exact({ likes: 2, views: 50 }), { likes: { from: 1, to: 2, change: 1, exact: true } }],
    ['a metric only in the old snapshot is left out', exact({ likes: 1, views: 50 }), exact({ likes: 2 }), { likes: { from: 1, to: 2, change: 1, exact: true } }],
    [
      'exact to compact is approximate',
      exact({ likes: 1234 }),
      { likes: { value: 1300, exact: false } },
      { likes: { from: 1234, to: 1300, change: 66, exact: false } },
    ],
    [
      'compact to compact is approximate',
      { views: { value: 12_000, exact: false } },
      { views: { value: 15_000, exact: false } },
      { views: { from: 12_000, to: 15_000, change: 3000, exact: false } },
    ],
    ['nothing in common', {}, exact({ likes: 3 }), {}],
  ])('%s', (_name, prev, next, expected) => {
    expect(countDelta(prev, next)).toEqual(expected);
  });
});
