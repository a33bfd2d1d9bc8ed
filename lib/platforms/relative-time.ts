/**
 * Facebook and Instagram show no machine-readable time on posts and comments: post headers say
 * "2 j" / "1h" / "27 Ogos pukul 15:15", comment links say "a day ago" / "8w", and comment
 * labels end "… 5 minutes ago" / "… 3 menit yang lalu" (../shared/fixtures/real/
 * facebook-ms-innertext-runlog-idx62013224488.mjs, facebook-en-comment-fixtures-idx66032518327.txt,
 * facebook-en-comment-structure-kirana-idx68917076246.ts, facebook-id-scraper-v53-idx56293313283.py).
 * This turns such text into an instant plus how precisely it is known ("2 j" is known to the
 * hour), so a response time can be computed and marked approximate.
 *
 * Pure: the clock and the agency's zone are arguments. Anything not recognised gives null,
 * never a guessed date. The Indonesian zones have no daylight saving, so fixed offsets suffice
 * (and the content script does not need a time-zone library).
 */

export type RelativeTimeZone = 'WIB' | 'WITA' | 'WIT';

/** The clock and zone an adapter reads relative times with (tests fix them; pages use the agency's settings). */
export interface AdapterClock {
  now(): number;
  zone(): RelativeTimeZone;
}

/** The system clock and WIB, until the agency's zone is known. */
export const SYSTEM_CLOCK: AdapterClock = { now: () => Date.now(), zone: () => 'WIB' };

export interface ParsedTime {
  /** Epoch ms: the best estimate of when the item was posted. */
  at: number;
  /** The item was posted within ± this many ms of `at` (1 min for "5 mnt", 1 h for "2 j", 1 day for "27 Agu"). */
  resolutionMs: number;
}

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const ZONE_OFFSET: Record<RelativeTimeZone, number> = { WIB: 7 * HOUR, WITA: 8 * HOUR, WIT: 9 * HOUR };

/** Largest count accepted per unit: beyond that the text is not an age Facebook or Instagram shows. */
const MAX_COUNT = 999;
/** Nothing on these sites is older than Facebook (February 2004): an earlier result is a misreading. */
const EARLIEST = Date.UTC(2004, 1, 4);
/** A clock a little behind the site's: a time up to this far in the future is "now". */
const FUTURE_SLACK = 5 * MIN;

/**
 * Unit words per language, lower case. "h" is a day in Indonesian ("3 h" = 3 hari) and an hour
 * in English ("2h"): the page language decides. Sources: Facebook's Malay/English short forms
 * (runlog: "1h", "35m", "2j"), the Indonesian scraper's unit list (detik|menit|jam|hari|minggu|
 * bulan|tahun, scraper-v53), English comment links ("8w", "a day ago"). The Indonesian short
 * forms dtk, mnt, mgg, bln, thn are unverified (no real source shows them; they follow the
 * issue's list of what the Indonesian UI shows).
 */
const UNITS: Record<'id' | 'en', Record<string, number>> = {
  id: {
    dtk: SEC, detik: SEC,
    mnt: MIN, menit: MIN, m: MIN,
    j: HOUR, jam: HOUR,
    h: DAY, hari: DAY,
    mgg: WEEK, minggu: WEEK,
    bln: MONTH, bulan: MONTH,
    thn: YEAR, tahun: YEAR,
  },
  en: {
    s: SEC, sec: SEC, secs: SEC, second: SEC, seconds: SEC,
    m: MIN, min: MIN, mins: MIN, minute: MIN, minutes: MIN,
    h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
    d: DAY, day: DAY, days: DAY,
    w: WEEK, wk: WEEK, wks: WEEK, week: WEEK, weeks: WEEK,
    mo: MONTH, mos: MONTH, month: MONTH, months: MONTH,
    y: YEAR, yr: YEAR, yrs: YEAR, year: YEAR, years: YEAR,
  },
};

/** "sehari yang lalu", "a day ago": one of a unit, spelled as a word. */
const ONE_ID: Record<string, number> = { sedetik: SEC, semenit: MIN, sejam: HOUR, sehari: DAY, seminggu: WEEK, sebulan: MONTH, setahun: YEAR };

const MONTHS: Record<'id' | 'en', Record<string, number>> = {
  id: {
    januari: 1, jan: 1, februari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, agustus: 8, agu: 8, ags: 8, agt: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, desember: 12, des: 12,
  },
  en: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
};

const NOW_WORDS: Record<'id' | 'en', readonly string[]> = {
  id: ['baru saja', 'sekarang', 'beberapa detik yang lalu', 'beberapa detik lalu'],
  en: ['just now', 'now', 'a few seconds ago', 'a moment ago', 'seconds ago'],
};
const YESTERDAY: Record<'id' | 'en', string> = { id: 'kemarin', en: 'yesterday' };
/** The word between a date and its clock time: "Kemarin pukul 15.15", "Yesterday at 3:15 PM". */
const AT_WORD = /^(?:,\s*)?(?:pukul|jam|pk\.?|at|,)?\s*/;
const CLOCK = /^(\d{1,2})[.:](\d{2})(?:\s*([ap])\.?\s?m\.?)?$/;

/** Text as compared: lower case, no-break spaces, middle dots and trailing punctuation gone. */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.]+|[\s,.]+$/g, '');
}

/** Minutes after midnight of "15.15", "15:15", "3:15 PM"; null when it is not a clock time. */
function clockMinutes(text: string): number | null {
  const m = CLOCK.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3];
  if (min > 59) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'p' && h !== 12) h += 12;
    if (ampm === 'a' && h === 12) h = 0;
  } else if (h > 23) return null;
  return h * 60 + min;
}

/** Epoch ms of local midnight of a calendar date in the zone; null for an impossible date. */
function localMidnight(year: number, month: number, day: number, offset: number): number | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 31 Feb
  return utc - offset;
}

/** "5 mnt", "2h", "3 hari", "a day ago", "sehari yang lalu", "8 weeks ago". */
function parseAge(text: string, lang: 'id' | 'en', now: number): ParsedTime | null {
  let t = text;
  const agoTail = lang === 'id' ? /\s*(?:yang\s+)?lalu$/ : /\s*ago$/;
  const hadAgo = agoTail.test(t);
  t = t.replace(agoTail, '');
  if (NOW_WORDS[lang].includes(t) || (hadAgo && (t === 'beberapa detik' || t === 'a few seconds' || t === 'seconds'))) {
    return { at: now, resolutionMs: MIN };
  }
  const oneId = lang === 'id' && hadAgo ? ONE_ID[t] : undefined;
  if (oneId !== undefined) return age(1, oneId, now);
  if (lang === 'en' && hadAgo) {
    const one = /^(?:a|an|one)\s+([a-z]+)$/.exec(t);
    const unit = one?.[1] ? UNITS.en[one[1]] : undefined;
    if (unit !== undefined && one?.[1] && one[1].length > 2) return age(1, unit, now);
  }
  const m = /^(\d{1,4})\s?([a-z]+)$/.exec(t);
  if (!m?.[1] || !m[2]) return null;
  const unit = UNITS[lang][m[2]];
  const n = Number(m[1]);
  if (unit === undefined || !Number.isInteger(n) || n > MAX_COUNT) return null;
  return age(n, unit, now);
}

function age(n: number, unit: number, now: number): ParsedTime {
  // A week or more is shown for ages up to the next unit: known to that unit, not to the second.
  return { at: now - n * unit, resolutionMs: unit };
}

/** "Kemarin pukul 15.15", "Yesterday at 3:15 PM", "Kemarin". */
function parseYesterday(text: string, lang: 'id' | 'en', now: number, offset: number): ParsedTime | null {
  const word = YESTERDAY[lang];
  if (!text.startsWith(word)) return null;
  const rest = text.slice(word.length).trim().replace(AT_WORD, '');
  const todayStart = Math.floor((now + offset) / DAY) * DAY - offset;
  const start = todayStart - DAY;
  if (rest === '') return { at: start + DAY / 2, resolutionMs: DAY };
  const mins = clockMinutes(rest);
  return mins === null ? null : { at: start + mins * MIN, resolutionMs: MIN };
}

/**
 * "27 Agustus pukul 15.15", "27 Agu", "27 Agustus 2025", "August 27 at 3:15 PM", "Aug 27, 2025",
 * "27 August 2025". Without a year, the latest such date not after today.
 */
function parseDate(text: string, lang: 'id' | 'en', now: number, offset: number): ParsedTime | null {
  const dayFirst = /^(\d{1,2})\s+([a-z]+)\.?(?:,?\s+(\d{4}))?(.*)$/.exec(text);
  const monthFirst = lang === 'en' ? /^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?(.*)$/.exec(text) : null;
  let day: number;
  let monthName: string;
  let yearText: string | undefined;
  let rest: string;
  if (dayFirst?.[1] && dayFirst[2]) {
    day = Number(dayFirst[1]);
    monthName = dayFirst[2];
    yearText = dayFirst[3];
    rest = dayFirst[4] ?? '';
  } else if (monthFirst?.[1] && monthFirst[2]) {
    day = Number(monthFirst[2]);
    monthName = monthFirst[1];
    yearText = monthFirst[3];
    rest = monthFirst[4] ?? '';
  } else return null;
  const month = MONTHS[lang][monthName];
  if (month === undefined) return null;
  rest = rest.trim().replace(AT_WORD, '');
  const mins = rest === '' ? null : clockMinutes(rest);
  if (rest !== '' && mins === null) return null;
  const local = new Date(now + offset);
  const years = yearText ? [Number(yearText)] : [local.getUTCFullYear(), local.getUTCFullYear() - 1];
  for (const year of years) {
    const start = localMidnight(year, month, day, offset);
    if (start === null) continue; // 29 Feb of a year that has none: try the year before
    const parsed: ParsedTime = mins === null ? { at: start + DAY / 2, resolutionMs: DAY } : { at: start + mins * MIN, resolutionMs: MIN };
    if (start > now + FUTURE_SLACK) continue; // not yet this year: last year's
    if (parsed.at > now) parsed.at = now; // today's date, noon not reached
    return parsed;
  }
  return null;
}

/** The tail of a label: "Comment by Gabe 5 minutes ago" → "5 minutes ago", "Reply by Ana 1m" → "1m". */
function tails(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  // Longest first: "a day ago" before "day ago"; an age is at most four words ("3 menit yang lalu").
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) out.push(words.slice(words.length - k).join(' '));
  return out;
}

/** A weekday before a full date ("Kamis, 20 November 2025 pukul 09.15", "Thursday, November 20, 2025 at 9:15 AM"). */
const WEEKDAY = /^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*/;

function parseWhole(text: string, lang: 'id' | 'en', now: number, offset: number): ParsedTime | null {
  const dated = text.replace(WEEKDAY, '');
  if (dated !== text) return parseDate(dated, lang, now, offset);
  return parseAge(text, lang, now) ?? parseYesterday(text, lang, now, offset) ?? parseDate(text, lang, now, offset);
}

/**
 * When an item was posted, from the relative or short date text Facebook and Instagram show:
 * the whole text ("2 j", "Kemarin pukul 15.15", "27 Agu") or the end of a label
 * ("Komentar oleh Sinta 3 menit yang lalu", "Comment by Gabe a day ago", "Reply by Ana 1m").
 * `lang` is the page's UI language; `zone` the agency's (WIB/WITA/WIT), in which dates and
 * clock times are read. Null when the text is not such a time, or names an impossible or
 * future date.
 */
export function parseRelativeTime(text: string, lang: 'id' | 'en', now: number, zone: RelativeTimeZone): ParsedTime | null {
  if (typeof text !== 'string' || !Number.isFinite(now)) return null;
  const offset = ZONE_OFFSET[zone];
  if (offset === undefined) return null;
  const t = norm(text.slice(0, 300));
  if (t === '') return null;
  const whole = parseWhole(t, lang, now, offset);
  if (whole) return whole.at >= EARLIEST ? whole : null;
  // A tail only when the text is longer: a name then a time. The tail must end the label and be
  // an age ("… ago", "… yang lalu", "1m"), never a bare number.
  for (const tail of tails(t)) {
    const hit = parseAge(tail, lang, now);
    if (hit) return hit.at >= EARLIEST ? hit : null;
  }
  return null;
}

/** The agency's zone from settings, for callers holding a plain string. */
export function relativeZone(zone: string | undefined | null): RelativeTimeZone {
  return zone === 'WITA' || zone === 'WIT' ? zone : 'WIB';
}
