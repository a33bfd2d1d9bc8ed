import type { Lang } from './lang';

const UNITS: Record<Lang, Array<[number, string]>> = {
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
  // Indonesian: rb = ribu (10^3), jt = juta (10^6), M = miliar (10^9).
  id: [
    [1e9, 'M'],
    [1e6, 'jt'],
    [1e3, 'rb'],
  ],
};

/**
 * Compact count the way X shows it: TRUNCATED, not rounded (8,873 → "8.8K", 2,596,467 → "2.5M"),
 * one decimal below 10 units (or always with `oneDecimal`), Indonesian with a decimal comma and
 * a no-break space before the unit ("8,8 rb").
 */
export function compactCount(n: number, lang: Lang, oneDecimal = false): string {
  for (const [size, unit] of UNITS[lang]) {
    if (n < size) continue;
    const v = n / size;
    const shown = v < 10 || oneDecimal ? Math.floor(v * 10) / 10 : Math.floor(v);
    const num = String(shown).replace('.', lang === 'id' ? ',' : '.');
    return lang === 'id' ? `${num}\u00a0${unit}` : `${num}${unit}`;
  }
  return String(n);
}

/** Exact count with grouping: "1.234" (id) / "1,234" (en). */
export function groupedCount(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
}

const TZ = 'Asia/Jakarta';

/** "13 Des 2024" / "Dec 13, 2024" (the story's times are moved to end an hour ago, see clock.ts). */
export function shortDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TZ,
  }).format(new Date(iso));
}

/** "09.15 · 13 Des 2024" / "9:15 AM · Dec 13, 2024" (X's focal post). */
export function timeAndDate(iso: string, lang: Lang): string {
  const time = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: TZ,
  }).format(new Date(iso));
  return `${time} · ${shortDate(iso, lang)}`;
}
