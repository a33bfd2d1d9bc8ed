/**
 * What the in-page check panel needs, without the custom-rule validator: that one pulls in
 * redos-detector's regex parser, which the content script has no use for. The options page
 * imports from lib/style (index.ts), which re-exports all of this plus validateCustomRule.
 */
import type { SopProfile } from '@/lib/schemas/profile';
import { runCheck } from './check';
export { compareFindings } from './check';
import type { CheckOptions, Finding } from './types';

export type { CheckOptions, Finding, Msg, RuleDoc } from './types';
export type { AnyRule as Rule } from './engines/types';
export { scoreFindings } from './score';
export { applyReplacement } from './replace';
export { defaultProfile, exampleProfiles, kakProfile, ministryProfile } from './profiles';
export { ALL_RULES as RULES } from './rules/index';

/** Findings for a draft, sorted by position. Never throws; an empty draft has none. */
export function checkText(text: string, profile: SopProfile, opts: CheckOptions): Finding[] {
  return runCheck(text, profile, opts, false);
}
