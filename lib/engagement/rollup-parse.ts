import {
  replyRollupSchema,
  snapshotRollupSchema,
  type ReplyRollup,
  type SnapshotRollup,
} from '@/lib/schemas/rollup';

/**
 * Roll-up rows as read from the database (stored opaquely there) or from an imported file:
 * valid rows are kept, anything else (a newer or broken format) is counted and left out rather
 * than breaking the whole dashboard.
 */
export function parseSnapshotRollups(rows: readonly unknown[]): { rows: SnapshotRollup[]; invalid: number } {
  return parseAll(rows, (row) => snapshotRollupSchema.safeParse(row));
}

export function parseReplyRollups(rows: readonly unknown[]): { rows: ReplyRollup[]; invalid: number } {
  return parseAll(rows, (row) => replyRollupSchema.safeParse(row));
}

function parseAll<T>(
  rows: readonly unknown[],
  parse: (row: unknown) => { success: true; data: T } | { success: false },
): { rows: T[]; invalid: number } {
  const out: T[] = [];
  let invalid = 0;
  for (const row of rows) {
    const result = parse(row);
    if (result.success) out.push(result.data);
    else invalid += 1;
  }
  return { rows: out, invalid };
}
