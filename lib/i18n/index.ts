import { fillPlaceholders } from './fill';
import type { UiLanguage } from '@/lib/schemas/common';
import { id, type MessageKey } from './id';
import { en } from './en';

export type { MessageKey };
export type Params = Record<string, string | number>;

const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { id, en };

/**
 * Translate a key. `{name}` placeholders are filled from params (as text: callers render the
 * result as a text node, never as HTML). A missing key cannot happen: en.ts is typed against id.ts.
 */
export function t(lang: UiLanguage, key: MessageKey, params?: Params): string {
  const template = CATALOGS[lang][key];
  if (!params) return template;
  return fillPlaceholders(template, params, lang);
}

/** The UI language to start with: the browser's, Indonesian unless it is English. */
export function languageFromLocale(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export { INTL_LOCALE } from './locale';
