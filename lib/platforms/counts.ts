import type { Count, Counts, Metric } from '@/lib/schemas/snapshot';

/**
 * Reading the numbers the sites show ("1.2K", "12,3 rb", "1.234 suka", "553 Likes. Like") for the
 * page's UI language. Pure: no DOM, no clock. Garbage gives null, never NaN or a guess.
 */

export type CountLocale = 'id' | 'en';

/** A number read off a page. Compact values are lower bounds (X truncates): value ≤ true < value + step. */
export interface ParsedCount extends Count {
  /** Size of the truncation step: 1 for a plain integer, 100 for "8.8K", 1000 for "25K". */
  step: number;
}

/** Largest count the snapshot schema accepts. */
const MAX_COUNT = 1e13;

/** `<html lang>` → the number convention: Indonesian ("id", "id-ID", and the old "in") or English. */
export function countLocale(lang: string): CountLocale {
  const l = lang.trim().toLowerCase();
  return l === 'id' || l.startsWith('id-') || l === 'in' || l.startsWith('in-') ? 'id' : 'en';
}

interface Unit {
  /** Multiplier per locale. */
  mult: Record<CountLocale, number>;
  /** The unit only exists in this locale, so it decides the reading; null: ambiguous ("M"). */
  only: CountLocale | null;
}

const unit = (mult: number, only: CountLocale | null): Unit => ({ mult: { id: mult, en: mult }, only });

// Indonesian "M" is miliar (10^9), English "M" is million (10^6): the one ambiguous unit.
// X's own id formatter uses only "rb", "jt", "M", "T" with U+00A0 (../shared/fixtures/real/
// x-i18n-compact-numbers-XSCRAPER.txt); the spelled-out ribu/juta/miliar/milyar/triliun are
// unverified on any site and kept only because a page may spell them out.
const UNITS: Record<string, Unit> = {
  k: unit(1e3, 'en'),
  thousand: unit(1e3, 'en'),
  rb: unit(1e3, 'id'),
  ribu: unit(1e3, 'id'),
  m: { mult: { id: 1e9, en: 1e6 }, only: null },
  million: unit(1e6, 'en'),
  jt: unit(1e6, 'id'),
  juta: unit(1e6, 'id'),
  b: unit(1e9, 'en'),
  bn: unit(1e9, 'en'),
  billion: unit(1e9, 'en'),
  miliar: unit(1e9, 'id'),
  milyar: unit(1e9, 'id'),
  t: unit(1e12, null),
  triliun: unit(1e12, 'id'),
  trillion: unit(1e12, 'en'),
};

// Longest first so that "miliar" wins over "m" and "bn" over "b".
const UNIT_ALTERNATION = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "rb" → "[rR][bB]": the units in any case without the `i` flag. */
const anyCase = (word: string): string => Array.from(word, (c) => `[${c}${c.toUpperCase()}]`).join('');

/**
 * A number with an optional unit, standing alone: not glued to letters or digits ("v2", "12abc"),
 * not part of a time ("7:34"; "reaksi:12" is fine), a sign, a fraction or a percentage.
 * The units are spelled in both cases instead of using the `i` flag: with `u`, `i` makes V8 fold
 * the case of every letter class, which made the first use of this pattern cost ~1 ms at page load.
 */
export const COUNT_TOKEN_SOURCE =
  String.raw`(?<![\p{L}\p{N}.,\-+\u2212\/])(?<!\d:)(\d+(?:[.,]\d+)*)(?: ?(` +
  UNIT_ALTERNATION.split('|').map(anyCase).join('|') +
  String.raw`))?(?![\p{L}\p{N}%\/]|[.,:]\d)`;

/**
 * The same pattern for text that is all ASCII, as the counts on the sites' buttons and labels
 * almost always are ("12 balasan, 3 postingan ulang, 45 suka"). In ASCII, \p{L} is exactly
 * [A-Za-z] and \p{N} exactly [0-9], so it finds the same tokens; without Unicode property classes
 * (and the `u` flag) its first use compiles about three times faster, and the first count is read
 * while the page loads.
 */
export const COUNT_TOKEN_ASCII_SOURCE = COUNT_TOKEN_SOURCE.replaceAll(String.raw`\p{L}`, 'A-Za-z').replaceAll(String.raw`\p{N}`, '0-9');

const NOT_ASCII = /[\u0080-\uffff]/;

/** No-break spaces and thin spaces between number and unit ("1,2\u00a0rb") read as a space. */
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009\u200a]/g;

export function normalizeCountText(text: string): string {
  return text.replace(ODD_SPACES, ' ');
}

function pow10(n: number): number {
  return n === 1 ? 10 : n === 2 ? 100 : 1;
}

function checked(value: number, exact: boolean, step: number): ParsedCount | null {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_COUNT) return null;
  return { value, exact, step };
}

/** One number token (digits and separators, optional unit) under the page's convention. */
function interpret(num: string, unitRaw: string | undefined, loc: CountLocale): ParsedCount | null {
  if (unitRaw !== undefined) {
    const u = UNITS[unitRaw.toLowerCase()];
    if (!u) return null;
    // Compact numbers never group thousands: at most three digits, then one or two decimals,
    // so either separator can only be the decimal one.
    const m = /^(\d{1,3})(?:([.,])(\d{1,2}))?$/.exec(num);
    if (!m) return null;
    const [, whole = '', sep, frac = ''] = m;
    // Ambiguous "M": a decimal comma is Indonesian ("1,2 M"), a decimal dot English ("2.5M").
    const unitLoc = u.only ?? (sep === ',' ? 'id' : sep === '.' ? 'en' : loc);
    const mult = u.mult[unitLoc];
    const step = mult / pow10(frac.length);
    return checked(Number(whole) * mult + Number(frac || '0') * step, false, step);
  }
  if (/^\d+$/.test(num)) return checked(Number(num), true, 1);
  // Grouped thousands: "1.234" in Indonesian, "1,234" in English. The other separator would be a
  // decimal point, and a count is never fractional: null rather than a wrong number.
  const group = loc === 'id' ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/;
  if (group.test(num)) return checked(Number(num.replace(/[.,]/g, '')), true, 1);
  return null;
}

interface Token {
  parsed: ParsedCount | null;
  start: number;
  end: number;
}

function* tokens(text: string, loc: CountLocale): Generator<Token> {
  const pattern = NOT_ASCII.test(text) ? new RegExp(COUNT_TOKEN_SOURCE, 'gu') : new RegExp(COUNT_TOKEN_ASCII_SOURCE, 'g');
  for (const m of text.matchAll(pattern)) {
    const num = m[1] ?? '';
    yield { parsed: interpret(num, m[2], loc), start: m.index, end: m.index + m[0].length };
  }
}

/**
 * The first number in `text` (surrounding words are fine: "12,3 rb pengikut", "553 Likes. Like",
 * "Semua reaksi: 1,2 rb"), with whether it is exact. Null when there is none or it is malformed.
 */
export function parseCountDetailed(text: string, lang: string): ParsedCount | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 2000) return null;
  const first = tokens(normalizeCountText(text), countLocale(lang)).next();
  return first.done ? null : first.value.parsed;
}

/** `parseCountDetailed` without the details: the number, or null. */
export function parseCount(text: string, lang: string): number | null {
  return parseCountDetailed(text, lang)?.value ?? null;
}

/** Words that name a metric next to its number, e.g. after: "likes" ("553 likes"), before: "semua reaksi" ("Semua reaksi: 1,2 rb"). */
export interface CountWords {
  metric: Metric;
  after?: readonly string[];
  before?: readonly string[];
}

export interface LabelledCounts {
  counts: Counts;
  /** Numbers followed by words none of the rules know (e.g. a renamed metric). */
  unknown: string[];
}

// ASCII first: a \p{L} class costs its compile on the page's first count.
const isLetter = (ch: string | undefined): boolean => ch !== undefined && (ch < '\x80' ? /[A-Za-z]/.test(ch) : /\p{L}/u.test(ch));

/**
 * Every "<number> <word>" / "<word>: <number>" pair in a text, by word and not by position:
 * "48 replies, 152 reposts, 553 likes" or "1 balasan, 553 suka". The first reading of a metric wins.
 */
export function readLabelledCounts(text: string, lang: string, rules: readonly CountWords[]): LabelledCounts {
  const counts: Counts = {};
  const unknown: string[] = [];
  if (typeof text !== 'string' || text.length === 0) return { counts, unknown };
  const norm = normalizeCountText(text.slice(0, 5000)).toLowerCase();
  const after = rules
    .flatMap((r) => (r.after ?? []).map((w) => ({ w: w.toLowerCase(), metric: r.metric })))
    .sort((a, b) => b.w.length - a.w.length);
  const before = rules
    .flatMap((r) => (r.before ?? []).map((w) => ({ w: w.toLowerCase(), metric: r.metric })))
    .sort((a, b) => b.w.length - a.w.length);

  for (const tok of tokens(norm, countLocale(lang))) {
    const tail = norm.slice(tok.end).replace(/^[\s:]+/, '');
    const head = norm.slice(Math.max(0, tok.start - 60), tok.start).replace(/[\s:]+$/, '');
    const hit =
      after.find(({ w }) => tail.startsWith(w) && !isLetter(tail[w.length])) ??
      before.find(({ w }) => head.endsWith(w) && !isLetter(head[head.length - w.length - 1]));
    if (!hit || !tok.parsed) {
      // Unknown word, or a known word with a malformed number: either way not a reading.
      unknown.push(norm.slice(tok.start, tok.end + 40).split(/[,;]/)[0]?.trim() ?? '');
      continue;
    }
    if (counts[hit.metric] === undefined) counts[hit.metric] = { value: tok.parsed.value, exact: tok.parsed.exact };
  }
  return { counts, unknown };
}

/** A ParsedCount as the snapshot's Count (drops the step). */
export function toCount(p: ParsedCount): Count {
  return { value: p.value, exact: p.exact };
}
