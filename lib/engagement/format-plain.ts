import type { TimeZoneId, UiLanguage } from '@/lib/schemas/common';
import { NO_VALUE } from './format-number';

/*
 * The post badges' numbers and times, written out instead of going through Intl. The first
 * Intl.NumberFormat or time-zone DateTimeFormat in a page's renderer loads ICU's locale and zone
 * data: 10–60 ms measured on a fresh playground page, paid by the site at load for one badge.
 * The output is the same as lib/engagement/format-number's (tests compare both over many values).
 */

const SEPARATORS: Record<UiLanguage, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Indonesia keeps no daylight saving time: each zone is a fixed offset from UTC. */
const ZONE_OFFSET_MS: Record<TimeZoneId, number> = { WIB: 7 * 3_600_000, WITA: 8 * 3_600_000, WIT: 9 * 3_600_000 };

/** Short month names as Intl writes them for id-ID and en-GB (the app's date locales). */
const MONTHS: Record<UiLanguage, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/**
 * The digits of |value| × 10^shift as Intl sees them: from the shortest decimal that reads back
 * as the same double (what ICU formats), shifted exactly, not through a float multiplication.
 */
function decimalDigits(value: number, shift: number): { whole: string; fraction: string } {
  const [mantissa = '0', exp = '0'] = String(Math.abs(value)).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const point = intPart.length + Number(exp) + shift;
  const digits = intPart + fracPart;
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { whole: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { whole: digits.slice(0, point), fraction: digits.slice(point) };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * |value| × 10^shift with at most `digits` decimals, rounded half away from zero (Intl's
 * default), grouped with the language's separators, trailing zeros dropped.
 */
function decimal(value: number, shift: number, digits: number, lang: UiLanguage): string {
  const { group, decimal: point } = SEPARATORS[lang];
  const d = decimalDigits(value, shift);
  let kept = d.whole.replace(/^0+(?=\d)/, '') + d.fraction.slice(0, digits).padEnd(digits, '0');
  if ((d.fraction[digits] ?? '0') >= '5') kept = increment(kept);
  const whole = kept.slice(0, kept.length - digits) || '0';
  const fraction = kept.slice(kept.length - digits).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = fraction ? `${grouped}${point}${fraction}` : grouped;
  return value < 0 && /[1-9]/.test(kept) ? `-${text}` : text;
}

/** 1234 → "1.234" (id) / "1,234" (en), rounded to a whole number. */
export function plainCount(n: number | null | undefined, lang: UiLanguage): string {
  if (n == null || !Number.isFinite(n)) return NO_VALUE;
  return decimal(n, 0, 0, lang);
}

/** 0.034 → "3,4%" (id) / "3.4%" (en); below 1 % two decimals (0.0004 → "0,04%"). */
export function plainPercent(fraction: number | null | undefined, lang: UiLanguage): string {
  if (fraction == null || !Number.isFinite(fraction)) return NO_VALUE;
  const digits = Math.abs(fraction) < 0.01 ? 2 : 1;
  return `${decimal(fraction, 2, digits, lang)}%`;
}

const DAY_MS = 86_400_000;

/** "14.05" (id) / "14:05" (en) when `at` is on the same day as `now` in the zone, else "3 Mar" / "3 Mar". */
export function plainShortWhen(at: number, now: number, zone: TimeZoneId, lang: UiLanguage): string {
  const offset = ZONE_OFFSET_MS[zone];
  const local = new Date(at + offset);
  if (Math.floor((at + offset) / DAY_MS) === Math.floor((now + offset) / DAY_MS)) {
    const hh = String(local.getUTCHours()).padStart(2, '0');
    const mm = String(local.getUTCMinutes()).padStart(2, '0');
    return `${hh}${lang === 'id' ? '.' : ':'}${mm}`;
  }
  return `${local.getUTCDate()} ${MONTHS[lang][local.getUTCMonth()] ?? ''}`;
}
