import { addDayKeys, dayStart, type ZoneInput } from '@/lib/engagement/days';
import type { PlatformId } from '@/lib/schemas/common';
import type { ReplyEvent, ReplyEventKind } from '@/lib/schemas/reply-event';
import type { DayKey } from '@/lib/schemas/rollup';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { PranataDb } from './index';

/** The history tables show at most this many rows (newest first); narrower dates show the rest. */
export const HISTORY_CAP = 10_000;

export interface HistoryFilter<K extends string> {
  platform: PlatformId | 'all';
  /** Local days in the agency's zone, inclusive. */
  fromDay: DayKey;
  toDay: DayKey;
  kind: K | 'all';
}

export interface HistoryResult<T> {
  rows: T[];
  /** True when more rows matched than HISTORY_CAP. */
  capped: boolean;
}

function bounds(filter: { fromDay: DayKey; toDay: DayKey }, zone: ZoneInput): [number, number] {
  return [dayStart(filter.fromDay, zone), dayStart(addDayKeys(filter.toDay, 1), zone)];
}

/** Raw reply events of a date range (an index range: by kind and time when a kind is chosen). */
export async function queryReplyEvents(
  db: PranataDb,
  filter: HistoryFilter<ReplyEventKind>,
  zone: ZoneInput,
): Promise<HistoryResult<ReplyEvent>> {
  const [lower, upper] = bounds(filter, zone);
  if (upper <= lower) return { rows: [], capped: false };
  const range =
    filter.kind === 'all'
      ? db.replyEvents.where('at').between(lower, upper, true, false)
      : db.replyEvents.where('[kind+at]').between([filter.kind, lower], [filter.kind, upper], true, false);
  const rows = await range
    .reverse()
    .filter((e) => filter.platform === 'all' || e.platform === filter.platform)
    .limit(HISTORY_CAP + 1)
    .toArray();
  return { rows: rows.slice(0, HISTORY_CAP), capped: rows.length > HISTORY_CAP };
}

/** Raw snapshots of a date range, newest first. */
export async function querySnapshots(
  db: PranataDb,
  filter: HistoryFilter<Snapshot['kind']>,
  zone: ZoneInput,
): Promise<HistoryResult<Snapshot>> {
  const [lower, upper] = bounds(filter, zone);
  if (upper <= lower) return { rows: [], capped: false };
  const rows = await db.snapshots
    .where('at')
    .between(lower, upper, true, false)
    .reverse()
    .filter((s) => (filter.platform === 'all' || s.platform === filter.platform) && (filter.kind === 'all' || s.kind === filter.kind))
    .limit(HISTORY_CAP + 1)
    .toArray();
  return { rows: rows.slice(0, HISTORY_CAP), capped: rows.length > HISTORY_CAP };
}
