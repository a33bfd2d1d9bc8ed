import type { UiLanguage } from '@/lib/schemas/common';
import type { DayKey } from '@/lib/schemas/rollup';
import { ianaZone, type ZoneInput } from './days';
import { DATE_LOCALE, formatCount, NO_VALUE } from './format-number';

export { DATE_LOCALE, formatCount, formatPercent, NO_VALUE } from './format-number';

const UNITS: Record<UiLanguage, { s: string; m: string; h: string; d: string }> = {
  // Whole words in Indonesian: "2 jam 5 menit" reads as speech, "2 j 5 mnt" did not (issue 16).
  id: { s: 'detik', m: 'menit', h: 'jam', d: 'hari' },
  en: { s: 's', m: 'min', h: 'h', d: 'd' },
};

/**
 * A duration in at most two units, rounded to the smaller one: "45 detik", "4 menit",
 * "1 jam 20 menit", "2 hari 3 jam" (id) / "45 s", "4 min", "1 h 20 min", "2 d 3 h" (en).
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

const MARGIN_UNITS: Record<UiLanguage, { s: string; m: string; h: string; d: string }> = {
  id: { s: 'detik', m: 'menit', h: 'jam', d: 'hari' },
  en: { s: 's', m: 'min', h: 'h', d: 'd' },
};

/**
 * The ± margin of an approximate response time, in its one unit: "± 1 jam", "± 1 menit",
 * "± 7 hari" (id) / "± 1 h", "± 1 min", "± 7 d" (en). Empty for no margin.
 */
export function formatMargin(ms: number | null | undefined, lang: UiLanguage): string {
  if (ms == null || !Number.isFinite(ms) || ms <= 0) return '';
  const u = MARGIN_UNITS[lang];
  const n = (v: number) => formatCount(v, lang);
  if (ms >= 86_400_000) return `± ${n(Math.round(ms / 86_400_000))} ${u.d}`;
  if (ms >= 3_600_000) return `± ${n(Math.round(ms / 3_600_000))} ${u.h}`;
  if (ms >= 60_000) return `± ${n(Math.round(ms / 60_000))} ${u.m}`;
  return `± ${n(Math.max(1, Math.round(ms / 1000)))} ${u.s}`;
}

/** A response time with its margin when approximate: "2 j 10 mnt ± 1 jam"; no value stays "–". */
export function formatResponse(ms: number | null | undefined, marginMs: number | null | undefined, lang: UiLanguage): string {
  const value = formatDuration(ms, lang);
  const margin = formatMargin(marginMs, lang);
  return value === NO_VALUE || !margin ? value : `${value} ${margin}`;
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
