import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogramOf } from '@/lib/engagement/histogram';
import { planRollup } from '@/lib/engagement/retention';
import { parseReplyRollups, parseSnapshotRollups } from '@/lib/engagement/rollup-parse';
import { mergeReplyRollups, rollupReplies } from '@/lib/engagement/rollup-replies';
import { mergeSnapshotRollups, rollupSnapshots } from '@/lib/engagement/rollup-snapshots';
import { replyRollupSchema, snapshotRollupSchema, type ReplyRollup, type SnapshotRollup } from '@/lib/schemas/rollup';
import { repliesArb, snapshotsArb, splitArb } from './arbitraries';
import { DAY, exact, MIN, NOW, reply, snap, wib } from './fixtures';

const shuffle = <T>(rows: readonly T[], seed: number): T[] =>
  rows
    .map((row, i) => ({ row, k: Math.sin(seed * 9301 + i * 49297) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.row);

describe('rollupSnapshots', () => {
  const post = '1890000000000000001';
  const rows = [
    snap({ id: 'a', postId: post, at: wib(2025, 3, 4, 8), postedAt: wib(2025, 3, 4, 7), counts: exact({ likes: 5, replies: 1, views: 200 }) }),
    snap({ id: 'b', postId: post, at: wib(2025, 3, 4, 23, 59), counts: exact({ likes: 40, replies: 6, views: 2400 }) }),
    snap({ id: 'c', postId: post, at: wib(2025, 3, 4, 12), account: '@Humas_Kota', counts: exact({ likes: 22, replies: 4, views: 1500 }) }),
    snap({ id: 'd', postId: post, at: wib(2025, 3, 5, 0, 1), counts: exact({ likes: 41, replies: 6, views: 2500 }) }),
    snap({ id: 'e', kind: 'profile', postId: 'humas_kota', at: wib(2025, 3, 4, 9), counts: exact({ followers: 25_000 }) }),
  ];

  it('one row per local day, post and profile, first and last readings kept', () => {
    const out = rollupSnapshots(rows, 'WIB');
    expect(out.map((r) => r.key)).toEqual([
      `s|2025-03-04|x|humas_kota|post|${post}`,
      's|2025-03-04|x|humas_kota|profile|profile',
      `s|2025-03-05|x|humas_kota|post|${post}`,
    ]);
    const [day1, profile, day2] = out;
    expect(day1).toMatchObject({
      day: '2025-03-04',
      account: 'humas_kota',
      postId: post,
      postedAt: wib(2025, 3, 4, 7),
      firstAt: wib(2025, 3, 4, 8),
      lastAt: wib(2025, 3, 4, 23, 59),
      first: exact({ likes: 5, replies: 1, views: 200 }),
      last: exact({ likes: 40, replies: 6, views: 2400 }),
      samples: 3,
    });
    expect(profile).toMatchObject({ kind: 'profile', postId: 'profile', samples: 1, last: exact({ followers: 25_000 }) });
    expect(day2).toMatchObject({ day: '2025-03-05', samples: 1, last: exact({ likes: 41, replies: 6, views: 2500 }) });
    for (const row of out) expect(snapshotRollupSchema.parse(row)).toEqual(row);
  });

  it('buckets by the agency zone: the 23:59 WIB reading is the next day in WIT', () => {
    const out = rollupSnapshots(rows.filter((r) => r.kind === 'post'), 'WIT');
    expect(out.map((r) => [r.day, r.samples])).toEqual([
      ['2025-03-04', 2],
      ['2025-03-05', 2],
    ]);
  });

  it('a snapshot listed twice is counted once', () => {
    expect(rollupSnapshots([...rows, rows[0]!, rows[1]!], 'WIB')).toEqual(rollupSnapshots(rows, 'WIB'));
  });

  it('a row costs about one raw snapshot, however many readings it stands for (bytes of JSON)', () => {
    const raw = snap({ at: NOW, permalink: 'https://x.com/humas_kota/status/1890000000000000001', postedAt: NOW - DAY });
    const [row] = rollupSnapshots([raw], 'WIB');
    // One reading: `first` is left out (it equals `last`).
    expect(row?.first).toBeUndefined();
    expect(JSON.stringify(row).length).toBeLessThan(JSON.stringify(raw).length + 200);
    const [busy] = rollupSnapshots(
      Array.from({ length: 40 }, (_, i) => snap({ at: NOW - i * 15 * MIN, counts: exact({ likes: 400 - i, replies: 30, reposts: 12, views: 20_000 - i * 100 }) })),
      'WIB',
    );
    expect(busy?.samples).toBe(40);
    expect(JSON.stringify(busy).length).toBeLessThan(600);
  });
});

describe('snapshot roll-up properties', () => {
  it('rollup(a ∪ a) = rollup(a), in any order', () => {
    fc.assert(
      fc.property(snapshotsArb(), fc.integer(), (a, seed) => {
        expect(rollupSnapshots(shuffle([...a, ...a], seed), 'WIB')).toEqual(rollupSnapshots(a, 'WIB'));
      }),
    );
  });

  it('merging a roll-up with itself or with a re-roll of some of its rows changes nothing', () => {
    fc.assert(
      fc.property(snapshotsArb(), fc.integer({ min: 0, max: 40 }), (a, keep) => {
        const whole = rollupSnapshots(a, 'WIB');
        expect(mergeSnapshotRollups(whole, whole)).toEqual(whole);
        expect(mergeSnapshotRollups(rollupSnapshots(a.slice(0, keep), 'WIB'), whole)).toEqual(whole);
      }),
    );
  });

  it('rows split at any instant roll up separately and merge into the whole', () => {
    fc.assert(
      fc.property(snapshotsArb(), splitArb, (a, t) => {
        const before = rollupSnapshots(a.filter((s) => s.at < t), 'WIB');
        const after = rollupSnapshots(a.filter((s) => s.at >= t), 'WIB');
        expect(mergeSnapshotRollups(after, before)).toEqual(rollupSnapshots(a, 'WIB'));
      }),
    );
  });

  it('every row validates against the schema', () => {
    fc.assert(
      fc.property(snapshotsArb(), (a) => {
        for (const row of rollupSnapshots(a, 'WITA')) expect(snapshotRollupSchema.safeParse(row).success).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('rollupReplies', () => {
  const day = wib(2025, 3, 4);
  const events = [
    reply({ id: 'r1', kind: 'template-inserted', templateId: 'tpl-salam', at: day + 8 * 60 * MIN }),
    reply({ id: 'r2', kind: 'checked', at: day + 8 * 60 * MIN + 30_000, errorCount: 1 }),
    reply({ id: 'r3', kind: 'sent', at: day + 8 * 60 * MIN + MIN, targetAt: day + 7 * 60 * MIN + 57 * MIN, errorCount: 0, score: 92 }),
    reply({ id: 'r4', kind: 'sent', at: day + 9 * 60 * MIN, responseMs: 80 * MIN, errorCount: 2, score: 55.5, gateOverridden: true }),
    reply({ id: 'r5', kind: 'sent', at: day + 10 * 60 * MIN }), // no target, no check
    reply({ id: 'r6', kind: 'template-inserted', templateId: 'tpl-salam', at: day + 11 * 60 * MIN }),
    reply({ id: 'r7', kind: 'template-inserted', templateId: 'tpl-maaf', at: day + 12 * 60 * MIN, platform: 'facebook' }),
    reply({ id: 'r8', kind: 'sent', at: day + 23 * 60 * MIN + 59 * MIN, targetAt: day, errorCount: 0 }),
    reply({ id: 'r9', kind: 'sent', at: day + DAY, targetAt: day + DAY - 4 * MIN }), // next day, 00:00
  ];

  it('counts kinds, response times, compliance, overrides, scores and templates per day and platform', () => {
    const out = rollupReplies(events, 'WIB');
    expect(out.map((r) => r.key)).toEqual(['r|2025-03-04|facebook', 'r|2025-03-04|x', 'r|2025-03-05|x']);
    const x = out[1];
    expect(x).toEqual<ReplyRollup>({
      v: 1,
      key: 'r|2025-03-04|x',
      day: '2025-03-04',
      platform: 'x',
      firstAt: day + 8 * 60 * MIN,
      lastAt: day + 23 * 60 * MIN + 59 * MIN,
      events: 7,
      kinds: { 'template-inserted': 2, checked: 1, sent: 4 },
      responseHistogram: histogramOf([4 * MIN, 80 * MIN, 24 * 60 * MIN - MIN]),
      checkedSent: 3,
      compliantSent: 2,
      gateOverrides: 1,
      scoreMilliSum: 147_500,
      scoreCount: 2,
      templates: { 'tpl-salam': 2 },
    });
    expect(out[0]).toMatchObject({ events: 1, kinds: { 'template-inserted': 1, checked: 0, sent: 0 }, templates: { 'tpl-maaf': 1 } });
    expect(out[2]).toMatchObject({ day: '2025-03-05', events: 1, responseHistogram: histogramOf([4 * MIN]) });
    for (const row of out) expect(replyRollupSchema.parse(row)).toEqual(row);
  });

  it('an event listed twice is counted once', () => {
    expect(rollupReplies([...events, ...events.slice(2, 5)], 'WIB')).toEqual(rollupReplies(events, 'WIB'));
  });

  it('template ids that look like object internals stay plain data', () => {
    const [row] = rollupReplies([reply({ kind: 'template-inserted', templateId: '__proto__', at: day })], 'WIB');
    expect(Object.entries(row?.templates ?? {})).toEqual([['__proto__', 1]]);
    expect(replyRollupSchema.safeParse(row).success).toBe(true);
  });
});

describe('reply roll-up properties', () => {
  it('rollup(a ∪ a) = rollup(a), in any order', () => {
    fc.assert(
      fc.property(repliesArb(), fc.integer(), (a, seed) => {
        expect(rollupReplies(shuffle([...a, ...a], seed), 'WIB')).toEqual(rollupReplies(a, 'WIB'));
      }),
    );
  });

  it('merging with itself or with a re-roll of fewer rows of the same days changes nothing', () => {
    fc.assert(
      fc.property(repliesArb(), fc.integer({ min: 0, max: 60 }), (a, keep) => {
        const whole = rollupReplies(a, 'WIB');
        expect(mergeReplyRollups(whole, whole)).toEqual(whole);
        expect(mergeReplyRollups(whole, rollupReplies(a.slice(0, keep), 'WIB'))).toEqual(whole);
      }),
    );
  });

  it('rows split at any instant roll up separately and add up to the whole', () => {
    fc.assert(
      fc.property(repliesArb(), splitArb, (a, t) => {
        const before = rollupReplies(a.filter((e) => e.at < t), 'WIB');
        const after = rollupReplies(a.filter((e) => e.at >= t), 'WIB');
        expect(mergeReplyRollups(before, after)).toEqual(rollupReplies(a, 'WIB'));
      }),
    );
  });
});

describe('planRollup', () => {
  const store = () => ({
    snapshots: [
      snap({ id: 'old', at: wib(2025, 2, 20, 9) }),
      snap({ id: 'yesterday', at: wib(2025, 3, 4, 9) }),
      snap({ id: 'today', at: wib(2025, 3, 5, 9) }),
    ],
    events: [
      reply({ id: 'e-old', at: wib(2025, 2, 20, 9), targetAt: wib(2025, 2, 20, 8, 50) }),
      reply({ id: 'e-yesterday', at: wib(2025, 3, 4, 9) }),
      reply({ id: 'e-today', at: wib(2025, 3, 5, 9) }),
    ],
  });

  it('rolls finished days only and deletes only rows past retention', () => {
    const { snapshots, events } = store();
    const plan = planRollup({ snapshots, events, snapshotRollups: [], replyRollups: [], now: NOW, timeZone: 'WIB', retentionDays: 7 });
    expect(plan.snapshotRollups.map((r) => r.day)).toEqual(['2025-02-20', '2025-03-04']);
    expect(plan.replyRollups.map((r) => r.day)).toEqual(['2025-02-20', '2025-03-04']);
    expect(plan.deleteSnapshotIds).toEqual(['old']);
    expect(plan.deleteEventIds).toEqual(['e-old']);
    expect(plan.retention.day).toBe('2025-02-27');
  });

  it('is idempotent: running it again over the same raw rows and its own output plans the same rows', () => {
    const { snapshots, events } = store();
    const args = { snapshots, events, now: NOW, timeZone: 'WIB' as const, retentionDays: 7 };
    const first = planRollup({ ...args, snapshotRollups: [], replyRollups: [] });
    const again = planRollup({ ...args, snapshotRollups: first.snapshotRollups, replyRollups: first.replyRollups });
    expect(again.snapshotRollups).toEqual(first.snapshotRollups);
    expect(again.replyRollups).toEqual(first.replyRollups);
  });

  it('a late snapshot for a day whose raw rows are gone is added, not lost', () => {
    const { snapshots, events } = store();
    const args = { events, now: NOW, timeZone: 'WIB' as const, retentionDays: 7, replyRollups: [] };
    const first = planRollup({ ...args, snapshots, snapshotRollups: [] });
    const late = snap({ id: 'late', at: wib(2025, 2, 20, 21), counts: exact({ likes: 99 }) });
    const second = planRollup({ ...args, snapshots: [late], snapshotRollups: first.snapshotRollups });
    expect(second.snapshotRollups).toHaveLength(1);
    expect(second.snapshotRollups[0]).toMatchObject({ day: '2025-02-20', samples: 2, last: exact({ likes: 99 }) });
  });
});

describe('parse stored roll-ups', () => {
  it('keeps valid rows and counts the rest', () => {
    const good: SnapshotRollup[] = rollupSnapshots([snap({ at: NOW })], 'WIB');
    const replies: ReplyRollup[] = rollupReplies([reply({ at: NOW })], 'WIB');
    expect(parseSnapshotRollups([...good, { key: 'x', day: 'nope' }, null])).toEqual({ rows: good, invalid: 2 });
    expect(parseReplyRollups([...replies, { ...replies[0], v: 2 }])).toEqual({ rows: replies, invalid: 1 });
  });
});
