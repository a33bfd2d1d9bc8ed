import type { UiLanguage } from '@/lib/schemas/common';

/**
 * The one locale table: Intl / date-fns formatting in the UI language. English is en-GB (day
 * before month, like Indonesian; "X, Facebook and Instagram" without the serial comma).
 */
export const INTL_LOCALE: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-GB' };
