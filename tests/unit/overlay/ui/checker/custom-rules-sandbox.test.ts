import { describe, expect, it } from 'vitest';
import { CustomRuleBudget, SANDBOX_PROFILE_BUDGET_MS, SANDBOX_RULE_BUDGET_MS, type CustomRuleJob, type CustomRuleRunner } from '@/lib/style/custom-budget';
import { compileCustomRule, matchCustomRule, type CustomMatch } from '@/lib/style/custom-match';
import { activeCustomRules, customFindings } from '@/entrypoints/overlay.content/ui/checker/custom-rules';
import { defaultProfile } from '@/lib/style/profiles';
import { checkText } from '@/lib/style/runtime';
import type { CustomRule } from '@/lib/schemas/profile';

/**
 * Issue 21 item 3: the budget logic of the custom rules' worker host. The runner is a fake that
 * "takes" a given time per rule on a fake clock and reports 'timeout' (as the real one does after
 * terminating its worker) when that time exceeds the budget it was given.
 */
const job = (id: string, pattern = id): CustomRuleJob => ({ id: `custom.${id}`, pattern, flags: 'u' });

function fakeRunner(cost: Record<string, number>) {
  let now = 0;
  const calls: { id: string; budget: number }[] = [];
  const runner: CustomRuleRunner = {
    async run(rule, text, budgetMs) {
      calls.push({ id: rule.id, budget: budgetMs });
      const takes = cost[rule.id] ?? 1;
      if (takes > budgetMs) {
        now += budgetMs;
        return 'timeout';
      }
      now += takes;
      const re = compileCustomRule(rule);
      return re ? matchCustomRule(re, text) : [];
    },
  };
  return { runner, calls, clock: () => now };
}

describe('the worker host’s budget', () => {
  it('a fast rule gives its matches with its id', async () => {
    const { runner, clock } = fakeRunner({});
    const budget = new CustomRuleBudget(runner, clock);
    const result = await budget.check('merek itu merek', [job('merek', '\\bmerek\\b')]);
    expect(result).toEqual({
      matches: [
        { ruleId: 'custom.merek', start: 0, end: 5, found: 'merek' },
        { ruleId: 'custom.merek', start: 10, end: 15, found: 'merek' },
      ],
      off: [],
      skipped: [],
    });
  });

  it(`a rule over ${SANDBOX_RULE_BUDGET_MS} ms is stopped, switched off for the session and not run again`, async () => {
    const { runner, calls, clock } = fakeRunner({ 'custom.slow': 10_000 });
    const budget = new CustomRuleBudget(runner, clock);
    const rules = [job('slow', '\\p{Extended_Pictographic}+x'), job('ok', 'ok')];
    const first = await budget.check('ok 😀😀', rules);
    expect(first.off).toEqual(['custom.slow']);
    expect(first.matches.map((m) => m.ruleId)).toEqual(['custom.ok']);
    expect(calls[0]).toEqual({ id: 'custom.slow', budget: SANDBOX_RULE_BUDGET_MS });
    const second = await budget.check('ok lagi', rules);
    expect(second.off).toEqual(['custom.slow']);
    expect(calls.filter((c) => c.id === 'custom.slow')).toHaveLength(1);
  });

  it('the same pattern under another id is off too (switched off by pattern and flags)', async () => {
    const { runner, clock } = fakeRunner({ 'custom.a': 10_000 });
    const budget = new CustomRuleBudget(runner, clock);
    await budget.check('x', [job('a', 'p')]);
    expect((await budget.check('x', [job('b', 'p')])).off).toEqual(['custom.b']);
  });

  it(`once the profile's rules took ${SANDBOX_PROFILE_BUDGET_MS} ms, the rest are skipped this time, none switched off`, async () => {
    const step = SANDBOX_RULE_BUDGET_MS - 5;
    const ids = Array.from({ length: 8 }, (_, i) => `r${i}`);
    const { runner, calls, clock } = fakeRunner(Object.fromEntries(ids.map((id) => [`custom.${id}`, step])));
    const budget = new CustomRuleBudget(runner, clock);
    const result = await budget.check('teks', ids.map((id) => job(id)));
    const ran = Math.ceil(SANDBOX_PROFILE_BUDGET_MS / step);
    // The last rule that started got only what was left of the profile's budget, and ran out:
    // skipped (it may be fine next time), not switched off.
    expect(calls.at(-1)!.budget).toBeLessThan(SANDBOX_RULE_BUDGET_MS);
    expect(result.off).toEqual([]);
    expect(result.skipped).toEqual(ids.slice(ran - 1).map((id) => `custom.${id}`));
    // A new check has its whole budget again.
    const again = await budget.check('teks', [job('r7')]);
    expect(again.skipped).toEqual([]);
  });

  it('checks from several tabs run one at a time, each with its full budget', async () => {
    const { runner, calls, clock } = fakeRunner({ 'custom.a': 150, 'custom.b': 40 });
    const budget = new CustomRuleBudget(runner, clock, { ruleMs: 200, profileMs: 200 });
    const [one, two] = await Promise.all([budget.check('x', [job('a')]), budget.check('y', [job('b')])]);
    expect(one.skipped).toEqual([]);
    expect(two.skipped).toEqual([]);
    expect(calls.map((c) => c.budget)).toEqual([200, 200]);
  });
});

describe('the panel’s findings from the worker’s answer', () => {
  const rule = (id: string, extra: Partial<CustomRule> = {}): CustomRule => ({ id, pattern: 'x', flags: '', message: `Pesan ${id}`, severity: 'error', ...extra });
  const profile = {
    ...defaultProfile,
    customRules: [rule('custom.a', { replacement: 'y' }), rule('custom.b'), rule('custom.mati')],
    rules: { ...defaultProfile.rules, 'custom.b': { severity: 'info' as const }, 'custom.mati': { enabled: false } },
  };

  it('leaves switched-off rules out of the request', () => {
    expect(activeCustomRules(profile).map((r) => r.id)).toEqual(['custom.a', 'custom.b']);
  });

  it('carries the admin’s message, severity override and replacement; names off and skipped rules (info)', () => {
    const matches: (CustomMatch & { ruleId: string })[] = [
      { ruleId: 'custom.a', start: 2, end: 3, found: 'x' },
      { ruleId: 'custom.b', start: 5, end: 99, found: 'x' },
      { ruleId: 'custom.mati', start: 0, end: 1, found: 'x' },
    ];
    const out = customFindings({ matches, off: ['custom.a'], skipped: ['custom.b'] }, profile, 10);
    expect(out.slice(0, 2)).toEqual([
      { ruleId: 'custom.a', severity: 'error', start: 2, end: 3, message: { id: 'Pesan custom.a', en: 'Pesan custom.a' }, replacements: ['y'] },
      { ruleId: 'custom.b', severity: 'info', start: 5, end: 10, message: { id: 'Pesan custom.b', en: 'Pesan custom.b' }, replacements: [] },
    ]);
    expect(out[2]).toMatchObject({ ruleId: 'custom.a', severity: 'info', start: 0, end: 0 });
    expect(out[2]!.message.id).toMatch(/custom\.a.*dimatikan untuk sesi ini/);
    expect(out[3]!.message.en).toMatch(/custom\.b was skipped this time/);
    expect(out).toHaveLength(4);
  });

  it('the page’s own check leaves custom rules out (customRules: false)', () => {
    const p = { ...defaultProfile, customRules: [rule('custom.kata', { pattern: '\\bkata\\b' })] };
    const opts = { platform: 'x' as const, now: Date.now() };
    expect(checkText('kata itu', p, opts).map((f) => f.ruleId)).toContain('custom.kata');
    expect(checkText('kata itu', p, { ...opts, customRules: false }).map((f) => f.ruleId)).not.toContain('custom.kata');
  });
});
