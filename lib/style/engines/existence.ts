import { plainOf, type Doc, type Token } from '../doc';
import { baseCandidates, matchCase } from '../morphology';
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

function lookup(index: Index<WordValue>, tok: Token, derived: () => string[]): WordValue | null {
  const direct = index.single.get(tok.lower);
  if (direct) return direct;
  const norm = plainOf(tok);
  if (norm !== tok.lower) {
    const v = index.single.get(norm);
    if (v) return v;
  }
  for (const f of derived()) {
    const v = index.single.get(f);
    if (v && !v.flags.exact && !v.flags.except?.some((x) => x === tok.lower || x === norm)) return v;
  }
  return null;
}

const MEMO_LIMIT = 5000;

interface CompiledList {
  rule: ExistenceRule;
  list: WordList;
  index: Index<WordValue>;
}

export const existenceEngine: Engine<ExistenceRule> = {
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
