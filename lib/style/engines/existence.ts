import { plainOf, type Doc, type Token } from '../doc';
import { baseCandidates, matchCase } from '../morphology';
import { isWord } from '../dictionary/index';
import { filterOf, matchPhrase, mayHoldTail, wordIndex, type Index, type TailFilter, type WordValue } from '../word-index';
import type { Engine, ExistenceRule, WordList } from './types';

/**
 * Existence: words that must not appear at all (rude, SARA, campaign language, the agency's
 * banned words, a dated rule pack). Finds affixed and reduplicated forms and respects the
 * profile's allow-list.
 */

// An ambiguous word is an insult when aimed at someone: "dasar sampah", "kamu sampah", "babi lu".
const CUE_BEFORE = new Set(['dasar', 'kamu', 'kau', 'lu', 'lo', 'elo', 'elu', 'loe', 'kalian', 'kayak', 'kyk', 'dasar']);
const CUE_AFTER = new Set(['lu', 'lo', 'elo', 'elu', 'loe', 'luh', 'kau', 'kamu', 'kalian', 'banget', 'bgt']);
const BANG_AFTER = /^\s*!/;

function aimedAtSomeone(doc: Doc, i: number, last: number): boolean {
  const prev = doc.tokens[i - 1];
  const tok = doc.tokens[i];
  const end = doc.tokens[last];
  const next = doc.tokens[last + 1];
  if (!tok || !end) return false;
  if (prev?.joinedToNext && !tok.sentenceStart && CUE_BEFORE.has(prev.lower)) return true;
  if (end.joinedToNext && next && CUE_AFTER.has(next.lower)) return true;
  // "kalian semua babi", "anjing lama banget": a cue one word further away.
  const prev2 = doc.tokens[i - 2];
  const next2 = doc.tokens[last + 2];
  if (prev2?.joinedToNext && prev?.joinedToNext && !tok.sentenceStart && !prev.sentenceStart && CUE_BEFORE.has(prev2.lower)) return true;
  if (end.joinedToNext && next?.joinedToNext && next2 && CUE_AFTER.has(next2.lower)) return true;
  return tok.sentenceStart && BANG_AFTER.test(doc.text.slice(end.end, end.end + 3));
}

/** Candidate bases of a token after removing affixes or reduplication ("dibodohi" → "bodoh"). */
function derivedForms(tok: Token, filters: readonly TailFilter[]): string[] {
  const derived: string[] = [];
  const norm = plainOf(tok);
  for (const p of norm === tok.lower ? [tok.lower] : [tok.lower, norm]) {
    if (p.length < 5 || !filters.some((f) => mayHoldTail(p, f))) continue;
    if (p.includes('-')) {
      // "goblok-goblok", "dibego-begoin", "tolol-tololnya": look at every part.
      for (const part of p.split('-')) if (part.length >= 2) derived.push(part, ...baseCandidates(part));
    } else {
      derived.push(...baseCandidates(p).slice(1));
    }
  }
  return derived;
}

function spellingVariants(w: string): string[] {
  const out: string[] = [];
  if (w.includes('ch')) out.push(w.replace(/ch/g, 'c'));
  if (w.includes('p')) out.push(w.replace(/p/g, 'f'));
  if (w.includes('dj')) out.push(w.replace(/dj/g, 'j'));
  return out.filter((v) => v !== w);
}

function lookup(index: Index<WordValue>, tok: Token, derived: () => string[]): WordValue | null {
  const direct = index.single.get(tok.lower);
  if (direct) return direct;
  const norm = plainOf(tok);
  if (norm !== tok.lower) {
    const v = index.single.get(norm);
    if (v) return v;
  }
  // Spelling variants of the same word: "kapir" for "kafir", "china" for "cina".
  for (const variant of spellingVariants(norm)) {
    const v = index.single.get(variant);
    if (v) return v;
  }
  // Whole morphemes only: a dictionary word ("menaikkan") holds a listed base only when that
  // base is a word too ("dibodohi" → "bodoh"), not a string inside it ("taik").
  const wordItself = isWord(tok.lower);
  for (const f of derived()) {
    const v = index.single.get(f);
    if (v && !v.flags.exact && !v.flags.except?.some((x) => x === tok.lower || x === norm) && (!wordItself || isWord(f))) return v;
  }
  return null;
}

const MEMO_LIMIT = 5000;

/** Can `s` be read as dictionary words (or be empty)? "pemerintah", "nya", "pemerintahdaerah". */
function segmentable(s: string, depth = 0): boolean {
  if (s === '' || isWord(s)) return true;
  if (depth > 4 || s.length > 40) return false;
  for (let i = s.length - 1; i >= 2; i--) if (isWord(s.slice(0, i)) && segmentable(s.slice(i), depth + 1)) return true;
  return false;
}

/**
 * Listed words inside a hashtag: "#goblokpemerintah", "#TololNya". A listed word counts when the
 * rest of the tag reads as words, so "#menaikkan" never holds "taik".
 */
function hashtagHits(body: string, index: Index<WordValue>): { value: WordValue; at: number; length: number }[] {
  const lower = body.toLowerCase();
  const out: { value: WordValue; at: number; length: number }[] = [];
  if (isWord(lower)) return out;
  for (const [form, value] of index.single) {
    if (form.length < 4 || value.flags.cue) continue;
    const at = lower.indexOf(form);
    if (at < 0) continue;
    if (segmentable(lower.slice(0, at)) && segmentable(lower.slice(at + form.length))) out.push({ value, at, length: form.length });
  }
  return out;
}

interface CompiledList {
  rule: ExistenceRule;
  list: WordList;
  index: Index<WordValue>;
}

export const existenceEngine: Engine<ExistenceRule> = {
  needsWordList: true,
  compile(rules, ctx) {
    const lists: CompiledList[] = [];
    for (const rule of rules) {
      for (const list of rule.lists(ctx)) {
        if (list.entries.length > 0) lists.push({ rule, list, index: wordIndex(list.entries) });
      }
    }
    if (lists.length === 0) return () => {};
    const filters = lists.map((l) => filterOf(l.index));
    // Typing re-checks the same words at every keystroke: remember each word's lookups.
    const memo = new Map<string, (WordValue | null)[]>();
    return (doc, emit) => {
      const { tokens } = doc;
      for (const span of doc.spans) {
        if (span.kind !== 'hashtag') continue;
        for (const { rule, index, list } of lists) {
          for (const h of hashtagHits(span.text.slice(1), index)) {
            if (ctx.allow.has(h.value.word)) continue;
            const start = span.start + 1 + h.at;
            const written = doc.text.slice(start, start + h.length);
            emit(rule, start, start + h.length, rule.message({ found: written, note: list.note }), [], list.severity);
          }
        }
      }
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (!tok || tok.skip || ctx.allow.has(tok.lower)) continue;
        let found = memo.get(tok.lower);
        if (!found) {
          let forms: string[] | null = null;
          const derived = () => (forms ??= derivedForms(tok, filters));
          found = lists.map((l) => lookup(l.index, tok, derived));
          if (memo.size >= MEMO_LIMIT) memo.clear();
          memo.set(tok.lower, found);
        }
        for (let k = 0; k < lists.length; k++) {
          const list = lists[k];
          if (!list) continue;
          const { rule, index } = list;
          let value: WordValue | null = null;
          let last = i;
          const phrase = index.phrases.size > 0 ? matchPhrase(index, tokens, i, tok.lower) : null;
          if (phrase && !ctx.allow.has(phrase.value.word)) {
            value = phrase.value;
            last = phrase.last;
          } else {
            value = found[k] ?? null;
          }
          if (!value || ctx.allow.has(value.word)) continue;
          if (value.flags.cue && !aimedAtSomeone(doc, i, last)) continue;
          const end = tokens[last]?.end ?? tok.end;
          const written = doc.text.slice(tok.start, end);
          const replacements = value.flags.replace ? value.flags.replace.split('|').map((r) => matchCase(written, r)) : [];
          emit(
            rule,
            tok.start,
            end,
            rule.message({ found: written, suggestion: replacements[0], note: list.list.note }),
            replacements,
            list.list.severity,
          );
        }
      }
    };
  },
};
