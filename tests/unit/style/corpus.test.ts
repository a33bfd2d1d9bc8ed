import { describe, expect, it } from 'vitest';
import { RULES, type Finding } from '@/lib/style';
import { BAD } from './corpus/bad';
import { GOOD } from './corpus/good';
import { CORPUS_PROFILES } from './corpus/profiles';
import type { CorpusCase } from './corpus/types';
import { check } from './helpers';

function findingsOf(c: CorpusCase): Finding[] {
  return check(c.text, CORPUS_PROFILES[c.profile ?? 'default'], {
    platform: c.platform ?? 'facebook',
    lang: c.lang,
    context: c.category ? { category: c.category } : undefined,
  });
}

const INFO_RULES = new Set(RULES.filter((r) => r.defaultSeverity === 'info').map((r) => r.id));

/**
 * A detection is an error or a warning. An info note counts only for rules that are info by
 * nature (long sentences, rupiah format); a colloquial word that a semi-formal persona may use
 * is noted as info on purpose and is not a detection.
 */
const detected = (f: Finding) => f.severity !== 'info' || INFO_RULES.has(f.ruleId);

const ALL = [...GOOD, ...BAD];
const results = ALL.map((c) => ({
  c,
  got: new Set(findingsOf(c).filter(detected).map((f) => f.ruleId)),
  want: new Set(c.expect),
}));

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function perRule(): Map<string, Score> {
  const scores = new Map<string, Score>();
  const get = (id: string) => {
    let s = scores.get(id);
    if (!s) {
      s = { tp: 0, fp: 0, fn: 0 };
      scores.set(id, s);
    }
    return s;
  };
  for (const { got, want } of results) {
    for (const id of got) {
      if (want.has(id)) get(id).tp++;
      else get(id).fp++;
    }
    for (const id of want) if (!got.has(id)) get(id).fn++;
  }
  return scores;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Floors set from the measured run: every rule at 1.00 on 120 good and 105 bad replies. The
 * corpus is written by the same hands as the lexicons, so these numbers are optimistic: the 32
 * "harder" replies written afterwards scored micro precision 0.991 and recall 0.983 before the
 * gaps they found (GERMAS, "forward", "budek") were added. The floors guard against regressions.
 */
const MIN_PRECISION = 1;
const MIN_RECALL = 1;
const MIN_MICRO_PRECISION = 1;
const MIN_MICRO_RECALL = 1;

describe('corpus of realistic replies', () => {
  it('has at least 150 replies, good ones from several agencies and bad ones of every kind', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
    expect(GOOD.length).toBeGreaterThanOrEqual(90);
    expect(new Set(GOOD.map((c) => c.profile ?? 'default')).size).toBeGreaterThanOrEqual(9);
  });

  it.each(GOOD.map((c) => [c.profile ?? 'default', c.text.slice(0, 60), c] as const))(
    'good reply (%s) gives no error or warning: %s',
    (_p, _t, c) => {
      const serious = findingsOf(c).filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${f.ruleId}: ${c.text.slice(f.start, f.end)}`)).toEqual([]);
    },
  );

  it('reports precision and recall per rule, and holds the floors', () => {
    const scores = perRule();
    const rows = [...scores.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, s]) => ({
        rule,
        tp: s.tp,
        fp: s.fp,
        fn: s.fn,
        precision: Number(ratio(s.tp, s.tp + s.fp).toFixed(2)),
        recall: Number(ratio(s.tp, s.tp + s.fn).toFixed(2)),
      }));
    const total = [...scores.values()].reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    const microP = ratio(total.tp, total.tp + total.fp);
    const microR = ratio(total.tp, total.tp + total.fn);
    console.log(`\n== SOP corpus: ${GOOD.length} good + ${BAD.length} bad replies ==`);
    console.table(rows);
    console.log(`micro precision ${microP.toFixed(3)}, micro recall ${microR.toFixed(3)}`);
    const misses = results
      .filter(({ got, want }) => [...got].some((id) => !want.has(id)) || [...want].some((id) => !got.has(id)))
      .map(({ c, got }) => `${c.text.slice(0, 70)} | want ${c.expect.join(',') || '-'} | got ${[...got].join(',') || '-'}`);
    if (misses.length > 0) console.log('mismatches:\n' + misses.join('\n'));

    // every bad-reply rule is covered by the corpus
    const expected = new Set(BAD.flatMap((c) => c.expect));
    expect(expected.size).toBeGreaterThanOrEqual(30);
    for (const row of rows) {
      expect(row.precision, `${row.rule} precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(row.recall, `${row.rule} recall`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
    expect(microP).toBeGreaterThanOrEqual(MIN_MICRO_PRECISION);
    expect(microR).toBeGreaterThanOrEqual(MIN_MICRO_RECALL);
  });
});
