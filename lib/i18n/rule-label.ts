import type { UiLanguage } from '@/lib/schemas/common';
import { t, type MessageKey } from './index';
import { id as RULE_NAMES } from './messages/rules';

/**
 * A rule's own name in the UI language, wherever a rule is shown (never its id): the built-in
 * rules' names from the catalog (messages/rules.ts); a custom rule (written on the options page or
 * from a rule pack) by its own message, given as `fallback`.
 */
export function ruleLabel(lang: UiLanguage, ruleId: string, fallback?: string): string {
  const key = `rule.${ruleId}`;
  if (Object.hasOwn(RULE_NAMES, key)) return t(lang, key as MessageKey);
  return fallback?.trim() ? fallback.trim() : t(lang, 'rule.custom-regex');
}
