import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { enGB, id as idLocale } from 'date-fns/locale';
import type { UiLanguage } from '@/lib/schemas/common';
import { ianaZone, type ZoneInput } from './days';
import { NO_VALUE } from './format-number';

/**
 * Dates as people read them, through date-fns with its Indonesian and (British-order) English
 * locales, in the agency's zone: "23 Nov 2026 14.05" / "23 Nov 2026 14:05". Tables showed
 * "2026-11-23 14:05" (and CSV still does: sortable, what spreadsheets read). Minutes, no seconds.
 */
const LOCALE = { id: idLocale, en: enGB } as const;
/** Indonesian writes the time with a dot (EYD: 14.05), English with a colon. */
const PATTERN: Record<UiLanguage, { when: string; day: string }> = {
  id: { when: 'd MMM yyyy HH.mm', day: 'd MMM yyyy' },
  en: { when: 'd MMM yyyy HH:mm', day: 'd MMM yyyy' },
};

function valid(at: number | null | undefined): at is number {
  return at != null && Number.isFinite(at);
}

export function readableWhen(at: number | null | undefined, lang: UiLanguage, zone: ZoneInput): string {
  if (!valid(at)) return NO_VALUE;
  return format(at, PATTERN[lang].when, { locale: LOCALE[lang], in: tz(ianaZone(zone)) });
}

export function readableDate(at: number | null | undefined, lang: UiLanguage, zone: ZoneInput): string {
  if (!valid(at)) return NO_VALUE;
  return format(at, PATTERN[lang].day, { locale: LOCALE[lang], in: tz(ianaZone(zone)) });
}
