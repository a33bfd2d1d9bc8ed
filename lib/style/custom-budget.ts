import type { CustomRule } from '@/lib/schemas/profile';
import type { CustomMatch } from './custom-match';

/**
 * The hard budget of the admin's custom rules on a site's page (issue 21 item 3). The rules run
 * in a worker that the runner terminates when a rule is not done in time, so these are real
 * bounds, not measurements: a rule gets at most SANDBOX_RULE_BUDGET_MS per check, all of a
 * profile's rules together at most SANDBOX_PROFILE_BUDGET_MS. The page never waits for them: it
 * shows the built-in findings at once and these when they come.
 */
export const SANDBOX_RULE_BUDGET_MS = 50;
export const SANDBOX_PROFILE_BUDGET_MS = 200;

export type CustomRuleJob = Pick<CustomRule, 'id' | 'pattern' | 'flags'>;

/** Runs one rule over one text within `budgetMs`; 'timeout' once it has stopped the rule. */
export interface CustomRuleRunner {
  run(rule: CustomRuleJob, text: string, budgetMs: number): Promise<CustomMatch[] | 'timeout'>;
  /** Resolves when the runner can start a rule at once (a worker loaded): the profile's budget starts after it. */
  ready?(): Promise<unknown>;
}

export interface CustomCheckResult {
  matches: (CustomMatch & { ruleId: string })[];
  /** Rules switched off for the session (over their budget, now or on an earlier check). */
  off: string[];
  /** Rules not run this time: the profile's budget was spent before their turn. */
  skipped: string[];
}

const keyOf = (rule: CustomRuleJob) => `${rule.flags}/${rule.pattern}`;

/**
 * One per background context: remembers the rules switched off for the session and runs one
 * check at a time (checks from several tabs queue, each with its own full budget).
 */
export class CustomRuleBudget {
  private readonly switchedOff = new Set<string>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly runner: CustomRuleRunner,
    private readonly clock: () => number = () => performance.now(),
    private readonly limits = { ruleMs: SANDBOX_RULE_BUDGET_MS, profileMs: SANDBOX_PROFILE_BUDGET_MS },
  ) {}

  check(text: string, rules: readonly CustomRuleJob[]): Promise<CustomCheckResult> {
    const run = this.tail.then(() => this.checkNow(text, rules));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async checkNow(text: string, rules: readonly CustomRuleJob[]): Promise<CustomCheckResult> {
    const result: CustomCheckResult = { matches: [], off: [], skipped: [] };
    await this.runner.ready?.();
    const t0 = this.clock();
    for (const rule of rules) {
      if (this.switchedOff.has(keyOf(rule))) {
        result.off.push(rule.id);
        continue;
      }
      const left = this.limits.profileMs - (this.clock() - t0);
      if (left <= 0) {
        result.skipped.push(rule.id);
        continue;
      }
      const budget = Math.min(this.limits.ruleMs, left);
      const found = await this.runner.run(rule, text, budget);
      if (found !== 'timeout') {
        for (const m of found) result.matches.push({ ...m, ruleId: rule.id });
      } else if (budget < this.limits.ruleMs) {
        // Cut short by the profile's budget, not its own: it may be fine next time.
        result.skipped.push(rule.id);
      } else {
        this.switchedOff.add(keyOf(rule));
        result.off.push(rule.id);
      }
    }
    return result;
  }
}
