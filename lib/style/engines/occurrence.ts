import type { Doc, Token } from '../doc';
import { ACRONYMS } from '../lexicon/persona';
import { SLANG } from '../lexicon/slang';
import { isWord } from '../dictionary/index';
import { meN } from '../morphology';
import type { CompileContext, Emit, Engine, OccurrenceRule } from './types';

/** Occurrence: noise a calm official reply avoids (!!!, emoji over the limit, hashtags, CAPS). */

const PUNCT_RE = /[!?]{2,}/g;
// One emoji: a pictograph with its variation selector, skin tone and ZWJ sequence, or a flag.
const EMOJI_RE =
  /\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*|\p{Regional_Indicator}{2}/gu;
// ©, ®, ™ and similar are pictographs to Unicode but plain symbols in a reply.
const TEXT_SYMBOL = /^[\u00A9\u00AE\u2122\u203C\u2049\u2139\u2194-\u21AA\u2328\u23CF\u24C2\u25AA-\u25FE\u2600-\u27BF]$/;
/** Findings of the emoji limit per draft (runs of adjacent emoji count as one). */
export const MAX_EMOJI_FINDINGS = 5;
const ACRONYM_SET: ReadonlySet<string> = new Set(ACRONYMS);
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\d/;
const UPPER_LETTERS = /\p{Lu}/gu;
const REDUP_DIGIT_RE = /^(\p{L}{2,})2(nya|lah|kah|pun)?$/u;
/** Words usually doubled (written with a space by mistake): suggest the hyphen first. */
const REDUP_COMMON: ReadonlySet<string> = new Set([
  'sama', 'hati', 'kira', 'masing', 'tiba', 'pelan', 'baik', 'cepat', 'mudah', 'jangan', 'benar',
  'anak', 'orang', 'warga', 'teman', 'rekan', 'bapak', 'ibu', 'kawan', 'sekali', 'lama', 'besar',
  'kecil', 'terus', 'setiap', 'hari', 'kali',
]);

function insideUrl(doc: Doc, start: number): boolean {
  return doc.spans.some((s) => s.kind === 'url' && start >= s.start && start < s.end);
}

function runPunctuation(rule: OccurrenceRule, doc: Doc, emit: Emit): void {
  if (!doc.text.includes('!!') && !doc.text.includes('?') && !doc.text.includes('!')) return;
  PUNCT_RE.lastIndex = 0;
  for (let m = PUNCT_RE.exec(doc.text); m; m = PUNCT_RE.exec(doc.text)) {
    if (insideUrl(doc, m.index)) continue;
    const primary = m[0].includes('?') ? '?' : '!';
    const replacements = primary === '!' ? ['!', '.'] : ['?'];
    emit(rule, m.index, m.index + m[0].length, rule.message({ found: m[0], suggestion: primary }), replacements);
  }
}

function runEmoji(rule: OccurrenceRule, doc: Doc, ctx: CompileContext, emit: Emit): void {
  const limit = ctx.profile.emojiLimit;
  let count = 0;
  const found: { start: number; end: number; text: string }[] = [];
  EMOJI_RE.lastIndex = 0;
  for (let m = EMOJI_RE.exec(doc.text); m; m = EMOJI_RE.exec(doc.text)) {
    if (TEXT_SYMBOL.test(m[0])) continue;
    count++;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (count <= limit) return;
  // The emoji past the limit, a run of adjacent ones as one finding ("🎉🎉🎉" is one thing to
  // remove), at most MAX_EMOJI_FINDINGS of them: a draft of 3,000 emoji gave 3,000 findings, each
  // drawn and listed in the page. The message still gives the whole count.
  const runs: { start: number; end: number }[] = [];
  for (const e of found.slice(limit)) {
    const last = runs.at(-1);
    if (last && last.end === e.start) last.end = e.end;
    else if (runs.length < MAX_EMOJI_FINDINGS) runs.push({ start: e.start, end: e.end });
    else break;
  }
  for (const r of runs) emit(rule, r.start, r.end, rule.message({ found: doc.text.slice(r.start, r.end), count, limit }), ['']);
}

function runHashtags(rule: OccurrenceRule, doc: Doc, ctx: CompileContext, emit: Emit): void {
  const limit = ctx.profile.hashtagLimit ?? 2;
  const tags = doc.spans.filter((s) => s.kind === 'hashtag');
  if (tags.length <= limit) return;
  for (const t of tags.slice(limit)) {
    emit(rule, t.start, t.end, rule.message({ found: t.text, count: tags.length, limit }), ['']);
  }
}

/** A capitalised word that is neither an acronym nor the agency's own name. */
function shouted(tok: Token, ctx: CompileContext): boolean {
  const c = tok.text.charCodeAt(0);
  // Most words start with a lower-case letter or a digit: no need to look further.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  if (tok.skip || HAS_LOWER.test(tok.text) || HAS_DIGIT.test(tok.text)) return false;
  if ((tok.text.match(UPPER_LETTERS)?.length ?? 0) < 2) return false;
  if (ctx.allow.has(tok.lower) || ctx.ownNames.has(tok.lower)) return false;
  const parts = tok.text.split(/['’-]/);
  if (parts.every((p) => ACRONYM_SET.has(p) || (parts.length > 1 && p.length <= 4))) return false;
  // "PILKADA", "IATA": capitals that spell no word are an acronym; "PENTING", "WAJIB" are shouted.
  return parts.some((p) => p.length > 1 && isWord(p.toLowerCase()));
}

function lowerCased(text: string, sentenceStart: boolean): string {
  const lower = text.toLowerCase();
  return sentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

function runCaps(rule: OccurrenceRule, doc: Doc, ctx: CompileContext, emit: Emit): void {
  const { tokens, text } = doc;
  if (!TWO_CAPITALS.test(text)) return;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !shouted(first, ctx)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      const gap = text.slice(tokens[last]?.end ?? 0, next?.start ?? 0);
      if (!next || !shouted(next, ctx) || /[\n.!?]/.test(gap)) break;
      last++;
    }
    const end = tokens[last]?.end ?? first.end;
    // A short capital word alone ("YA", "RS") may be an acronym we do not know; a long word,
    // or a run with a word of four letters or more, is shouting.
    let longest = 0;
    for (let k = i; k <= last; k++) longest = Math.max(longest, tokens[k]?.text.length ?? 0);
    if ((last > i && longest >= 4) || longest >= 5) {
      const found = text.slice(first.start, end);
      const fix = lowerCased(found, first.sentenceStart);
      emit(rule, first.start, end, rule.message({ found, suggestion: fix }), [fix]);
    }
    i = last + 1;
  }
}

/**
 * Prefixes that stay outside a reduplicated base: "berhari-hari", "tertawa-tawa"; se- only with
 * -nya ("sebaik-baiknya"; "sedikit-sedikit" repeats the whole word).
 */
const REDUP_PREFIX = /^(ber|ter)([a-z]+)$/;

const SLANG_FIX: ReadonlyMap<string, string> = new Map(SLANG.map(([from, to]) => [from, to.split('|')[0] ?? '']));

/**
 * "hati2" → "hati-hati", "org2" → "orang-orang", "bertahun2" → "bertahun-tahun" (only the base
 * is repeated when the dictionary says so); "km2" (a unit) and other non-words are left alone.
 */
function digitReduplication(written: string, clitic: string): string | null {
  const lower = written.toLowerCase();
  const slang = SLANG_FIX.get(lower);
  const word = slang && !slang.includes(' ') ? slang : lower;
  if (/^(?:km|cm|mm|kg|mg|ml|m|ha)$/.test(lower)) return null;
  // A prefixed word repeats its base: "bertahun2" → "bertahun-tahun", "berkali2" → "berkali-kali"
  // (the base must be a word; "berkali" itself is missing from the list, so the base vouches).
  const prefixed = REDUP_PREFIX.exec(word) ?? (clitic === 'nya' ? /^(se)([a-z]+)$/.exec(word) : null);
  const base = prefixed?.[2];
  const meRepeat = meNRepeat(word);
  const best = base && base.length >= 3 && isWord(base) ? `${word}-${base}` : meRepeat ? `${word}-${meRepeat}` : `${word}-${word}`;
  if (!slang && !isWord(word) && best === `${word}-${word}`) return null;
  const out = best + clitic;
  return slang ? out : matchCaseStart(written, out);
}

/**
 * The part a meN- verb repeats: its stem after the nasal ("mencari" → "cari", "melihat" →
 * "lihat"), or the nasalised stem when the nasal took the base's first sound ("menari" → "nari",
 * "memukul" → "mukul"): "mencari-cari", "menari-nari". Only when meN- of a dictionary base gives
 * the word back ("merah" is no meN- verb: "rah" is no word).
 */
function meNRepeat(word: string): string | null {
  if (!/^me[mnlrwy]/.test(word) || !isWord(word)) return null;
  const rest = word.slice(2);
  const repeat = rest.replace(/^(?:ng(?=[^aiueo])|ny(?=[^aiueo])|n(?=[^aiueoyg])|m(?=[^aiueo]))/, '');
  if (repeat.length < 3) return null;
  const bases = [repeat];
  if (repeat === rest) {
    // the nasal took the base's first sound: n ← t, m ← p, ng ← k, ny ← s
    if (rest.startsWith('ng')) bases.push('k' + rest.slice(2));
    else if (rest.startsWith('ny')) bases.push('s' + rest.slice(2));
    else if (rest.startsWith('n')) bases.push('t' + rest.slice(1));
    else if (rest.startsWith('m')) bases.push('p' + rest.slice(1));
  }
  return bases.some((b) => isWord(b) && meN(b) === word) ? repeat : null;
}

function matchCaseStart(written: string, out: string): string {
  return /^\p{Lu}/u.test(written) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function runRepeatedWords(rule: OccurrenceRule, doc: Doc, ctx: CompileContext, emit: Emit): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.skip || ctx.allow.has(tok.lower)) continue;
    // "hati2" is "hati-hati"; "Rp2.000" is money.
    const money = /^[.,]\d/.test(doc.text.slice(tok.end, tok.end + 2));
    const digit = tok.lower.includes('2') && !money ? REDUP_DIGIT_RE.exec(tok.lower) : null;
    const fix = digit?.[1] ? digitReduplication(tok.text.slice(0, digit[1].length), digit[2] ?? '') : null;
    if (fix) {
      emit(rule, tok.start, tok.end, rule.message({ found: tok.text, suggestion: fix }), [fix]);
      continue;
    }
    const next = tokens[i + 1];
    if (!next || next.skip || !tok.joinedToNext || next.lower !== tok.lower) continue;
    if (tok.lower.length < 2 || HAS_DIGIT.test(tok.lower)) continue;
    const hyphen = `${tok.text}-${next.text}`;
    const single = tok.text;
    const replacements = REDUP_COMMON.has(tok.lower) ? [hyphen, single] : [single, hyphen];
    emit(rule, tok.start, next.end, rule.message({ found: doc.text.slice(tok.start, next.end), suggestion: replacements[0] }), replacements);
    i++;
  }
}

export const occurrenceEngine: Engine<OccurrenceRule> = {
  needsWordList: true,
  compile(rules, ctx) {
    return (doc, emit) => {
      for (const rule of rules) {
        switch (rule.kind) {
          case 'repeated-punctuation':
            runPunctuation(rule, doc, emit);
            break;
          case 'emoji':
            runEmoji(rule, doc, ctx, emit);
            break;
          case 'hashtag':
            runHashtags(rule, doc, ctx, emit);
            break;
          case 'all-caps':
            runCaps(rule, doc, ctx, emit);
            break;
          case 'repeated-word':
            runRepeatedWords(rule, doc, ctx, emit);
            break;
        }
      }
    };
  },
};
