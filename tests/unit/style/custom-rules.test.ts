import { beforeEach, describe, expect, it } from 'vitest';
import { buildDoc } from '@/lib/style/doc';
import { CUSTOM_PROFILE_BUDGET_MS, CUSTOM_RULE_BUDGET_MS, customRegexRule, resetCustomRuleBudgets } from '@/lib/style/rules/format';
import { validateCustomRule } from '@/lib/style/validate-custom-rule';
import { regexShapeProblem } from '@/lib/style/regex-shape';
import type { CustomRule } from '@/lib/schemas/profile';

/** Issue 21 item 3: custom rules refused by shape, and held to a measured budget when they run. */
const rule = (pattern: string, id = 'custom.x'): CustomRule => ({ id, pattern, flags: 'u', message: 'Pesan admin', severity: 'error' });

describe('the static check refuses quadratic and zero-width shapes', () => {
  it.each([
    ['\\p{Extended_Pictographic}+x', 'quadratic'],
    ['[a-z]+@', 'quadratic'],
    ['\\d+ juta', 'quadratic'],
    ['(\\d+) juta', 'quadratic'],
    ['\\w+\\w+x', 'quadratic'],
    ['.+x', 'quadratic'],
    ['\\s+$', 'quadratic'],
    ['\\b.+x', 'quadratic'],
    ['\\b', 'zero-width'],
    ['\\B', 'zero-width'],
    ['(?=a)', 'zero-width'],
    ['(?<=a)', 'zero-width'],
    ['(?!a)', 'zero-width'],
    ['x*', 'zero-width'],
    ['\\bx?\\b', 'zero-width'],
  ])('%s → refused (%s)', (pattern, problem) => {
    expect(regexShapeProblem(pattern, 'u')).toBe(problem);
    const verdict = validateCustomRule(rule(pattern));
    expect(verdict.ok).toBe(false);
  });

  it.each(['\\bmerek\\b', 'merek\\s+\\w+', 'Rp\\s?\\d+', '\\d{3,}', '^\\d+ juta', '\\b\\d+ juta', 'anjir|anjay', '(?:sip|mantap)+', '\\bwa\\.me/\\d{8,15}'])(
    '%s → accepted',
    (pattern) => {
      expect(regexShapeProblem(pattern, 'u')).toBeNull();
      expect(validateCustomRule(rule(pattern))).toEqual({ ok: true });
    },
  );

  it('names the way out in both languages', () => {
    const verdict = validateCustomRule(rule('\\p{Extended_Pictographic}+x'));
    expect(verdict.ok === false && verdict.reason.id).toMatch(/\\b/);
    expect(verdict.ok === false && verdict.reason.en).toMatch(/unbounded repetition/);
  });
});

describe('a measured budget while the rules run', () => {
  beforeEach(() => resetCustomRuleBudgets());

  /** A clock that moves `step` ms each time it is read. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it(`a rule over ${CUSTOM_RULE_BUDGET_MS} ms is switched off for the page and named (info, no underline)`, () => {
    const slow = customRegexRule(rule('kata'), ticking(CUSTOM_RULE_BUDGET_MS + 5));
    if (!slow) throw new Error('compiles');
    const first = [...slow.find(buildDoc('kata kata kata'), {} as never)];
    expect(first).toEqual([{ start: 0, end: 0, found: expect.any(String), replacements: [], severity: 'info' }]);
    expect(slow.message({ found: first[0]!.found }).id).toMatch(/custom\.x.*dimatikan/);
    expect(slow.message({ found: first[0]!.found }).en).toMatch(/switched off/);
    // Later checks do not run it at all (a fast clock now would find matches).
    const again = customRegexRule(rule('kata'), ticking(0));
    expect([...again!.find(buildDoc('kata'), {} as never)].map((m) => m.severity)).toEqual(['info']);
  });

  it(`once the profile's rules took ${CUSTOM_PROFILE_BUDGET_MS} ms on a draft, the rest wait for the next check`, () => {
    const doc = buildDoc('satu dua tiga');
    // Each rule takes just under its own budget (the clock is read at its start and end).
    const step = CUSTOM_RULE_BUDGET_MS - 1;
    const count = Math.ceil(CUSTOM_PROFILE_BUDGET_MS / step) + 1;
    const rules = Array.from({ length: count }, (_, i) => customRegexRule(rule(`zz${i}q`, `custom.r${i}`), ticking(step))!);
    const results = rules.map((r) => [...r.find(doc, {} as never)]);
    expect(results.slice(0, -1).flat()).toEqual([]);
    const last = results[count - 1]!;
    expect(last.map((m) => m.severity)).toEqual(['info']);
    expect(rules[count - 1]!.message({ found: last[0]!.found }).en).toMatch(/skipped this time/);
    // A new draft: the budget starts again.
    expect([...rules[0]!.find(buildDoc('zz0q'), {} as never)]).toHaveLength(1);
  });

  it('a fast rule finds its matches as before', () => {
    const r = customRegexRule(rule('\\bkata\\b'));
    expect([...r!.find(buildDoc('kata itu kata'), {} as never)].map((m) => [m.start, m.end])).toEqual([[0, 4], [9, 13]]);
  });
});

describe('custom rules scan in windows: a bound per regex call, the same matches', () => {
  beforeEach(() => resetCustomRuleBudgets());

  it('finds every match of a long draft, also across window edges, in order', () => {
    const text = Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 'merek Sabun' : 'kata')).join(' ');
    const expected = [...text.matchAll(/\bmerek\s+\w+/gu)].slice(0, 50).map((m) => [m.index, m.index + m[0].length]);
    const r = customRegexRule(rule('\\bmerek\\s+\\w+'), () => 0);
    expect([...r!.find(buildDoc(text), {} as never)].map((m) => [m.start, m.end])).toEqual(expected);
  });

  it('"^" and look-behinds still mean the text’s own start', () => {
    const text = 'x'.repeat(799) + 'Halo';
    expect([...customRegexRule(rule('^Halo'), () => 0)!.find(buildDoc(text), {} as never)]).toEqual([]);
    expect([...customRegexRule(rule('^x'), () => 0)!.find(buildDoc(text), {} as never)]).toHaveLength(1);
    expect([...customRegexRule(rule('(?<!x)Halo'), () => 0)!.find(buildDoc(text), {} as never)]).toEqual([]);
  });

  it('a quadratic pattern stored before the static check (an old backup) costs one window per call, and is switched off', () => {
    const text = '😀'.repeat(20_000);
    const r = customRegexRule(rule('\\p{Extended_Pictographic}+x'));
    const t = performance.now();
    const found = [...r!.find(buildDoc(text), {} as never)];
    const took = performance.now() - t;
    // Unwindowed, one regex call on this draft took 10.5 s.
    expect(took).toBeLessThan(1500);
    expect(found.map((m) => m.severity)).toEqual(['info']);
  });
});
