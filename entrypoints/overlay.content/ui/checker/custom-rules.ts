import { request } from '@/lib/messaging-client';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import type { CustomRule, SopProfile } from '@/lib/schemas/profile';
import { SANDBOX_PROFILE_BUDGET_MS, SANDBOX_RULE_BUDGET_MS, type CustomCheckResult } from '@/lib/style/custom-budget';
import { customRuleOffMessage, customRuleSkippedMessage } from '@/lib/style/rules/format';
import type { Finding } from '@/lib/style/runtime';

/** The profile's custom rules that are on (the rest are not sent). */
export function activeCustomRules(profile: SopProfile): CustomRule[] {
  return profile.customRules.filter((c) => profile.rules[c.id]?.enabled !== false);
}

/** The background's answer as the panel's findings: matches with the admin's message and severity, budget reports as info. */
export function customFindings(result: CustomCheckResult, profile: SopProfile, textLength: number): Finding[] {
  const byId = new Map(activeCustomRules(profile).map((c) => [c.id, c]));
  const out: Finding[] = [];
  for (const m of result.matches) {
    const rule = byId.get(m.ruleId);
    if (!rule) continue;
    const start = Math.max(0, Math.min(m.start, textLength));
    out.push({
      ruleId: rule.id,
      severity: profile.rules[rule.id]?.severity ?? rule.severity,
      start,
      end: Math.max(start, Math.min(m.end, textLength)),
      message: { id: rule.message, en: rule.message },
      replacements: rule.replacement === undefined ? [] : [rule.replacement],
    });
  }
  const report = (id: string, message: Finding['message']): void => {
    out.push({ ruleId: id, severity: 'info', start: 0, end: 0, message, replacements: [] });
  };
  for (const id of result.off) {
    const rule = byId.get(id);
    if (rule) report(id, customRuleOffMessage(rule, SANDBOX_RULE_BUDGET_MS, 'session'));
  }
  for (const id of result.skipped) if (byId.has(id)) report(id, customRuleSkippedMessage({ id }, SANDBOX_PROFILE_BUDGET_MS));
  return out;
}

/**
 * The custom rules of the draft in the focused composer, asked of the background (a worker there,
 * issue 21 item 3): never on the page's main thread. `findings` answers at once with the last
 * answer for exactly this text and profile, or nothing while one is on its way; `onAnswer` runs
 * when an answer comes, and the checker checks again. One request at a time: typing meanwhile
 * asks again with the text as it is then.
 */
export class CustomRuleClient {
  private last: { text: string; profile: SopProfile; findings: Finding[] } | null = null;
  private pending = false;

  constructor(private readonly onAnswer: () => void) {}

  findings(fullText: string, profile: SopProfile): Finding[] {
    const rules = activeCustomRules(profile);
    if (rules.length === 0) return [];
    // The custom rules see the draft's first MESSAGE_LIMITS.customCheckText characters.
    const text = fullText.slice(0, MESSAGE_LIMITS.customCheckText);
    const last = this.last;
    if (last && last.text === text && last.profile === profile) return last.findings;
    if (!this.pending) this.ask(text, profile, rules);
    return [];
  }

  /** True while the answer for this exact text has not come. */
  waiting(fullText: string, profile: SopProfile): boolean {
    if (activeCustomRules(profile).length === 0) return false;
    const text = fullText.slice(0, MESSAGE_LIMITS.customCheckText);
    return !(this.last && this.last.text === text && this.last.profile === profile);
  }

  private ask(text: string, profile: SopProfile, rules: CustomRule[]): void {
    this.pending = true;
    const jobs = rules.map(({ id, pattern, flags }) => ({ id, pattern, flags }));
    void request('rules.custom', { text, rules: jobs }).then((reply) => {
      this.pending = false;
      // Unreachable background (extension reloaded): no custom findings for this text, no retry loop.
      this.last = { text, profile, findings: reply.ok ? customFindings(reply.data, profile, text.length) : [] };
      this.onAnswer();
    });
  }
}
