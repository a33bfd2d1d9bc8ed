import type { UiLanguage } from '@/lib/schemas/common';
import { COMPACT_COUNT_LOCALE, INTL_LOCALE } from '@/lib/i18n/locale';

// Number formatting on its own, free of zod and date-fns, so the content script (post badges)
// can use it; format.ts re-exports everything here.

/** Dates and numbers in the app's one locale table (lib/i18n/locale.ts). */
export const DATE_LOCALE: Record<UiLanguage, string> = INTL_LOCALE;

/** Shown where there is no value (no replies yet, no follower count): never "NaN" or "0 %". */
export const NO_VALUE = '–';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: UiLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let fmt = numberFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat((options.notation === 'compact' ? COMPACT_COUNT_LOCALE : INTL_LOCALE)[lang], options);
    numberFormats.set(key, fmt);
  }
  return fmt;
}

/** 1234 -> "1.234" (id) / "1,234" (en); compact: "1,2 rb" / "1.2K". */
export function formatCount(n: number | null | undefined, lang: UiLanguage, options: { compact?: boolean } = {}): string {
  if (n == null || !Number.isFinite(n)) return NO_VALUE;
  const fmt = options.compact
    ? numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 })
    : numberFormat(lang, { maximumFractionDigits: 0 });
  return fmt.format(n);
}

/**
 * A fraction as a percentage: 0.034 -> "3,4%" (id) / "3.4%" (en). Rates below 1 % keep two
 * decimals (0.0004 -> "0,04%"), since view-based rates of large accounts live there.
 */
export function formatPercent(fraction: number | null | undefined, lang: UiLanguage, digits?: number): string {
  if (fraction == null || !Number.isFinite(fraction)) return NO_VALUE;
  const max = digits ?? (Math.abs(fraction) < 0.01 ? 2 : 1);
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: max }).format(fraction);
}
