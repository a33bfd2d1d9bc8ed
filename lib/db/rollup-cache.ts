import { daysFromTo } from '@/lib/engagement/days';
import type { DayKey } from '@/lib/schemas/rollup';
import type { PranataDb, RollupRow } from './index';
import type { RollupState } from './rollup-state';

type Table = 'snapshotRollups' | 'replyRollups';

interface Cache {
  generation: string;
  days: Record<Table, Map<DayKey, RollupRow[]>>;
}

/** Days kept per table (a little over a year); past that the cache starts over. */
const MAX_DAYS = 400;
const caches = new WeakMap<PranataDb, Cache>();

/**
 * Roll-up rows of whole days stay as they are until the maintenance runs again, and every run
 * that writes roll-ups writes a new watermark row: that row is the cache's generation. Within
 * one generation a page (the popup switching ranges, the report) reads each day's roll-ups from
 * the database once; a live query still reruns when the maintenance writes, since it reads the
 * watermark row every time.
 */
export function generationOf(state: RollupState | null): string | null {
  return state ? `${state.rolledThrough}|${state.at}|${state.timeZone}` : null;
}

/** Roll-up rows of the days from..to (inclusive) of one table, read only for days not cached. */
export async function rollupsOfDays(
  db: PranataDb,
  table: Table,
  from: DayKey,
  to: DayKey,
  generation: string | null,
): Promise<RollupRow[]> {
  if (from > to) return [];
  if (generation === null) return db[table].where('day').between(from, to, true, true).toArray();
  let cache = caches.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, days: { snapshotRollups: new Map(), replyRollups: new Map() } };
    caches.set(db, cache);
  }
  const map = cache.days[table];
  const days = daysFromTo(from, to);
  const spans = missingSpans(days, map);
  const read = await Promise.all(spans.map(([a, b]) => db[table].where('day').between(a, b, true, true).toArray()));
  if (map.size + days.length > MAX_DAYS) map.clear();
  spans.forEach(([a, b], i) => {
    for (const day of daysFromTo(a, b)) map.set(day, []);
    for (const row of read[i] ?? []) map.get(row.day)?.push(row);
  });
  return days.flatMap((d) => map.get(d) ?? []);
}

/** Runs of consecutive days missing from the cache, as [first, last] pairs. */
function missingSpans(days: readonly DayKey[], map: ReadonlyMap<DayKey, unknown>): [DayKey, DayKey][] {
  const spans: [DayKey, DayKey][] = [];
  let start: DayKey | null = null;
  let prev: DayKey | null = null;
  for (const day of days) {
    if (map.has(day)) {
      if (start !== null && prev !== null) spans.push([start, prev]);
      start = null;
    } else if (start === null) start = day;
    prev = day;
  }
  if (start !== null && prev !== null) spans.push([start, prev]);
  return spans;
}
