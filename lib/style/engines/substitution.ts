import type { Severity } from '@/lib/schemas/common';
import type { Doc, Token } from '../doc';
import type { SubEntry, SubFlags } from '../lexicon/types';
import { ACRONYMS } from '../lexicon/persona';
import { matchCase, meN } from '../morphology';
import { normalizeWord } from '../normalize';
import { colloquialForm, ngeVerb } from '../colloquial';
import { isWord } from '../dictionary/index';
import type { Msg } from '../types';
import type { CompileContext, Engine, SubstitutionRule } from './types';

/**
 * Substitution: a listed form has a standard one (slang → baku, English → Indonesian,
 * misspelling → KBBI form). Each finding carries its replacements, in the case of the original.
 * All rules share one lookup table, so a word costs one or two map lookups however many
 * lists there are.
 */

const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const DI = ['di-', 'di'];
const ME = ['meng-', 'men-', 'mem-', 'me-', 'nge-', 'meng', 'men', 'mem', 'me', 'nge', 'ng'];

interface Entry {
  rule: number;
  from: string;
  to: string[];
  flags: SubFlags;
}

interface PhraseEntry extends Entry {
  words: string[];
}

interface Tables {
  rules: SubstitutionRule[];
  direct: Map<string, Entry[]>;
  phrases: Map<string, PhraseEntry[]>;
  /** English verbs by their English form: "download" → unduh. */
  verbs: Map<string, Entry[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Built-in lists are module constants: the merged tables for a given set of lists are built
// once per session, not once per profile.
const tableCache = new Map<string, { lists: readonly (readonly SubEntry[])[]; tables: Tables }>();

function buildTables(rules: readonly SubstitutionRule[], ctx: CompileContext): Tables {
  const lists = rules.map((r) => r.entries(ctx));
  const key = rules.map((r) => r.id).join('|');
  const cached = tableCache.get(key);
  if (cached && cached.lists.length === lists.length && cached.lists.every((l, i) => l === lists[i])) {
    return { ...cached.tables, rules: [...rules] };
  }
  const t: Tables = { rules: [...rules], direct: new Map(), phrases: new Map(), verbs: new Map() };
  lists.forEach((list, ri) => {
    for (const [from, to, flags = {}] of list) {
      const words = from.trim().toLowerCase().split(/\s+/);
      const first = words[0];
      if (!first) continue;
      const entry = { rule: ri, from: from.toLowerCase(), to: to.split('|'), flags };
      if (words.length > 1) push(t.phrases, first, { ...entry, words });
      else {
        push(t.direct, first, entry);
        if (flags.verb) push(t.verbs, first, entry);
      }
    }
  });
  if (tableCache.size > 20) tableCache.clear();
  tableCache.set(key, { lists, tables: t });
  return t;
}

type Shape = (suggestion: string) => string;
const same: Shape = (s) => s;

interface Hit {
  rule: number;
  /** Offset of the hit inside the token, and its length (a part of "gak-gak" is a hit too). */
  offset: number;
  length: number;
  message: Msg;
  replacements: string[];
  severity: Severity | undefined;
  /** Not after these words ("tanah liat", "atlet kayak"). */
  notAfter?: readonly string[];
  clauseStart?: true;
  notBefore?: readonly string[];
}

function makeHit(t: Tables, ctx: CompileContext, e: Entry, offset: number, written: string, shape: Shape): Hit | null {
  const rule = t.rules[e.rule];
  if (!rule) return null;
  const replacements: string[] = [];
  for (const raw of e.to) {
    const base = raw === '@panggilan' ? ctx.address : raw;
    const r = base === '' ? '' : matchCase(written, shape(base));
    if (!replacements.includes(r)) replacements.push(r);
  }
  const suggestion = replacements.find((r) => r !== '');
  return {
    rule: e.rule,
    offset,
    length: written.length,
    message: rule.message({ found: written, suggestion }),
    replacements,
    severity: e.flags.mild ? ctx.mildSeverity : undefined,
    notAfter: e.flags.notAfter,
    clauseStart: e.flags.clauseStart,
    notBefore: e.flags.notBefore,
  };
}

const VOWEL = /[aiueo]/;
const UPPER_ONLY = /^[A-Z]+$/;

/**
 * May this entry match what was written? "spt" is slang but "SPT" a tax form: lower-only entries
 * skip capitals, and a short capitalised word never matches a vowel-less chat abbreviation
 * ("DPT" is the voters' list, not "dapat").
 */
function caseOk(e: Entry, written: string, lower: string): boolean {
  if (e.flags.lowerOnly && written !== lower) return false;
  if (written.length <= 5 && UPPER_ONLY.test(written) && !VOWEL.test(e.from)) return false;
  return true;
}
const ACRONYM_SET: ReadonlySet<string> = new Set(ACRONYMS);
const NONE: readonly Entry[] = [];
const NO_PHRASES: readonly PhraseEntry[] = [];

/** Hits for one word (a whole token or one part of a hyphenated token), one per rule at most. */
function wordHits(t: Tables, ctx: CompileContext, written: string, offset: number, out: Hit[]): void {
  const lower = written.toLowerCase();
  const before = out.length;
  const seen = new Set<number>();
  const report = (e: Entry, shape: Shape): void => {
    if (seen.has(e.rule) || !caseOk(e, written, lower)) return;
    seen.add(e.rule);
    const hit = makeHit(t, ctx, e, offset, written, shape);
    if (hit) out.push(hit);
  };
  for (const e of t.direct.get(lower) ?? NONE) report(e, same);
  const plain = normalizeWord(lower);
  if (plain !== lower) for (const e of t.direct.get(plain) ?? NONE) report(e, same);
  if (out.length > before) return;
  // "linknya" → "tautannya", "websitenya" → "situs webnya".
  const last = lower.charCodeAt(lower.length - 1);
  // "nikah", "galah", "tulah" are words, not "ni"/"ga"/"tu" with a clitic.
  if ((last === 97 || last === 104 || last === 110 || last === 117) && !isWord(lower)) {
    for (const sfx of SUFFIXES) {
      if (lower.length - sfx.length < 2 || !lower.endsWith(sfx)) continue;
      const stem = lower.slice(0, -sfx.length).replace(/-$/, '');
      for (const e of t.direct.get(stem) ?? NONE) {
        if (!e.flags.exact && e.to[0] !== '') report(e, (r) => r + sfx);
      }
    }
  }
  if (out.length > before || t.verbs.size === 0) return;
  // "didownload" → "diunduh", "mengupdate" → "memperbarui".
  const first = lower.charCodeAt(0);
  if (first === 100) {
    for (const p of DI) {
      if (!lower.startsWith(p)) continue;
      for (const e of t.verbs.get(lower.slice(p.length)) ?? NONE) report(e, () => 'di' + (e.flags.verb ?? ''));
    }
  } else if (first === 109 || first === 110) {
    for (const p of ME) {
      if (!lower.startsWith(p)) continue;
      for (const e of t.verbs.get(lower.slice(p.length)) ?? NONE) report(e, () => meN(e.flags.verb ?? ''));
    }
  }
}

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * A non-word that the colloquial rules turn into a listed form or a dictionary word: slang, with
 * the listed fix or that word ("nonton" → "menonton", "bangett" → "sekali").
 */
function colloquialHits(t: Tables, ctx: CompileContext, written: string, out: Hit[]): void {
  const slangRule = t.rules.findIndex((r) => r.colloquial === true);
  const rule = t.rules[slangRule];
  const lower = written.toLowerCase();
  if (!rule || !LETTERS_ONLY.test(written) || written.slice(1) !== lower.slice(1) || isWord(lower)) return;
  const form = colloquialForm(lower, (f) => t.direct.has(f));
  if (!form) {
    // "ngelag", "ngegas": a nge- verb is street register whatever its base; no fix to offer.
    if (ngeVerb(lower)) out.push({ rule: slangRule, offset: 0, length: written.length, message: rule.message({ found: written }), replacements: [], severity: undefined });
    return;
  }
  const before = out.length;
  wordHits(t, ctx, form, 0, out);
  if (out.length > before) {
    for (let i = before; i < out.length; i++) {
      const h = out[i];
      const r = h ? t.rules[h.rule] : undefined;
      if (!h || !r) continue;
      const replacements = h.replacements.map((x) => matchCase(written, x));
      out[i] = { ...h, length: written.length, replacements, message: r.message({ found: written, suggestion: replacements.find((x) => x !== '') }) };
    }
    return;
  }
  const fix = matchCase(written, form);
  out.push({ rule: slangRule, offset: 0, length: written.length, message: rule.message({ found: written, suggestion: fix }), replacements: [fix], severity: undefined });
}

/** "GA 404", "LU" (latitude), "IATA": a short all-capitals word is an acronym unless shouted. */
export function acronymLike(written: string): boolean {
  return written.length >= 2 && written.length <= 5 && UPPER_ONLY.test(written);
}

function tokenHits(t: Tables, ctx: CompileContext, written: string): Hit[] {
  const out: Hit[] = [];
  if (ACRONYM_SET.has(written)) return out;
  wordHits(t, ctx, written, 0, out);
  if (out.length === 0) colloquialHits(t, ctx, written, out);
  if (out.length > 0 || !written.includes('-')) return out;
  // "gak-gak", "online-offline": look at the parts one by one.
  let offset = 0;
  for (const part of written.split('-')) {
    if (part.length >= 2 && !ctx.allow.has(part.toLowerCase())) wordHits(t, ctx, part, offset, out);
    offset += part.length + 1;
  }
  return out;
}

function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i;
  for (let w = 1; w < words.length; w++) {
    const prev = tokens[j];
    const next = tokens[j + 1];
    if (!prev?.joinedToNext || !next || next.skip || next.lower !== words[w]) return -1;
    j++;
  }
  return j;
}

/**
 * Slang inside a hashtag: "#gakbecus" holds "gak". The tag is read as the fewest words; when it
 * reads as dictionary words alone ("#garudaindonesia", "#dirumahaja" aside) nothing is reported,
 * and a listed piece counts only when the rest reads as words too. CamelCase pieces
 * ("#GakBecus") split where the capitals are. Only the slang rule looks inside tags: English
 * campaign tags ("#StayAtHome") are names of campaigns, not drafting slips.
 */
function hashtagSlang(t: Tables, body: string): { at: number; length: number; entry: Entry }[] {
  const lower = body.toLowerCase();
  const n = lower.length;
  const slangRule = t.rules.findIndex((r) => r.colloquial === true);
  if (slangRule < 0 || n < 4 || n > 40 || !/^\p{Ll}+$/u.test(lower) || isWord(lower)) return [];
  const slangAt = (piece: string): Entry | undefined => (t.direct.get(piece) ?? NONE).find((e) => e.rule === slangRule && !e.flags.clauseStart);
  // best[i]: the cheapest reading of lower.slice(0, i): a word costs 1, a slang piece 1.5
  const best: number[] = new Array<number>(n + 1).fill(Infinity);
  const from: number[] = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i] ?? Infinity;
    if (here === Infinity) continue;
    for (let j = i + 2; j <= n; j++) {
      const piece = lower.slice(i, j);
      // a name or an acronym ("pemkot", "ppkm") is an unknown piece, dearer the longer it is (so it
      // does not swallow the slang next to it)
      const cost = isWord(piece) ? 1 : slangAt(piece) ? 1.5 : piece.length >= 3 ? 1 + piece.length : Infinity;
      if (here + cost < (best[j] ?? Infinity)) {
        best[j] = here + cost;
        from[j] = i;
      }
    }
  }
  if ((best[n] ?? Infinity) === Infinity) return [];
  let unknown = false;
  const out: { at: number; length: number; entry: Entry }[] = [];
  for (let j = n; j > 0; ) {
    const i = from[j] ?? 0;
    const piece = lower.slice(i, j);
    const e = isWord(piece) ? undefined : slangAt(piece);
    if (e) out.push({ at: i, length: j - i, entry: e });
    else if (!isWord(piece)) unknown = true;
    j = i;
  }
  // next to an unknown piece only a slang word of three letters or more is trusted ("gak", not "ga")
  return out.filter((h) => !unknown || h.length >= 3).reverse();
}

/** Token i opens a clause (sentence start or after a comma) and a lower-case word follows it. */
function clauseStartBefore(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!tok || !next || next.skip || !tok.joinedToNext || !/^\p{Ll}/u.test(next.text)) return false;
  return tok.sentenceStart || /,\s*$/.test(doc.text.slice(Math.max(0, tok.start - 3), tok.start));
}

/** Typing re-checks the same words at every keystroke: remember each word's hits. */
const MEMO_LIMIT = 5000;

export const substitutionEngine: Engine<SubstitutionRule> = {
  needsWordList: true,
  compile(rules, ctx) {
    const t = buildTables(rules, ctx);
    if (t.direct.size === 0 && t.phrases.size === 0) return () => {};
    const memo = new Map<string, Hit[]>();
    return (doc, emit) => {
      const { tokens, text } = doc;
      // A phrase ("kasih tau", "tuna netra") consumes its tokens for that rule.
      const consumedUntil: number[] = t.rules.map(() => -1);
      let consumedMax = -1;
      const done = new Set<number>();
      for (const span of doc.spans) {
        if (span.kind !== 'hashtag') continue;
        for (const h of hashtagSlang(t, span.text.slice(1))) {
          const start = span.start + 1 + h.at;
          const written = text.slice(start, start + h.length);
          if (ctx.allow.has(h.entry.from)) continue;
          const hit = makeHit(t, ctx, h.entry, 0, written, same);
          const rule = t.rules[h.entry.rule];
          // the fix keeps the tag one word: "#gakbecus" → "#tidakbecus"
          if (hit && rule) emit(rule, start, start + h.length, hit.message, hit.replacements.map((r) => r.replace(/\s+/g, '')), hit.severity);
        }
      }
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (!tok || tok.skip || ctx.allow.has(tok.lower) || ctx.ownNames.has(tok.lower)) continue;
        done.clear();
        if (i <= consumedMax) {
          for (let ri = 0; ri < consumedUntil.length; ri++) if (i <= (consumedUntil[ri] ?? -1)) done.add(ri);
        }
        for (const p of t.phrases.get(tok.lower) ?? NO_PHRASES) {
          if (done.has(p.rule)) continue;
          const last = phraseAt(tokens, i, p.words);
          if (last < 0 || ctx.allow.has(p.from)) continue;
          const end = tokens[last]?.end ?? tok.end;
          done.add(p.rule);
          consumedUntil[p.rule] = last;
          consumedMax = Math.max(consumedMax, last);
          const hit = makeHit(t, ctx, p, 0, text.slice(tok.start, end), same);
          const rule = t.rules[p.rule];
          if (hit && rule) emit(rule, tok.start, end, hit.message, hit.replacements, hit.severity);
        }
        let hits = memo.get(tok.text);
        if (!hits) {
          if (memo.size >= MEMO_LIMIT) memo.clear();
          hits = tokenHits(t, ctx, tok.text);
          memo.set(tok.text, hits);
        }
        const prev = tokens[i - 1];
        // "DJP Online", "SIM Online": a capitalised word after an acronym is part of a name.
        const inName = prev !== undefined && prev.joinedToNext && UPPER_ONLY.test(prev.text) && prev.text.length >= 2 && /^\p{Lu}\p{Ll}/u.test(tok.text);
        const next = tokens[i + 1];
        // An acronym stands among lower-case words; a shouted slang word among capitals ("GAK BISA").
        const acronym = acronymLike(tok.text) && !(prev?.joinedToNext && UPPER_ONLY.test(prev.text)) && !(tok.joinedToNext && next && UPPER_ONLY.test(next.text) && next.text.length > 1);
        // "I Gede", "Kayak Hijau": a capitalised word inside a sentence is a name.
        const name = !tok.sentenceStart && /^\p{Lu}\p{Ll}/u.test(tok.text);
        // "daring (online)": a term in brackets right after a word glosses it.
        const gloss = text.charAt(tok.start - 1) === '(' && /^\s*\)/.test(text.slice(tok.end, tok.end + 3)) && /\p{L}\s*$/u.test(text.slice(Math.max(0, tok.start - 30), tok.start - 1));
        for (const h of hits) {
          const rule = t.rules[h.rule];
          if (!rule || done.has(h.rule) || (inName && rule.keepInNames)) continue;
          if ((acronym || name) && rule.skipNames) continue;
          if (gloss && rule.keepGlosses) continue;
          if (h.notAfter && prev?.joinedToNext && h.notAfter.includes(prev.lower)) continue;
          if (h.notBefore && tok.joinedToNext && next && h.notBefore.includes(next.lower)) continue;
          if (h.clauseStart && !clauseStartBefore(doc, i)) continue;
          const start = tok.start + h.offset;
          emit(rule, start, start + h.length, h.message, [...h.replacements], h.severity);
        }
      }
    };
  },
};
