import type { FindingRow } from './rows';

/** One fix "Perbaiki semua" makes: the row, its one replacement, and the words it was found on. */
export interface FixStep {
  row: FindingRow;
  replacement: string;
  /** text.slice(row.start, row.end) when planned: the step is skipped if the words changed. */
  source: string;
}

/**
 * A fix is safe to make without asking when the rule offers exactly one replacement (a slang
 * word's standard form, a masked NIK, "Rp"): a finding with several suggestions needs the admin
 * to choose, and one with none needs rewriting.
 */
export function safeReplacement(row: Pick<FindingRow, 'replacements' | 'end' | 'start'>): string | null {
  return row.replacements.length === 1 && row.end > row.start ? (row.replacements[0] ?? null) : null;
}

/**
 * The safe fixes of a check, in the order to make them: from the end of the draft to its
 * start, so each edit leaves the offsets of the ones still to come where they were; a finding
 * overlapping one already planned is left for the next check.
 */
export function fixAllPlan(rows: readonly FindingRow[], text: string): FixStep[] {
  const candidates = rows
    .map((row) => ({ row, replacement: safeReplacement(row) }))
    .filter((c): c is { row: FindingRow; replacement: string } => c.replacement !== null && c.row.end <= text.length)
    .sort((a, b) => b.row.start - a.row.start || b.row.end - a.row.end);
  const steps: FixStep[] = [];
  let limit = Number.POSITIVE_INFINITY; // the start of the last planned step
  for (const c of candidates) {
    if (c.row.end > limit) continue;
    const source = text.slice(c.row.start, c.row.end);
    if (source === c.replacement) continue;
    steps.push({ row: c.row, replacement: c.replacement, source });
    limit = c.row.start;
  }
  return steps;
}

/** How many safe fixes the panel's "Perbaiki semua" would make now. */
export function safeFixCount(rows: readonly FindingRow[], text: string): number {
  return fixAllPlan(rows, text).length;
}
