import type { UiLanguage } from '@/lib/schemas/common';
import { isMessageKey, t } from './index';

/**
 * A rule's own name in the UI language, wherever a rule is shown (never its id): the built-in
 * rules' names from the catalog (messages/rules.ts); a custom rule (written on the options page or
 * from a rule pack) by its own message, given as `fallback`.
 */
export function ruleLabel(lang: UiLanguage, ruleId: string, fallback?: string): string {
  const key = `rule.${ruleId}`;
  if (isMessageKey(key)) return t(lang, key);
  return fallback?.trim() ? fallback.trim() : t(lang, 'rule.custom-regex');
}
