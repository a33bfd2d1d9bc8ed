import { describe, expect, it } from 'vitest';
import { countSeverities, findingRows, fixLabel, MAX_FIXES, scoreTone } from '@/entrypoints/overlay.content/ui/checker/rows';
import { checkText, defaultProfile, type Finding } from '@/lib/style';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001 cek bit.ly/abc123';

describe('findingRows: what the panel lists for a real draft', () => {
  const findings = checkText(DRAFT, defaultProfile, { platform: 'facebook', now: NOW });

  it('lists errors first, then warnings, each in text order, with what they cover', () => {
    const rows = findingRows(findings, DRAFT, 'id');
    expect(rows.map((r) => [r.ruleId, r.severity, r.excerpt])).toEqual([
      ['personal-nik', 'error', '3201012305900001'],
      ['slang', 'warning', 'gak'],
      ['link-shortener', 'warning', 'bit.ly/abc123'],
    ]);
  });

  it('gives the message in the UI language and keeps the fix', () => {
    const id = findingRows(findings, DRAFT, 'id').find((r) => r.ruleId === 'slang');
    const en = findingRows(findings, DRAFT, 'en').find((r) => r.ruleId === 'slang');
    expect(id?.message).toContain('tidak');
    expect(en?.message).toMatch(/slang/i);
    expect(id?.message).not.toBe(en?.message);
    expect(id?.replacements).toEqual(['tidak']);
  });

  it('keys are unique and stable for the same findings', () => {
    const a = findingRows(findings, DRAFT, 'id').map((r) => r.key);
    expect(new Set(a).size).toBe(a.length);
    expect(findingRows(findings, DRAFT, 'en').map((r) => r.key)).toEqual(a);
  });
});

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'slang',
  severity: 'warning',
  start: 0,
  end: 3,
  message: { id: 'pesan', en: 'message' },
  replacements: [],
  ...over,
});

describe('findingRows: edge cases', () => {
  it.each<[string, Finding, string, string]>([
    ['a long span is shortened with an ellipsis', finding({ start: 0, end: 80 }), 'a'.repeat(80), `${'a'.repeat(39)}…`],
    ['line breaks read as spaces', finding({ start: 0, end: 9 }), 'gak\n\nbisa', 'gak bisa'],
    ['a missing part (empty span) has no excerpt', finding({ start: 5, end: 5 }), 'Halo Kak', ''],
    ['emoji are not cut in half', finding({ start: 0, end: 84 }), '😀'.repeat(42), `${'😀'.repeat(39)}…`],
  ])('%s', (_name, f, text, excerpt) => {
    expect(findingRows([f], text, 'en')[0]?.excerpt).toBe(excerpt);
  });

  it(`deduplicates replacements and shows at most ${MAX_FIXES}`, () => {
    const [row] = findingRows([finding({ replacements: ['a', 'b', 'a', 'c', 'd'] })], 'xyz', 'id');
    expect(row?.replacements).toEqual(['a', 'b', 'c']);
  });

  it('an info note sorts after a later warning', () => {
    const rows = findingRows([finding({ severity: 'info', start: 0, end: 1, ruleId: 'a' }), finding({ severity: 'warning', start: 5, end: 6, ruleId: 'b' })], 'abcdefg', 'id');
    expect(rows.map((r) => r.ruleId)).toEqual(['b', 'a']);
  });
});

describe('countSeverities and scoreTone: the badge colour is the worst severity present', () => {
  it.each<[string, Finding['severity'][], string]>([
    ['nothing: ok', [], 'ok'],
    ['notes only', ['info', 'info'], 'info'],
    ['a warning among notes', ['info', 'warning'], 'warning'],
    ['one error among many warnings', ['warning', 'warning', 'error', 'info'], 'error'],
  ])('%s', (_name, severities, tone) => {
    const counts = countSeverities(severities.map((severity) => ({ severity })));
    expect(counts.error + counts.warning + counts.info).toBe(severities.length);
    expect(scoreTone(counts)).toBe(tone);
  });

  it('fixLabel shows "remove" for an empty replacement', () => {
    expect(fixLabel('', 'Hapus')).toBe('Hapus');
    expect(fixLabel('tidak', 'Hapus')).toBe('tidak');
  });
});
