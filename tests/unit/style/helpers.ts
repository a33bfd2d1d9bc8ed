import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import { runCheck } from '@/lib/style/check';
import { applyReplacement, defaultProfile } from '@/lib/style';
import type { CheckOptions, Finding } from '@/lib/style';

/** A fixed clock: 2026-03-02 10:00 WIB. */
export const NOW = Date.UTC(2026, 2, 2, 3, 0, 0);

export function profileWith(patch: Partial<SopProfile> = {}, base: SopProfile = defaultProfile): SopProfile {
  return { ...base, ...patch };
}

/** The check as the tests see it: strict, so an engine's exception fails the test. */
export function check(text: string, profile: SopProfile = defaultProfile, opts: Partial<CheckOptions> = {}): Finding[] {
  return runCheck(text, profile, { platform: 'facebook', now: NOW, ...opts }, true);
}

export interface Case {
  text: string;
  profile?: Partial<SopProfile>;
  base?: SopProfile;
  platform?: PlatformId;
  category?: string;
  lang?: 'id' | 'en';
}

export interface InvalidCase extends Case {
  /** The exact flagged text of the first finding of the rule. */
  found?: string;
  /** The text after applying that finding's first replacement. */
  output?: string;
  /** How many findings of the rule. */
  count?: number;
  severity?: Finding['severity'];
}

const asCase = <C extends Case>(c: string | C): C => (typeof c === 'string' ? ({ text: c } as C) : c);

function run(ruleId: string, c: Case): Finding[] {
  const profile = profileWith(c.profile ?? {}, c.base ?? defaultProfile);
  return check(c.text, profile, {
    platform: c.platform ?? 'facebook',
    lang: c.lang,
    context: c.category ? { category: c.category } : undefined,
  }).filter((f) => f.ruleId === ruleId || (ruleId === 'custom-regex' && f.ruleId.startsWith('custom.')));
}

/** ESLint RuleTester style: valid texts give no finding of the rule; invalid ones do, as described. */
export function ruleTester(ruleId: string, cases: { valid: (string | Case)[]; invalid: (string | InvalidCase)[] }): void {
  describe(ruleId, () => {
    it.each(cases.valid.map((c) => [asCase<Case>(c).text.slice(0, 70), asCase<Case>(c)] as const))('valid: %s', (_n, c) => {
      expect(run(ruleId, c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [asCase<InvalidCase>(c).text.slice(0, 70), asCase<InvalidCase>(c)] as const))(
      'invalid: %s',
      (_n, c) => {
        const findings = run(ruleId, c);
        expect(findings.length).toBeGreaterThan(0);
        const first = findings[0];
        if (!first) return;
        if (c.count !== undefined) expect(findings).toHaveLength(c.count);
        if (c.found !== undefined) expect(c.text.slice(first.start, first.end)).toBe(c.found);
        if (c.severity !== undefined) expect(first.severity).toBe(c.severity);
        if (c.output !== undefined) {
          expect(first.replacements.length).toBeGreaterThan(0);
          expect(applyReplacement(c.text, first, first.replacements[0] ?? '')).toBe(c.output);
        }
        expect(first.message.id.length).toBeGreaterThan(0);
        expect(first.message.en.length).toBeGreaterThan(0);
      },
    );
  });
}
