import { useLocation } from './router';
import type { Lang } from './lang';

/**
 * Which markup the Facebook and Instagram pages render:
 * - 'real' (default): what the real sites show (../shared/fixtures/real/EVIDENCE.md): relative times
 *   as plain text (no <time>), comment labels ending "5 menit yang lalu", Facebook's send control
 *   "Posting komentar" / "Komentari" / "Comment", Instagram's comment bar without a <form> and the
 *   like count next to the like icon.
 * - 'old' (`?markup=old`): the older markup this project first guessed (time[datetime], "Kirim
 *   komentar" / "Post comment", a <form>, a liked_by link), kept so both stay covered.
 */
export type Markup = 'real' | 'old';

export function markupFromSearch(search: string): Markup {
  return new URLSearchParams(search).get('markup') === 'old' ? 'old' : 'real';
}

export function useMarkup(): Markup {
  return markupFromSearch(useLocation().search);
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = 'Asia/Jakarta';

/**
 * The age as Facebook prints it under a post or a comment: "Baru saja", "5 mnt", "2 j", "3 h",
 * "1 mgg", then "27 Agustus" / "27 Agustus 2024" (id); "Just now", "5m", "2h", "3d", "1w",
 * "August 27" / "August 27, 2024" (en).
 */
export function shortAge(iso: string, lang: Lang, now = Date.now()): string {
  const at = Date.parse(iso);
  const age = Math.max(0, now - at);
  const id = lang === 'id';
  if (age < MIN) return id ? 'Baru saja' : 'Just now';
  if (age < HOUR) return id ? `${Math.floor(age / MIN)} mnt` : `${Math.floor(age / MIN)}m`;
  if (age < DAY) return id ? `${Math.floor(age / HOUR)} j` : `${Math.floor(age / HOUR)}h`;
  if (age < 7 * DAY) return id ? `${Math.floor(age / DAY)} h` : `${Math.floor(age / DAY)}d`;
  if (age < 28 * DAY) return id ? `${Math.floor(age / (7 * DAY))} mgg` : `${Math.floor(age / (7 * DAY))}w`;
  const sameYear = new Date(at).getUTCFullYear() === new Date(now).getUTCFullYear();
  return new Intl.DateTimeFormat(id ? 'id-ID' : 'en-US', { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), timeZone: TZ }).format(new Date(at));
}

/** The age at the end of a comment's label: "5 menit yang lalu", "sehari yang lalu" / "5 minutes ago", "a day ago". */
export function labelAge(iso: string, lang: Lang, now = Date.now()): string {
  const age = Math.max(0, now - Date.parse(iso));
  const id = lang === 'id';
  const units: Array<[number, string, string, string]> = [
    [365 * DAY, 'tahun', 'year', 'years'],
    [7 * DAY, 'minggu', 'week', 'weeks'],
    [DAY, 'hari', 'day', 'days'],
    [HOUR, 'jam', 'hour', 'hours'],
    [MIN, 'menit', 'minute', 'minutes'],
  ];
  for (const [size, idUnit, one, many] of units) {
    const n = Math.floor(age / size);
    if (n < 1) continue;
    if (id) return n === 1 && size === DAY ? 'sehari yang lalu' : `${n} ${idUnit} yang lalu`;
    return n === 1 ? `${size === HOUR ? 'an' : 'a'} ${one} ago` : `${n} ${many} ago`;
  }
  return id ? 'beberapa detik yang lalu' : 'a few seconds ago';
}
