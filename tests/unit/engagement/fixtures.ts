import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Counts, Snapshot } from '@/lib/schemas/snapshot';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Wednesday 5 March 2025, 10:30 WIB (03:30 UTC): the fixed clock of these tests. */
export const NOW = Date.UTC(2025, 2, 5, 3, 30);

/** An instant given as local wall time in WIB (UTC+7). */
export function wib(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return Date.UTC(y, mo - 1, d, h - 7, mi, s, ms);
}

/** Exact counts from plain numbers. */
export function exact(values: Partial<Record<keyof Counts, number>>): Counts {
  const out: Counts = {};
  for (const [metric, value] of Object.entries(values) as [keyof Counts, number][]) {
    out[metric] = { value, exact: true };
  }
  return out;
}

let seq = 0;
export function snap(partial: Partial<Snapshot> & Pick<Snapshot, 'at'>): Snapshot {
  seq += 1;
  return {
    id: `snap-${seq}`,
    kind: 'post',
    platform: 'x',
    account: 'humas_kota',
    postId: '1890000000000000001',
    counts: exact({ likes: 10, replies: 2, reposts: 3, views: 1000 }),
    ...partial,
  };
}

export function reply(partial: Partial<ReplyEvent> & Pick<ReplyEvent, 'at'>): ReplyEvent {
  seq += 1;
  return { id: `evt-${seq}`, kind: 'sent', platform: 'x', ...partial };
}
