import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { DayKey, SnapshotRollup } from '@/lib/schemas/rollup';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Count, Counts, Snapshot } from '@/lib/schemas/snapshot';
import { byPlatform } from '@/lib/platforms/meta';
import { dayKey, type RangeBounds, type ZoneInput } from './days';
import { engagementRate, interactionsOf, primaryRate, type EngagementRate } from './rates';
import { firstCounts, mergeSnapshotRollups, normalizeHandle, rollupSnapshots } from './rollup-snapshots';

export interface TrendPoint {
  day: DayKey;
  /**
   * Interactions gained that day, summed over the own posts seen that day. A post's gain is its
   * last reading of the day minus its last reading on an earlier day; with no earlier reading,
   * minus zero when it was posted that day, else minus the day's first reading. Never negative.
   */
  interactions: number;
  /** Own posts snapshotted that day. */
  posts: number;
  /** Mean engagement rate of those posts (last reading of the day), by followers / by views. */
  rateByFollowers: number | null;
  rateByViews: number | null;
}

export interface TrendSeries {
  platform: PlatformId;
  points: TrendPoint[];
}

export interface TopPost {
  platform: PlatformId;
  account: string;
  postId: string;
  permalink?: string;
  postedAt?: number;
  /** The latest reading in the range. */
  counts: Counts;
  at: number;
  interactions: number;
  /** Every rate that could be computed, followers first. */
  rates: EngagementRate[];
  /** The rate the list is ranked by: by followers when known, else by views. */
  rate: EngagementRate | null;
}

export interface PostsPerDay {
  platform: PlatformId;
  account: string;
  limit: number;
  days: { day: DayKey; count: number; overLimit: boolean }[];
  maxPerDay: number;
  overLimit: boolean;
}

export interface SnapshotSummary {
  /** Raw snapshots taken in the range (roll-ups count the snapshots they stand for). */
  total: number;
  perPlatform: Record<PlatformId, number>;
  /** Distinct posts and profiles snapshotted in the range. */
  posts: number;
  profiles: number;
  /**
   * The agency's own posts snapshotted in the range, whenever they were published: the top-posts
   * list ranks only those published in the range, and says so with this count when it is empty
   * (it said "no own post recorded yet" beside 15 snapshots).
   */
  ownPosts: number;
}

export interface PostsSummary {
  engagementTrend: TrendSeries[];
  topPosts: TopPost[];
  postsPerDay: PostsPerDay[];
  snapshots: SnapshotSummary;
}

/**
 * Post figures for a range. Raw snapshots are rolled up on the fly and both sources are read as
 * roll-ups. A stored roll-up row is authoritative for its key (day, platform, account, post):
 * raw snapshots of a covered key are ignored. Rows on days before the range may be passed too:
 * they only serve as the baseline of the first day's gains and as follower counts.
 */
export function summarizePosts(input: {
  snapshots: readonly Snapshot[];
  snapshotRollups: readonly SnapshotRollup[];
  ownAccounts: readonly AccountRef[];
  bounds: RangeBounds;
  timeZone: ZoneInput;
  postsPerDayLimit: number;
  topLimit: number;
}): PostsSummary {
  const { bounds } = input;
  const days = new Set(bounds.days);
  const lastDay = bounds.days[bounds.days.length - 1] ?? '';
  const stored = mergeSnapshotRollups(input.snapshotRollups.filter((r) => r.day <= lastDay));
  const covered = new Set(stored.map((r) => r.key));
  const fresh = rollupSnapshots(
    input.snapshots.filter((s) => s.at <= bounds.to),
    input.timeZone,
  ).filter((r) => !covered.has(r.key) && r.day <= lastDay);
  const rows = [...stored, ...fresh];
  const inRange = rows.filter((r) => days.has(r.day));

  const own = input.ownAccounts.filter((a) => a.role === 'own');
  const ownKeys = new Set(own.map((a) => accountKey(a.platform, a.handle)));
  const followers = followerLookup(rows);
  const posts = groupPosts(rows.filter((r) => r.kind === 'post' && ownKeys.has(accountKey(r.platform, r.account))));

  return {
    engagementTrend: trend(posts, own, bounds, followers, input.timeZone),
    topPosts: topPosts(posts, bounds, followers, days).slice(0, input.topLimit),
    postsPerDay: postsPerDay(posts, own, bounds, input.timeZone, input.postsPerDayLimit),
    snapshots: { ...snapshotSummary(inRange), ownPosts: posts.filter((rows) => rows.some((r) => days.has(r.day))).length },
  };
}

type FollowersAt = (platform: PlatformId, account: string, at: number) => Count | undefined;

/** Follower count of an account at a moment: the latest reading before it, else the earliest after. */
function followerLookup(rows: readonly SnapshotRollup[]): FollowersAt {
  const readings = new Map<string, { at: number; count: Count }[]>();
  for (const r of rows) {
    const count = r.kind === 'profile' ? r.last.followers : undefined;
    if (!count) continue;
    const key = accountKey(r.platform, r.account);
    const list = readings.get(key) ?? [];
    list.push({ at: r.lastAt, count });
    readings.set(key, list);
  }
  for (const list of readings.values()) list.sort((a, b) => a.at - b.at);
  return (platform, account, at) => {
    const list = readings.get(accountKey(platform, account));
    if (!list?.length) return undefined;
    // Binary search for the last reading at or before `at` (lists are sorted by time).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid]?.at ?? Infinity) <= at) lo = mid + 1;
      else hi = mid;
    }
    return list[Math.max(0, lo - 1)]?.count;
  };
}

/** Own posts: all their rows, oldest day first. */
function groupPosts(rows: readonly SnapshotRollup[]): SnapshotRollup[][] {
  const groups = new Map<string, SnapshotRollup[]>();
  for (const r of rows) {
    const key = `${r.platform}|${r.postId}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out = [...groups.values()];
  for (const list of out) list.sort((a, b) => a.lastAt - b.lastAt || (a.day < b.day ? -1 : 1));
  return out;
}

function trend(
  posts: readonly SnapshotRollup[][],
  own: readonly AccountRef[],
  bounds: RangeBounds,
  followersAt: FollowersAt,
  zone: ZoneInput,
): TrendSeries[] {
  const platforms = [...new Set(own.map((a) => a.platform))];
  const acc = new Map<string, { interactions: number; posts: number; byFollowers: number[]; byViews: number[] }>();
  for (const rows of posts) {
    let previous: SnapshotRollup | undefined;
    for (const row of rows) {
      const key = `${row.platform}|${row.day}`;
      const point = acc.get(key) ?? { interactions: 0, posts: 0, byFollowers: [], byViews: [] };
      const last = interactionsOf(row.last);
      if (last.known) point.interactions += Math.max(0, last.value - baselineOf(row, previous, zone));
      point.posts += 1;
      for (const rate of engagementRate(row.last, followersAt(row.platform, row.account, row.lastAt))) {
        (rate.denominator === 'followers' ? point.byFollowers : point.byViews).push(rate.value);
      }
      acc.set(key, point);
      previous = row;
    }
  }
  return platforms.map((platform) => ({
    platform,
    points: bounds.days.map((day) => {
      const point = acc.get(`${platform}|${day}`);
      return {
        day,
        interactions: point?.interactions ?? 0,
        posts: point?.posts ?? 0,
        rateByFollowers: mean(point?.byFollowers ?? []),
        rateByViews: mean(point?.byViews ?? []),
      };
    }),
  }));
}

function baselineOf(row: SnapshotRollup, previous: SnapshotRollup | undefined, zone: ZoneInput): number {
  if (previous) {
    const prev = interactionsOf(previous.last);
    if (prev.known) return prev.value;
  }
  if (row.postedAt !== undefined && dayKey(row.postedAt, zone) === row.day) return 0;
  return interactionsOf(firstCounts(row)).value;
}

function topPosts(
  posts: readonly SnapshotRollup[][],
  bounds: RangeBounds,
  followersAt: FollowersAt,
  days: ReadonlySet<DayKey>,
): TopPost[] {
  const out: TopPost[] = [];
  for (const rows of posts) {
    const latest = rows[rows.length - 1];
    if (!latest) continue;
    const postedAt = latest.postedAt ?? rows.find((r) => r.postedAt !== undefined)?.postedAt;
    // Posts published in the range; a post of unknown time counts when it was seen in the range.
    const eligible =
      postedAt !== undefined ? postedAt >= bounds.from && postedAt <= bounds.to : rows.some((r) => days.has(r.day));
    if (!eligible) continue;
    const rates = engagementRate(latest.last, followersAt(latest.platform, latest.account, latest.lastAt));
    const top: TopPost = {
      platform: latest.platform,
      account: latest.account,
      postId: latest.postId,
      counts: latest.last,
      at: latest.lastAt,
      interactions: interactionsOf(latest.last).value,
      rates,
      rate: primaryRate(rates) ?? null,
    };
    const permalink = rows.map((r) => r.permalink).find((p) => p !== undefined);
    if (permalink !== undefined) top.permalink = permalink;
    if (postedAt !== undefined) top.postedAt = postedAt;
    out.push(top);
  }
  return out.sort(
    (a, b) =>
      (b.rate?.value ?? -1) - (a.rate?.value ?? -1) ||
      b.interactions - a.interactions ||
      (`${a.platform}|${a.postId}` < `${b.platform}|${b.postId}` ? -1 : 1),
  );
}

function postsPerDay(
  posts: readonly SnapshotRollup[][],
  own: readonly AccountRef[],
  bounds: RangeBounds,
  timeZone: ZoneInput,
  limit: number,
): PostsPerDay[] {
  const counts = new Map<string, number>();
  for (const rows of posts) {
    const postedAt = rows.find((r) => r.postedAt !== undefined)?.postedAt;
    const first = rows[0];
    if (postedAt === undefined || !first || postedAt < bounds.from || postedAt > bounds.to) continue;
    const key = `${accountKey(first.platform, first.account)}|${dayKey(postedAt, timeZone)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const out: PostsPerDay[] = [];
  for (const account of own) {
    const key = accountKey(account.platform, account.handle);
    if (seen.has(key)) continue;
    seen.add(key);
    const perDay = bounds.days.map((day) => {
      const count = counts.get(`${key}|${day}`) ?? 0;
      return { day, count, overLimit: count > limit };
    });
    const maxPerDay = Math.max(0, ...perDay.map((d) => d.count));
    out.push({
      platform: account.platform,
      account: normalizeHandle(account.handle),
      limit,
      days: perDay,
      maxPerDay,
      overLimit: maxPerDay > limit,
    });
  }
  return out;
}

function snapshotSummary(rows: readonly SnapshotRollup[]): Omit<SnapshotSummary, 'ownPosts'> {
  const perPlatform = byPlatform(() => 0);
  const posts = new Set<string>();
  const profiles = new Set<string>();
  for (const r of rows) {
    perPlatform[r.platform] += r.samples;
    (r.kind === 'post' ? posts : profiles).add(`${r.platform}|${r.kind === 'post' ? r.postId : r.account}`);
  }
  return {
    total: PLATFORM_IDS.reduce((sum, p) => sum + perPlatform[p], 0),
    perPlatform,
    posts: posts.size,
    profiles: profiles.size,
  };
}

function accountKey(platform: PlatformId, handle: string): string {
  return `${platform}|${normalizeHandle(handle)}`;
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}
