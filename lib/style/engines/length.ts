import { PLATFORMS } from '@/lib/platforms/meta';
import { PLATFORM_MAX_LENGTH, platformLength } from '@/lib/text/length';
import type { Doc } from '../doc';
import type { CompileContext, Emit, Engine, LengthRule } from './types';

/** Length: the platform's limit (X weighted) or the profile's own; and over-long sentences. */

/** Code points twitter-text v3 weighs 1 (the rest weigh 2). */
const isLight = (c: number) => c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247);

/**
 * A cheap upper bound that usually makes the real count unnecessary. Facebook and Instagram
 * count code points, never more than UTF-16 units. X (twitter-text v3 weights) counts 1 for code
 * points in its light ranges and 2 otherwise (a surrogate pair counted 2 + 2 is still above the
 * 2 an emoji weighs), and 23 for a link, which needs a dot followed by a letter.
 */
function surelyWithin(text: string, limit: number, platform: CompileContext['platform']): boolean {
  if (PLATFORMS[platform].counter !== 'twitter-weighted') return text.length <= limit;
  if (text.length > limit) return false;
  let bound = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bound += isLight(c) ? 1 : 2;
    if (c === 46 && /[A-Za-z]/.test(text.charAt(i + 1))) bound += 23;
    if (bound > limit) return false;
  }
  return true;
}

/**
 * Where the part that does not fit begins: walk back from the end until the walked-over text
 * weighs the excess (a link 23 on X, a code point 1 or 2). An estimate without another count:
 * on X a cut link may weigh differently, so "the first character over" is not sharp anyway.
 */
function overflowStart(doc: Doc, excess: number, platform: CompileContext['platform']): number {
  const { text } = doc;
  const weighted = PLATFORMS[platform].counter === 'twitter-weighted';
  const links = weighted ? doc.spans.filter((s) => s.kind === 'url') : [];
  let removed = 0;
  let i = text.length;
  while (i > 0 && removed < excess) {
    const link = links.find((l) => l.start < i && l.end >= i);
    if (link) {
      removed += 23;
      i = link.start;
      continue;
    }
    const c = text.charCodeAt(i - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    if (pair) {
      removed += weighted ? 2 : 1;
      i -= 2;
    } else {
      removed += weighted && !isLight(c) ? 2 : 1;
      i -= 1;
    }
  }
  return i;
}

function runLimit(rule: LengthRule, doc: Doc, ctx: CompileContext, emit: Emit): void {
  const limit = ctx.profile.lengthLimits[ctx.platform] ?? PLATFORM_MAX_LENGTH[ctx.platform];
  const { text } = doc;
  if (surelyWithin(text, limit, ctx.platform)) return;
  const length = platformLength(text, ctx.platform);
  if (length <= limit) return;
  const start = overflowStart(doc, length - limit, ctx.platform);
  emit(rule, start, text.length, rule.message({ found: text.slice(start, start + 40), count: length, limit }), []);
}

// Sentence ends, but not after common abbreviations ("Yth.", "No.", "dr.", "Jl.", "a.n.").
const SENTENCE_RE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const ABBREV_END = /(?:^|[\s(])(?:yth|no|nomor|jl|dr|drg|ir|prof|kab|kec|kel|prov|tel|telp|hlm|dll|dsb|dst|a\.n|u\.p|s\.d|st|sdr|sdri|bpk|ibu|pk|tgl|hal|ket|ttd)\.$/i;

function runSentences(rule: LengthRule, doc: Doc, emit: Emit): void {
  const max = rule.maxWords ?? 35;
  const { text, tokens } = doc;
  if (tokens.length <= max) return;
  let start = 0;
  let words = 0;
  let tokenIdx = 0;
  SENTENCE_RE.lastIndex = 0;
  for (let m = SENTENCE_RE.exec(text); m; m = SENTENCE_RE.exec(text)) {
    if (m[0].length === 0) {
      SENTENCE_RE.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    while (tokenIdx < tokens.length && (tokens[tokenIdx]?.end ?? Infinity) <= end) {
      words++;
      tokenIdx++;
    }
    // A dot inside "No. 5" or a link does not end the sentence.
    const inside = doc.spans.some((s) => s.kind === 'url' && end > s.start && end < s.end);
    if ((ABBREV_END.test(m[0]) || inside || /\.\d$/.test(m[0])) && end < text.length) continue;
    if (words > max) {
      const s = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
      emit(rule, s, end, rule.message({ found: text.slice(s, Math.min(end, s + 60)), count: words, limit: max }), []);
    }
    start = end;
    words = 0;
  }
}

export const lengthEngine: Engine<LengthRule> = {
  compile(rules, ctx) {
    return (doc, emit) => {
      for (const rule of rules) {
        if (rule.kind === 'platform-limit') runLimit(rule, doc, ctx, emit);
        else runSentences(rule, doc, emit);
      }
    };
  },
};
