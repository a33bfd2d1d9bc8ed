/**
 * The SOP/persona checker: pure functions of the draft, the agency's profile and the clock.
 * The check panel and the options page code against this module only.
 */
import type { SopProfile } from '@/lib/schemas/profile';
import { runCheck } from './check';
import type { CheckOptions, Finding } from './types';

export type { CheckOptions, Finding, Msg, RuleDoc } from './types';
export type { AnyRule as Rule } from './engines/types';
export { scoreFindings } from './score';
export { applyReplacement } from './replace';
export { validateCustomRule, type CustomRuleVerdict } from './validate-custom-rule';
export { defaultProfile, exampleProfiles, kakProfile, ministryProfile } from './profiles';
export { ALL_RULES as RULES } from './rules/index';

/** Findings for a draft, sorted by position. Never throws; an empty draft has none. */
export function checkText(text: string, profile: SopProfile, opts: CheckOptions): Finding[] {
  return runCheck(text, profile, opts, false);
}
