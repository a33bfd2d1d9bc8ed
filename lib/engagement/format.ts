import type { UiLanguage } from '@/lib/schemas/common';
import type { DayKey } from '@/lib/schemas/rollup';
import { ianaZone, type ZoneInput } from './days';

/** Indonesian formats for 'id'. English numbers as en-US ("1.2K"; en-GB writes "1.2k"). */
const NUMBER_LOCALE: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-US' };
/** English dates as en-GB: day before month, like Indonesian. */
const DATE_LOCALE: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** Shown where there is no value (no replies yet, no follower count): never "NaN" or "0 %". */
export const NO_VALUE = '–';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: UiLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let fmt = numberFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(NUMBER_LOCALE[lang], options);
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

const UNITS: Record<UiLanguage, { s: string; m: string; h: string; d: string }> = {
  id: { s: 'dtk', m: 'mnt', h: 'j', d: 'hari' },
  en: { s: 's', m: 'min', h: 'h', d: 'd' },
};

/**
 * A duration in at most two units, rounded to the smaller one: "45 dtk", "4 mnt", "1 j 20 mnt",
 * "2 hari 3 j" (id) / "45 s", "4 min", "1 h 20 min", "2 d 3 h" (en).
 */
export function formatDuration(ms: number | null | undefined, lang: UiLanguage): string {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return NO_VALUE;
  const u = UNITS[lang];
  const n = (v: number) => formatCount(v, lang);
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${n(seconds)} ${u.s}`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${n(minutes)} ${u.m}`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${n(h)} ${u.h} ${n(m)} ${u.m}` : `${n(h)} ${u.h}`;
  }
  const hours = Math.round(ms / 3_600_000);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${n(d)} ${u.d} ${n(h)} ${u.h}` : `${n(d)} ${u.d}`;
}

/** A day key as a short chart label: "3 Mar" (both languages; "Mei"/"May" differ). */
export function formatDay(day: DayKey, lang: UiLanguage): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** An instant in the agency's zone for tables: "3 Mar 2025, 14.05" (id) / "3 Mar 2025, 14:05" (en). */
export function formatDateTime(at: number | null | undefined, lang: UiLanguage, zone: ZoneInput): string {
  if (at == null || !Number.isFinite(at)) return NO_VALUE;
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ianaZone(zone),
  }).format(at);
}
