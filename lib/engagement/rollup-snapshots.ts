import type { PlatformId } from '@/lib/schemas/common';
import { ROLLUP_VERSION, type DayKey, type SnapshotRollup } from '@/lib/schemas/rollup';
import { metricSchema, type Counts, type Snapshot } from '@/lib/schemas/snapshot';
import { dayKey, type ZoneInput } from './days';

/** Handles are compared without "@" and in lower case everywhere. */
export function normalizeHandle(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase();
}

export const PROFILE_POST_ID = 'profile';

export function snapshotRollupKey(
  day: DayKey,
  platform: PlatformId,
  account: string,
  kind: 'post' | 'profile',
  postId: string,
): string {
  // The post id goes last: it is the only part that may contain any character.
  return `s|${day}|${platform}|${normalizeHandle(account)}|${kind}|${kind === 'profile' ? PROFILE_POST_ID : postId}`;
}

/**
 * Rolls raw snapshots up into one row per (local day, platform, account, post or profile).
 * Snapshots are deduplicated by id first, so rolling a list that contains the same snapshot
 * twice gives the same rows as rolling it once. Rows come out sorted by key.
 */
export function rollupSnapshots(snapshots: readonly Snapshot[], zone: ZoneInput): SnapshotRollup[] {
  const seen = new Set<string>();
  const groups = new Map<string, { day: DayKey; rows: Snapshot[] }>();
  for (const snap of snapshots) {
    if (seen.has(snap.id)) continue;
    seen.add(snap.id);
    const day = dayKey(snap.at, zone);
    const key = snapshotRollupKey(day, snap.platform, snap.account, snap.kind, snap.postId);
    const group = groups.get(key);
    if (group) group.rows.push(snap);
    else groups.set(key, { day, rows: [snap] });
  }
  const out: SnapshotRollup[] = [];
  for (const [key, { day, rows }] of groups) {
    // One pass for the earliest and latest reading; counts break ties on time (see combine).
    let first = rows[0];
    let last = rows[0];
    let permalink: string | undefined;
    let postedAt: number | undefined;
    for (const row of rows) {
      if (first && (row.at < first.at || (row.at === first.at && cmp(canon(row.counts), canon(first.counts)) < 0))) first = row;
      if (last && (row.at > last.at || (row.at === last.at && cmp(canon(row.counts), canon(last.counts)) > 0))) last = row;
      permalink = minDefined(permalink, row.permalink);
      postedAt = minDefined(postedAt, row.postedAt);
    }
    if (!first || !last) continue;
    out.push(
      build({
        key,
        day,
        platform: first.platform,
        kind: first.kind,
        account: normalizeHandle(first.account),
        postId: first.kind === 'profile' ? PROFILE_POST_ID : first.postId,
        permalink,
        postedAt,
        firstAt: first.at,
        lastAt: last.at,
        first: first.counts,
        last: last.counts,
        samples: rows.length,
      }),
    );
  }
  return sortByKey(out);
}

/**
 * Merges roll-up rows that share a key (a stored row and a freshly rolled one, say). Idempotent:
 * merging a row with itself, or with a re-roll of the same raw snapshots, changes nothing.
 * First/last counts come from the earliest/latest reading on either side. Sample counts add up
 * only when the two rows cover disjoint spans of the day; overlapping spans are taken to be the
 * same snapshots rolled again and the larger count wins (roll whole days, and this is exact).
 */
export function mergeSnapshotRollups(...lists: readonly (readonly SnapshotRollup[])[]): SnapshotRollup[] {
  const groups = new Map<string, SnapshotRollup[]>();
  for (const row of lists.flat()) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  const out: SnapshotRollup[] = [];
  for (const group of groups.values()) {
    group.sort(
      (a, b) => a.firstAt - b.firstAt || a.lastAt - b.lastAt || a.samples - b.samples || cmp(canon(firstCounts(a)), canon(firstCounts(b))),
    );
    let acc = group[0];
    if (!acc) continue;
    for (const row of group.slice(1)) {
      const disjoint = row.firstAt > acc.lastAt || row.lastAt < acc.firstAt;
      acc = combine(acc, row, disjoint ? acc.samples + row.samples : Math.max(acc.samples, row.samples));
    }
    out.push(acc);
  }
  return sortByKey(out);
}

function combine(a: SnapshotRollup, b: SnapshotRollup, samples: number): SnapshotRollup {
  // Ties on time are broken by the counts themselves, so the result never depends on order.
  const firstFromA =
    a.firstAt < b.firstAt || (a.firstAt === b.firstAt && cmp(canon(firstCounts(a)), canon(firstCounts(b))) <= 0);
  const lastFromA = a.lastAt > b.lastAt || (a.lastAt === b.lastAt && cmp(canon(a.last), canon(b.last)) >= 0);
  return build({
    key: a.key,
    day: a.day,
    platform: a.platform,
    kind: a.kind,
    account: a.account,
    postId: a.postId,
    permalink: minDefined(a.permalink, b.permalink),
    postedAt: minDefined(a.postedAt, b.postedAt),
    firstAt: firstFromA ? a.firstAt : b.firstAt,
    lastAt: lastFromA ? a.lastAt : b.lastAt,
    first: firstFromA ? firstCounts(a) : firstCounts(b),
    last: lastFromA ? a.last : b.last,
    samples,
  });
}

/** The day's first counts (stored only when they differ from the last). */
export function firstCounts(row: Pick<SnapshotRollup, 'first' | 'last'>): Counts {
  return row.first ?? row.last;
}

type RowFields = Omit<SnapshotRollup, 'v' | 'first'> & { first: Counts };

// One field order, no undefined-valued keys and no `first` equal to `last`: equal rows are
// equal as JSON too, and a single-reading day costs one set of counts.
function build(f: RowFields): SnapshotRollup {
  const row: SnapshotRollup = {
    v: ROLLUP_VERSION,
    key: f.key,
    day: f.day,
    platform: f.platform,
    kind: f.kind,
    account: f.account,
    postId: f.postId,
    firstAt: f.firstAt,
    lastAt: f.lastAt,
    last: f.last,
    samples: f.samples,
  };
  if (canon(f.first) !== canon(f.last)) row.first = f.first;
  if (f.permalink !== undefined) row.permalink = f.permalink;
  if (f.postedAt !== undefined) row.postedAt = f.postedAt;
  return row;
}

function minDefined<T extends string | number>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

function canon(counts: Counts): string {
  return metricSchema.options
    .map((m) => {
      const c = counts[m];
      return c ? `${m}=${c.value}${c.exact ? '' : '~'}` : '';
    })
    .join(',');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortByKey<T extends { key: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => cmp(a.key, b.key));
}
