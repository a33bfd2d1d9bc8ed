import type { UiLanguage } from '@/lib/schemas/common';

/**
 * A rule's own name in the UI language, wherever a rule is shown (never its id): the built-in
 * rules' names from the catalog (messages/rules.ts); a custom rule (written on the options page or
 * from a rule pack) by its own message, given as `fallback`. Built on a catalog's key test and
 * translator, so the page's small catalogs (page.ts) give the same names as the full one
 * (index.ts: ruleLabel). No catalog is imported here, so the page does not carry the full one.
 */
export function ruleLabelWith<K extends string>(
  has: (key: string) => key is K,
  tr: (lang: UiLanguage, key: K) => string,
): (lang: UiLanguage, ruleId: string, fallback?: string) => string {
  return (lang, ruleId, fallback) => {
    const key = `rule.${ruleId}`;
    if (has(key)) return tr(lang, key);
    if (fallback?.trim()) return fallback.trim();
    const custom = 'rule.custom-regex';
    return has(custom) ? tr(lang, custom) : ruleId;
  };
}
