import { translate } from '@/lib/i18n/translate';
import type { UiLanguage } from '@/lib/schemas/common';
import { INTL_LOCALE } from '@/lib/i18n/locale';
import * as catalog from '@/lib/i18n/messages/palette';

export type PaletteKey = keyof typeof catalog.id;

/**
 * The palette's strings, from its own catalog only (the full i18n layer would load every
 * surface's strings into the site's page). Same `{name}` placeholders as lib/i18n's t(); the
 * result is always rendered as text.
 */
export function tp(lang: UiLanguage, key: PaletteKey, params?: Record<string, string | number>): string {
  return translate<PaletteKey>(catalog, lang, key, params);
}


/** Locale tags for numbers in the UI language: the app's one locale table. */
export const NUMBER_LOCALE: Record<UiLanguage, string> = INTL_LOCALE;
