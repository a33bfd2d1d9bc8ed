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

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && end > s.start) return true;
  return false;
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('@')) {
    const emails: Span[] = [];
    collect(EMAIL_RE, text, 'email', emails);
    for (const e of emails) {
      e.host = e.text.slice(e.text.indexOf('@') + 1).toLowerCase();
      spans.push(e);
    }
  }
  if (text.includes('.')) {
    SCHEME_URL_RE.lastIndex = 0;
    for (let m = SCHEME_URL_RE.exec(text); m; m = SCHEME_URL_RE.exec(text)) {
      const s = urlSpan(m.index, m[0]);
      if (s && !overlaps(spans, s.start, s.end)) spans.push(s);
    }
    DOT_TLD_RE.lastIndex = 0;
    for (let d = DOT_TLD_RE.exec(text); d; d = DOT_TLD_RE.exec(text)) {
      let start = d.index;
      while (start > 0 && HOST_CHAR.test(text.charAt(start - 1))) start--;
      BARE_URL_RE.lastIndex = start;
      const m = BARE_URL_RE.exec(text);
      // "kami.Info" is a missing space after a full stop, not a link.
      if (m && !/[a-z]\.[A-Z][a-z]/.test(m[0].split('/')[0] ?? '')) {
        const s = urlSpan(m.index, m[0]);
        if (s && !overlaps(spans, s.start, s.end)) spans.push(s);
        DOT_TLD_RE.lastIndex = Math.max(DOT_TLD_RE.lastIndex, m.index + m[0].length);
      }
    }
  }
  const others: Span[] = [];
  if (text.includes('@')) collect(MENTION_RE, text, 'mention', others);
  if (text.includes('#')) collect(HASHTAG_RE, text, 'hashtag', others);
  if (text.includes('[')) collect(LABEL_RE, text, 'label', others);
  if (text.includes('{')) collect(PLACEHOLDER_RE, text, 'placeholder', others);
  for (const s of others) if (!overlaps(spans, s.start, s.end)) spans.push(s);
  spans.sort((a, b) => a.start - b.start);
  return spans;
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
