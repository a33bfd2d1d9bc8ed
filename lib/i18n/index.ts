import { translate, type Catalogs } from './translate';
import type { UiLanguage } from '@/lib/schemas/common';
import { id, type MessageKey } from './id';
import { en } from './en';
import { ruleLabelWith } from './rule-label';

export type { MessageKey };
export type Params = Record<string, string | number>;

const CATALOGS: Catalogs<MessageKey> = { id, en };

/**
 * Translate a key. `{name}` placeholders are filled from params (as text: callers render the
 * result as a text node, never as HTML). A missing key cannot happen: en.ts is typed against id.ts.
 */
export function t(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return translate(CATALOGS, lang, key, params);
}

/** For keys made at run time from data (a rule id, a profile id): whether the catalog has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}

/** A rule's name in the UI language from the full catalog (rule-label.ts). */
export const ruleLabel = ruleLabelWith(isMessageKey, (lang, key) => t(lang, key));

/** The UI language to start with: the browser's, Indonesian unless it is English. */
export function languageFromLocale(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export { INTL_LOCALE } from './locale';
