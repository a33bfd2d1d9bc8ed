import type { UiLanguage } from '@/lib/schemas/common';

/**
 * The one locale table: Intl / date-fns formatting in the UI language (dates, numbers, lists,
 * plural rules). English is en-GB: day before month, like Indonesian; "X, Facebook and
 * Instagram" without the serial comma.
 */
export const INTL_LOCALE: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * The one exception, compact counts in English: "1.2K" as X, Facebook and Instagram write them on
 * their own English pages (tests/unit/platforms/counts.test.ts), where en-GB would write "1.2k".
 */
export const COMPACT_COUNT_LOCALE: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-US' };
