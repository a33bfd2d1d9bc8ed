import { describe, expect, it } from 'vitest';
import { fixAllPlan, safeReplacement } from '@/entrypoints/overlay.content/ui/checker/fix-all';
import { findingRows, type FindingRow } from '@/entrypoints/overlay.content/ui/checker/rows';
import { applyReplacement, checkText, defaultProfile } from '@/lib/style';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);

function rowsOf(text: string): FindingRow[] {
  return findingRows(checkText(text, defaultProfile, { platform: 'facebook', now: NOW }), text, 'id');
}

/** What "Perbaiki semua" leaves in the box: each step made in order on the text as it is then. */
function applyAll(text: string): string {
  let out = text;
  for (const step of fixAllPlan(rowsOf(text), text)) {
    expect(out.slice(step.row.start, step.row.end)).toBe(step.source);
    out = applyReplacement(out, step.row, step.replacement);
  }
  return out;
}

const row = (start: number, end: number, replacements: string[], ruleId = 'slang'): FindingRow => ({
  key: `${ruleId}:${start}:${end}`,
  ruleId,
  ruleName: ruleId,
  severity: 'warning',
  start,
  end,
  excerpt: '',
  message: '',
  replacements,
});

describe('safe fixes', () => {
  it.each([
    [['tidak'], 'tidak'],
    [[''], ''],
    [['Bapak', 'Ibu'], null],
    [[], null],
  ] as const)('a finding offering %j is fixed without asking: %j', (replacements, expected) => {
    expect(safeReplacement(row(0, 3, [...replacements]))).toBe(expected);
  });

  it('a missing part (empty range) is never fixed by "fix all"', () => {
    expect(safeReplacement(row(5, 5, ['Terima kasih.']))).toBeNull();
  });
});

describe('fixAllPlan', () => {
  it.each([
    ['Halo, gak bisa ya. NIK 3201012305900001 cek bit.ly/abc123', /tidak bisa/, /\bgak\b/],
    ['Mohon maaf, laporannya udah kami terima yg kemarin', /sudah kami terima yang kemarin/, /\b(udah|yg)\b/],
    ['Silahkan cek lagi ya, gak usah khawatir', /Silakan/, /\b(Silahkan|gak)\b/],
  ])('%s: every one-replacement finding is fixed in one go', (text, present, absent) => {
    const out = applyAll(text);
    expect(out).toMatch(present);
    expect(out).not.toMatch(absent);
  });

  it('orders the steps from the end of the draft, and skips one overlapping a planned step', () => {
    const text = 'gak udah yg';
    const plan = fixAllPlan([row(0, 3, ['tidak']), row(4, 8, ['sudah']), row(6, 11, ['x']), row(9, 11, ['yang'])], text);
    expect(plan.map((s) => s.replacement)).toEqual(['yang', 'sudah', 'tidak']);
  });

  it('leaves findings with several suggestions or none to the admin', () => {
    const plan = fixAllPlan([row(0, 3, ['Bapak', 'Ibu']), row(4, 8, [])], 'kamu cek');
    expect(plan).toEqual([]);
  });

  it('drops findings past the end of a shorter (changed) text', () => {
    expect(fixAllPlan([row(10, 13, ['tidak'])], 'gak')).toEqual([]);
  });
});
