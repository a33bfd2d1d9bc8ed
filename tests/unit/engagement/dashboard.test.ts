import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDashboard, type Dashboard, type DashboardInput } from '@/lib/engagement/dashboard';
import { dayKey, monthBounds, rangeBounds } from '@/lib/engagement/days';
import { BUCKET_RELATIVE_ERROR } from '@/lib/engagement/histogram';
import { median, percentile } from '@/lib/engagement/percentile';
import { planRollup } from '@/lib/engagement/retention';
import { rollupReplies } from '@/lib/engagement/rollup-replies';
import { rollupSnapshots } from '@/lib/engagement/rollup-snapshots';
import { PLATFORM_IDS } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { repliesArb, SPAN_END, snapshotsArb } from './arbitraries';
import { exact, HOUR, MIN, NOW, reply, snap, wib } from './fixtures';
import { BUSY_DAY, seededWeek, WEEK_ACCOUNTS } from './week';

const base = (over: Partial<DashboardInput> = {}): DashboardInput => ({
  events: [],
  replyRollups: [],
  snapshots: [],
  snapshotRollups: [],
  ownAccounts: WEEK_ACCOUNTS,
  range: '7d',
  now: NOW,
  timeZone: 'WIB',
  postsPerDayLimit: 4,
  ...over,
});

/** Splits raw rows the way the database will: roll-ups for finished days, raw rows for today. */
function asStored(snapshots: Snapshot[], events: ReplyEvent[], now: number) {
  const plan = planRollup({ snapshots, events, snapshotRollups: [], replyRollups: [], now, timeZone: 'WIB', retentionDays: 365 });
  return {
    snapshotRollups: plan.snapshotRollups,
    replyRollups: plan.replyRollups,
    snapshots: snapshots.filter((s) => s.at >= plan.rollup.at),
    events: events.filter((e) => e.at >= plan.rollup.at),
  };
}

/** Every figure but the response-time percentiles must match exactly. */
function withoutResponseTimes(d: Dashboard) {
  return { ...d, responseTime: null };
}

function expectWithinBucket(approx: number | null, exactValue: number | null) {
  if (exactValue === null) return expect(approx).toBeNull();
  expect(approx).not.toBeNull();
  const lo = Math.min(exactValue / BUCKET_RELATIVE_ERROR, exactValue - 500) - 1;
  const hi = Math.max(exactValue * BUCKET_RELATIVE_ERROR, exactValue + 500) + 1;
  expect(approx).toBeGreaterThanOrEqual(lo);
  expect(approx).toBeLessThanOrEqual(hi);
}

function expectSameDashboard(fromRollups: Dashboard, fromRaw: Dashboard) {
  expect(withoutResponseTimes(fromRollups)).toEqual(withoutResponseTimes(fromRaw));
  const pairs = [
    [fromRollups.responseTime, fromRaw.responseTime],
    ...PLATFORM_IDS.map((p) => [fromRollups.responseTime.perPlatform[p], fromRaw.responseTime.perPlatform[p]] as const),
  ] as const;
  for (const [a, b] of pairs) {
    expect(a.samples).toBe(b.samples);
    expectWithinBucket(a.medianMs, b.medianMs);
    expectWithinBucket(a.p90Ms, b.p90Ms);
  }
}

describe('computeDashboard on a seeded week', () => {
  const week = seededWeek();
  const fromRaw = computeDashboard(base({ snapshots: week.snapshots, events: week.events }));

  it('counts replies per platform, sent and template-inserted separately', () => {
    for (const platform of PLATFORM_IDS) {
      const mine = week.events.filter((e) => e.platform === platform);
      expect(fromRaw.replies.perPlatform[platform]).toEqual({
        sent: mine.filter((e) => e.kind === 'sent').length,
        templateInserted: mine.filter((e) => e.kind === 'template-inserted').length,
        checked: mine.filter((e) => e.kind === 'sent' && e.errorCount !== undefined).length,
      });
      // One denominator: the column of checked replies is the compliance share's.
      expect(fromRaw.replies.perPlatform[platform].checked).toBeLessThanOrEqual(fromRaw.replies.perPlatform[platform].sent);
    }
    const sent = week.events.filter((e) => e.kind === 'sent').length;
    expect(fromRaw.replies.total.sent).toBe(sent);
    expect(sent).toBeGreaterThan(50);
    expect(fromRaw.replies.byDay.map((d) => d.day)).toEqual(rangeBounds('7d', NOW, 'WIB').days);
    expect(fromRaw.replies.byDay.reduce((s, d) => s + d.sent, 0)).toBe(sent);
    expect(fromRaw.replies.total.checked).toBe(fromRaw.compliance.checked);
  });

  it('median and p90 response time are the exact nearest-rank values of the raw events', () => {
    expect(fromRaw.responseTime.medianMs).toBe(median(week.responseTimes));
    expect(fromRaw.responseTime.p90Ms).toBe(percentile(week.responseTimes, 90));
    expect(fromRaw.responseTime.samples).toBe(week.responseTimes.length);
    expect(fromRaw.responseTime.approximate).toBe(false);
    expect(fromRaw.responseTime.medianMs).toBeGreaterThan(5 * MIN);
    expect(fromRaw.responseTime.medianMs).toBeLessThan(60 * MIN);
  });

  it('compliance is the share of checked sent replies without errors', () => {
    const sent = week.events.filter((e) => e.kind === 'sent' && e.errorCount !== undefined);
    const clean = sent.filter((e) => e.errorCount === 0).length;
    expect(fromRaw.compliance).toMatchObject({ checked: sent.length, compliant: clean, share: clean / sent.length });
    expect(fromRaw.compliance.gateOverrides).toBe(sent.filter((e) => e.gateOverridden).length);
    expect(fromRaw.compliance.share).toBeGreaterThan(0.7);
  });

  it('top templates by insertions, most used first', () => {
    const counts = new Map<string, number>();
    for (const e of week.events) if (e.kind === 'template-inserted' && e.templateId) counts.set(e.templateId, (counts.get(e.templateId) ?? 0) + 1);
    expect(fromRaw.topTemplates[0]).toEqual({ templateId: 'tpl-salam', count: counts.get('tpl-salam') });
    expect(fromRaw.topTemplates.map((t) => t.count)).toEqual([...counts.values()].sort((a, b) => b - a));
  });

  it('an engagement series per own platform with a point per day; watched accounts stay out', () => {
    expect(fromRaw.engagementTrend.map((s) => s.platform)).toEqual(['x', 'facebook', 'instagram']);
    for (const series of fromRaw.engagementTrend) {
      expect(series.points).toHaveLength(7);
      expect(series.points.every((p) => p.posts > 0 && p.interactions > 0)).toBe(true);
      expect(series.points.every((p) => p.rateByFollowers !== null && Number.isFinite(p.rateByFollowers))).toBe(true);
    }
    const x = fromRaw.engagementTrend[0];
    expect(x?.points.every((p) => p.rateByViews !== null)).toBe(true);
    expect(fromRaw.engagementTrend[1]?.points.every((p) => p.rateByViews === null)).toBe(true);
  });

  it('top posts are own posts of the range, ranked by engagement rate, denominator labelled', () => {
    expect(fromRaw.topPosts).toHaveLength(5);
    const ownHandles = new Set(WEEK_ACCOUNTS.filter((a) => a.role === 'own').map((a) => a.handle));
    for (const post of fromRaw.topPosts) {
      expect(ownHandles.has(post.account)).toBe(true);
      expect(post.rate?.denominator).toBe('followers');
      expect(post.postedAt).toBeGreaterThanOrEqual(fromRaw.range.from);
      expect(post.permalink).toMatch(/^https:\/\//);
    }
    const rates = fromRaw.topPosts.map((p) => p.rate?.value ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it('flags the day the X account posted above the limit, and only that one', () => {
    const x = fromRaw.postsPerDay.find((p) => p.platform === 'x' && p.account === 'humas_kota');
    expect(x?.maxPerDay).toBe(6);
    expect(x?.overLimit).toBe(true);
    expect(x?.days.filter((d) => d.overLimit).map((d) => d.day)).toEqual([BUSY_DAY]);
    expect(fromRaw.postsPerDay.map((p) => p.account)).toEqual(['humas_kota', 'pemkot.humas', 'humas.kota']);
    expect(fromRaw.postsPerDay.filter((p) => p.platform !== 'x').every((p) => !p.overLimit)).toBe(true);
  });

  it('counts every snapshot of the range, watched accounts included', () => {
    const inRange = week.snapshots.filter((s) => s.at >= fromRaw.range.from);
    expect(fromRaw.snapshots.total).toBe(inRange.length);
    expect(fromRaw.snapshots.perPlatform.x).toBe(inRange.filter((s) => s.platform === 'x').length);
    expect(fromRaw.snapshots.profiles).toBe(4);
  });

  it('roll-ups for finished days + raw rows for today give the same dashboard', () => {
    const stored = asStored(week.snapshots, week.events, NOW);
    expect(stored.replyRollups.length).toBeGreaterThan(10);
    const fromRollups = computeDashboard(base(stored));
    expect(fromRollups.responseTime.approximate).toBe(true);
    expectSameDashboard(fromRollups, fromRaw);
  });

  it('passing raw rows for days that have roll-ups does not count them twice', () => {
    const stored = asStored(week.snapshots, week.events, NOW);
    const both = computeDashboard(base({ ...stored, snapshots: week.snapshots, events: week.events }));
    expect(both).toEqual(computeDashboard(base(stored)));
  });

  it('"today" holds only today since local midnight', () => {
    const today = computeDashboard(base({ snapshots: week.snapshots, events: week.events, range: 'today' }));
    const midnight = wib(2025, 3, 5);
    expect(today.range.days).toEqual(['2025-03-05']);
    expect(today.replies.total.sent).toBe(week.events.filter((e) => e.kind === 'sent' && e.at >= midnight).length);
    expect(today.snapshots.total).toBe(week.snapshots.filter((s) => s.at >= midnight).length);
    expect(today.engagementTrend[0]?.points).toHaveLength(1);
  });

  it('a month report takes explicit bounds', () => {
    const march = computeDashboard(base({ snapshots: week.snapshots, events: week.events, range: monthBounds('2025-03', NOW, 'WIB') }));
    expect(march.range.days).toHaveLength(5);
    expect(march.replies.total.sent).toBe(week.events.filter((e) => e.kind === 'sent' && dayKey(e.at, 'WIB') >= '2025-03-01').length);
  });
});

describe('computeDashboard rules on small cases', () => {
  const own: AccountRef[] = [{ platform: 'x', handle: 'humas_kota', role: 'own' }];
  const post = '1890000000000000042';

  it.each<[string, ReplyEvent[], { checked: number; compliant: number; share: number | null }]>([
    ['no replies at all: no share, not 0 %', [], { checked: 0, compliant: 0, share: null }],
    [
      'checked drafts do not count, only sends with a check result',
      [
        reply({ kind: 'checked', at: NOW - HOUR, errorCount: 3 }),
        reply({ kind: 'sent', at: NOW - HOUR, errorCount: 0 }),
        reply({ kind: 'sent', at: NOW - HOUR, errorCount: 1 }),
        reply({ kind: 'sent', at: NOW - HOUR }), // checker off: not in the denominator
      ],
      { checked: 2, compliant: 1, share: 0.5 },
    ],
    [
      'warnings do not break compliance, errors do',
      [reply({ kind: 'sent', at: NOW - HOUR, errorCount: 0, warningCount: 4 }), reply({ kind: 'sent', at: NOW - HOUR, errorCount: 0 })],
      { checked: 2, compliant: 2, share: 1 },
    ],
  ])('compliance: %s', (_name, events, expected) => {
    expect(computeDashboard(base({ events, range: 'today' })).compliance).toMatchObject(expected);
  });

  it('trend gains: a post counts from zero on the day it was posted, then from its previous day', () => {
    const postedAt = wib(2025, 3, 3, 9);
    const reading = (at: number, likes: number) => snap({ postId: post, postedAt, at, counts: exact({ likes, replies: 0, reposts: 0 }) });
    const snapshots = [
      reading(wib(2025, 3, 3, 10), 10),
      reading(wib(2025, 3, 3, 20), 50),
      reading(wib(2025, 3, 4, 9), 60),
      reading(wib(2025, 3, 4, 21), 90),
      reading(wib(2025, 3, 5, 8), 88), // an unlike: never a negative gain
    ];
    const d = computeDashboard(base({ snapshots, ownAccounts: own }));
    const points = d.engagementTrend[0]?.points.slice(-3);
    expect(points?.map((p) => [p.day, p.interactions, p.posts])).toEqual([
      ['2025-03-03', 50, 1],
      ['2025-03-04', 40, 1],
      ['2025-03-05', 0, 1],
    ]);
  });

  it('trend gains: an older post first seen in the range counts from its first reading that day', () => {
    const snapshots = [
      snap({ postId: post, postedAt: wib(2025, 1, 10), at: wib(2025, 3, 4, 9), counts: exact({ likes: 500 }) }),
      snap({ postId: post, postedAt: wib(2025, 1, 10), at: wib(2025, 3, 4, 17), counts: exact({ likes: 512 }) }),
    ];
    const d = computeDashboard(base({ snapshots, ownAccounts: own }));
    expect(d.engagementTrend[0]?.points.find((p) => p.day === '2025-03-04')?.interactions).toBe(12);
    // Published long before the range: not a top post of this week.
    expect(d.topPosts).toEqual([]);
  });

  it('rates use the follower count known at the time of the reading', () => {
    const snapshots = [
      snap({ kind: 'profile', postId: 'humas_kota', at: wib(2025, 3, 1, 8), counts: exact({ followers: 1000 }) }),
      snap({ kind: 'profile', postId: 'humas_kota', at: wib(2025, 3, 5, 8), counts: exact({ followers: 4000 }) }),
      snap({ postId: post, postedAt: wib(2025, 3, 3, 9), at: wib(2025, 3, 3, 20), counts: exact({ likes: 40, views: 2000 }) }),
    ];
    const d = computeDashboard(base({ snapshots, ownAccounts: own }));
    expect(d.topPosts[0]?.rates).toEqual([
      { value: 0.04, denominator: 'followers', base: 1000, exact: true },
      { value: 0.02, denominator: 'views', base: 2000, exact: true },
    ]);
    expect(d.topPosts[0]?.rate?.denominator).toBe('followers');
    expect(d.engagementTrend[0]?.points.find((p) => p.day === '2025-03-03')).toMatchObject({ rateByFollowers: 0.04, rateByViews: 0.02 });
    // A reading before any follower count borrows the earliest one after it.
    const early = computeDashboard(base({ snapshots: snapshots.slice(1), ownAccounts: own }));
    expect(early.topPosts[0]?.rates[0]).toEqual({ value: 0.01, denominator: 'followers', base: 4000, exact: true });
  });

  it('without a follower count, posts rank by views and say so', () => {
    const snapshots = [
      snap({ postId: 'a', postedAt: wib(2025, 3, 4, 9), at: wib(2025, 3, 4, 20), counts: exact({ likes: 10, views: 1000 }) }),
      snap({ postId: 'b', postedAt: wib(2025, 3, 4, 9), at: wib(2025, 3, 4, 20), counts: exact({ likes: 10, views: 200 }) }),
      snap({ postId: 'c', postedAt: wib(2025, 3, 4, 9), at: wib(2025, 3, 4, 20), counts: exact({ likes: 99 }) }), // no rate at all: last
    ];
    const d = computeDashboard(base({ snapshots, ownAccounts: own }));
    expect(d.topPosts.map((p) => [p.postId, p.rate?.denominator ?? null])).toEqual([
      ['b', 'views'],
      ['a', 'views'],
      ['c', null],
    ]);
  });

  it('handles match without "@" and case', () => {
    const snapshots = [snap({ account: '@Humas_Kota', postId: post, postedAt: wib(2025, 3, 4, 9), at: wib(2025, 3, 4, 10) })];
    const d = computeDashboard(base({ snapshots, ownAccounts: [{ platform: 'x', handle: 'humas_kota', role: 'own' }] }));
    expect(d.topPosts).toHaveLength(1);
    expect(d.postsPerDay[0]?.days.find((p) => p.day === '2025-03-04')?.count).toBe(1);
  });

  it('a stored reply roll-up is authoritative for its day and platform', () => {
    const day = wib(2025, 3, 4, 9);
    const events = [reply({ at: day }), reply({ at: day + MIN }), reply({ at: day, platform: 'facebook' })];
    const rolled = rollupReplies(events.slice(0, 1), 'WIB'); // an older, smaller roll-up of the x day
    const d = computeDashboard(base({ events, replyRollups: rolled }));
    expect(d.replies.perPlatform.x.sent).toBe(1);
    expect(d.replies.perPlatform.facebook.sent).toBe(1);
  });

  it('a stored snapshot roll-up is authoritative for its post and day', () => {
    const rows = [snap({ postId: post, at: wib(2025, 3, 4, 9) }), snap({ postId: post, at: wib(2025, 3, 4, 11) })];
    const d = computeDashboard(base({ snapshots: rows, snapshotRollups: rollupSnapshots(rows, 'WIB') }));
    expect(d.snapshots.total).toBe(2);
  });

  it('roll-ups and raw rows outside the range are ignored', () => {
    const old = wib(2025, 2, 1, 9);
    const d = computeDashboard(
      base({
        events: [reply({ at: old }), reply({ at: NOW + HOUR })],
        replyRollups: rollupReplies([reply({ at: old })], 'WIB'),
        snapshots: [snap({ at: old }), snap({ at: NOW + HOUR })],
      }),
    );
    expect(d.replies.total.sent).toBe(0);
    expect(d.snapshots.total).toBe(0);
    expect(d.responseTime.medianMs).toBeNull();
  });
});

describe('dashboard from raw rows = dashboard from roll-ups (property)', () => {
  it('holds for any rows over three days, within one histogram bucket for percentiles', () => {
    const ownAccounts: AccountRef[] = [
      { platform: 'x', handle: 'humas_kota', role: 'own' },
      { platform: 'facebook', handle: 'humas_kota', role: 'own' },
      { platform: 'x', handle: 'dinkes_kota', role: 'watched' },
    ];
    fc.assert(
      fc.property(snapshotsArb(30), repliesArb(40), (snapshots, events) => {
        const input = { ownAccounts, now: SPAN_END, range: '7d' as const, postsPerDayLimit: 2 };
        const fromRaw = computeDashboard(base({ ...input, snapshots, events }));
        const fromRollups = computeDashboard(base({ ...input, ...asStored(snapshots, events, SPAN_END) }));
        expectSameDashboard(fromRollups, fromRaw);
      }),
      { numRuns: 60 },
    );
  });
});
