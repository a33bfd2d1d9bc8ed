import type { UiLanguage } from '@/lib/schemas/common';
import * as checker from './messages/checker';
import * as common from './messages/common';
import * as rules from './messages/rules';
import { ruleLabelWith } from './rule-label';
import { translate, type Catalogs } from './translate';

/**
 * The strings of the check panel and the QC gate inside the site's page, from their own catalogs
 * (like the palette's tp and the badges' tb): the full catalog (index.ts) holds every options and
 * report screen too, 78 KB of text the page would parse on the first focus (issue 19).
 */
export type PageKey = keyof typeof checker.id | keyof typeof common.id | keyof typeof rules.id;

const CATALOGS: Catalogs<PageKey> = {
  id: { ...common.id, ...checker.id, ...rules.id },
  en: { ...common.en, ...checker.en, ...rules.en },
};

export type PageParams = Record<string, string | number>;

export function tc(lang: UiLanguage, key: PageKey, params?: PageParams): string {
  return translate(CATALOGS, lang, key, params);
}

/** A rule's name in the UI language (rule-label.ts), from the page's catalogs. */
export const pageRuleLabel = ruleLabelWith((key): key is PageKey => Object.hasOwn(CATALOGS.id, key), tc);
