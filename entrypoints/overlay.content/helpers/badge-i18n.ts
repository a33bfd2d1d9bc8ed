import { translate } from '@/lib/i18n/translate';
import type { UiLanguage } from '@/lib/schemas/common';
import * as catalog from '@/lib/i18n/messages/badge';

export type BadgeKey = keyof typeof catalog.id;

/**
 * Translation for the core content script's few strings, from their own catalog only (the full
 * i18n layer would bring every surface's strings into every page). Same `{name}` placeholders as
 * lib/i18n's t(); the result is used as text.
 */
export function tb(lang: UiLanguage, key: BadgeKey, params?: Record<string, string | number>): string {
  return translate<BadgeKey>(catalog, lang, key, params);
}
