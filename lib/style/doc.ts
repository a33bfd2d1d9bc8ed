import { normalizeWord } from './normalize';

/**
 * One pass over the draft that every engine shares: word tokens, and the spans word rules must
 * not look inside (links, e-mail addresses, @mentions, #hashtags, [LABELS], {template fields}).
 */

export type SpanKind = 'url' | 'email' | 'mention' | 'hashtag' | 'label' | 'placeholder';

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  /** url: lower-case host without "www."; email: lower-case domain. */
  host?: string;
  /** url: path after the host, lower-case, starting with "/" (or ""). */
  path?: string;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Inside a span (link, e-mail, mention, hashtag, label, template field): word rules skip it. */
  skip: boolean;
  /** First word of the text or of a sentence (after . ! ? or a line break). */
  sentenceStart: boolean;
  /** Only whitespace (no line break) between this token and the next one. */
  joinedToNext: boolean;
  /** Plain spelling (letter repeats and digit-for-letter undone), computed on first use. */
  norm?: string;
}

/** The token's plain spelling ("gobloookkk" → "goblok"), cached on the token. */
export function plainOf(tok: Token): string {
  if (tok.norm === undefined) tok.norm = normalizeWord(tok.lower);
  return tok.norm;
}

export interface Doc {
  text: string;
  tokens: Token[];
  spans: Span[];
  category: string | undefined;
}

// A word: letters, marks and digits, with inner hyphens or apostrophes ("goblok-goblok", "jum'at").
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;
const SCHEME_URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Links typed without a scheme ("lapor.go.id", "bit.ly/x"): only hosts ending in a known suffix,
// so "dll.Silakan" or "No.12" are not links.
const BARE_URL_RE =
  /(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:id|com|net|org|info|ly|io|co|gl|gle|gd|me|ee|cc|to|tv|xyz|site|online|link|app|page|ai|at|us|uk|sg|my)(?![\w-])(?::\d{2,5})?(?:\/[^\s<>"'`]*)?/iy;
// Where a bare link can be: a letter or digit, a dot, two letters. Only there is the full
// pattern tried, from the start of the host (cheaper than trying it at every word).
const DOT_TLD_RE = /[a-z0-9]\.[a-z]{2}/gi;
const HOST_CHAR = /[a-z0-9.-]/i;
const MENTION_RE = /(?<![\w@/.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29})/g;
const HASHTAG_RE = /(?<![\w#&/])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const LABEL_RE = /\[[A-Z][A-Z -]{1,30}\]/g;
const PLACEHOLDER_RE = /\{\s*[A-Za-z_][^{}\n]{0,160}\}/g;
const TRAILING_PUNCT_RE = /[.,;:!?)\]}'"’”]+$/;

function collect(re: RegExp, text: string, kind: SpanKind, out: Span[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
}

function urlSpan(start: number, raw: string): Span | null {
  // "lapor.go.id." at the end of a sentence: the dot is punctuation, not part of the link.
  const trimmed = raw.replace(TRAILING_PUNCT_RE, '');
  if (trimmed.length === 0) return null;
  const noScheme = trimmed.replace(/^https?:\/\//i, '');
  const slash = noScheme.search(/[/?#]/);
  const hostPort = slash < 0 ? noScheme : noScheme.slice(0, slash);
  const host = hostPort.replace(/:\d+$/, '').replace(/^www\./i, '').toLowerCase();
  if (!host.includes('.')) return null;
  const path = slash < 0 ? '' : noScheme.slice(slash).toLowerCase();
  return { kind: 'url', start, end: start + trimmed.length, text: trimmed, host, path };
}

/**
 * The spans found so far: never overlapping, so sorted by start they are sorted by end too, and
 * "does [start, end) overlap one?" is a binary search (a linear scan per span made a draft of
 * 4,000 mentions quadratic, issue 21).
 */
class SpanSet {
  readonly sorted: Span[] = [];

  /** Index of the first span that ends after `start`. */
  private firstEndingAfter(start: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid]?.end ?? 0) > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const next = this.sorted[this.firstEndingAfter(start)];
    return next !== undefined && next.start < end;
  }

  /** Adds a span unless it overlaps one already there. */
  add(span: Span): void {
    const i = this.firstEndingAfter(span.start);
    const next = this.sorted[i];
    if (next !== undefined && next.start < span.end) return;
    if (i === this.sorted.length) this.sorted.push(span);
    else this.sorted.splice(i, 0, span);
  }
}

/**
 * Every span of a draft, in time linear in its length: each regex runs once over the text, and a
 * bare link is tried once per run of host characters (a-z, 0-9, ".", "-"), from the run's start,
 * the only place one can begin (the pattern's look-behind refuses a host character before it).
 * Trying it at every "x.yz" inside a run, walking back to the run's start each time, took 7 s on
 * a 20,000-character run of "a.bc" (issue 21).
 */
function findSpans(text: string): Span[] {
  const set = new SpanSet();
  if (text.includes('@')) {
    const emails: Span[] = [];
    collect(EMAIL_RE, text, 'email', emails);
    for (const e of emails) {
      e.host = e.text.slice(e.text.indexOf('@') + 1).toLowerCase();
      set.add(e);
    }
  }
  if (text.includes('.')) {
    SCHEME_URL_RE.lastIndex = 0;
    for (let m = SCHEME_URL_RE.exec(text); m; m = SCHEME_URL_RE.exec(text)) {
      const s = urlSpan(m.index, m[0]);
      if (s) set.add(s);
    }
    DOT_TLD_RE.lastIndex = 0;
    // Host characters before `runStart` were all walked already (once per run).
    let runStart = -1;
    let runEnd = -1;
    for (let d = DOT_TLD_RE.exec(text); d; d = DOT_TLD_RE.exec(text)) {
      if (d.index < runEnd) {
        DOT_TLD_RE.lastIndex = runEnd;
        continue;
      }
      runStart = d.index;
      while (runStart > 0 && HOST_CHAR.test(text.charAt(runStart - 1))) runStart--;
      runEnd = d.index;
      while (runEnd < text.length && HOST_CHAR.test(text.charAt(runEnd))) runEnd++;
      BARE_URL_RE.lastIndex = runStart;
      const m = BARE_URL_RE.exec(text);
      // "kami.Info" is a missing space after a full stop, not a link.
      if (m && !/[a-z]\.[A-Z][a-z]/.test(m[0].split('/')[0] ?? '')) {
        const s = urlSpan(m.index, m[0]);
        if (s) set.add(s);
        runEnd = Math.max(runEnd, m.index + m[0].length);
      }
      DOT_TLD_RE.lastIndex = runEnd;
    }
  }
  const others: Span[] = [];
  if (text.includes('@')) collect(MENTION_RE, text, 'mention', others);
  if (text.includes('#')) collect(HASHTAG_RE, text, 'hashtag', others);
  if (text.includes('[')) collect(LABEL_RE, text, 'label', others);
  if (text.includes('{')) collect(PLACEHOLDER_RE, text, 'placeholder', others);
  for (const s of others) set.add(s);
  return set.sorted;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 13;

export function buildDoc(text: string, category?: string): Doc {
  const spans = findSpans(text);
  const tokens: Token[] = [];
  // Lower-casing the whole text once is cheaper, when it keeps every offset in place.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  let spanIdx = 0;
  let prevEnd = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (spanIdx < spans.length && (spans[spanIdx]?.end ?? 0) <= start) spanIdx++;
    const span = spans[spanIdx];
    const skip = span !== undefined && span.start < end && span.end > start;
    // What lies between the previous token and this one: a sentence end? only spaces?
    let sentenceEnd = false;
    let onlySpaces = start > prevEnd;
    for (let i = prevEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (isSentenceEnd(c)) sentenceEnd = true;
      if (!isSpace(c)) onlySpaces = false;
    }
    const prev = tokens[tokens.length - 1];
    if (prev) prev.joinedToNext = onlySpaces;
    tokens.push({
      start,
      end,
      text: m[0],
      lower: sameLength ? lowerText.slice(start, end) : m[0].toLowerCase(),
      skip,
      sentenceStart: tokens.length === 0 || sentenceEnd,
      joinedToNext: false,
    });
    prevEnd = end;
  }
  return { text, tokens, spans, category };
}
