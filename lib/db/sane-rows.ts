import { EPOCH_MS_MAX } from '@/lib/schemas/common';

/**
 * Whether a raw row's times can be bucketed into days. Rows written before times were bounded
 * at the schema (issue 21) may name instants up to 8.64e15, where the day arithmetic throws a
 * RangeError: one such row stopped the nightly maintenance and the dashboard for good. Readers
 * skip such a row and count it instead of aborting.
 */
export function hasSaneTimes(row: { at: unknown; postedAt?: unknown; targetAt?: unknown }): boolean {
  return saneTime(row.at) && (row.postedAt === undefined || saneTime(row.postedAt)) && (row.targetAt === undefined || saneTime(row.targetAt));
}

function saneTime(t: unknown): boolean {
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= EPOCH_MS_MAX;
}

/** The rows with sane times, and how many were skipped. */
export function saneRows<T extends { at: unknown }>(rows: readonly T[]): { rows: T[]; skipped: number } {
  const kept = rows.filter(hasSaneTimes);
  return { rows: kept, skipped: rows.length - kept.length };
}
