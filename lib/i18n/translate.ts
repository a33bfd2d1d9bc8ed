import type { UiLanguage } from '@/lib/schemas/common';
import { fillPlaceholders, type FillParams } from './fill';
import { INTL_LOCALE } from './locale';

/** A catalog pair: Indonesian (the source of the keys) and English typed against it. */
export interface Catalogs<K extends string> {
  readonly id: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/**
 * The one translator: the full i18n layer (t) and the content script's small catalogs (the
 * badges' tb, the palette's tp) all use it, each with its own catalogs so a page loads only the
 * strings it shows. `{name}` and plural placeholders are filled as text (fill.ts), with the
 * plural rules of the app's one locale table (locale.ts).
 */
export function translate<K extends string>(catalogs: Catalogs<K>, lang: UiLanguage, key: K, params?: FillParams): string {
  const template = catalogs[lang][key];
  if (!params) return template;
  return fillPlaceholders(template, params, INTL_LOCALE[lang]);
}
