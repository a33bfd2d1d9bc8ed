import type { Doc, Token } from '../doc';
import { baseCandidates, matchCase } from '../morphology';
import { normalizeWord } from '../normalize';
import { matchPhrase, wordIndex, type Index, type WordValue } from '../word-index';
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

interface Forms {
  /** The token as written, and plainly spelled. */
  plain: string[];
  /** Candidate bases after removing affixes or reduplication. */
  derived: string[];
}

function formsOf(tok: Token): Forms {
  const plain = [tok.lower];
  const norm = normalizeWord(tok.lower);
  if (norm !== tok.lower) plain.push(norm);
  const derived: string[] = [];
  for (const p of plain) {
    if (p.includes('-')) {
      // "goblok-goblok", "dibego-begoin", "tolol-tololnya": look at every part.
      for (const part of p.split('-')) if (part.length >= 2) derived.push(part, ...baseCandidates(part));
    } else if (p.length >= 5) {
      derived.push(...baseCandidates(p).slice(1));
    }
  }
  return { plain, derived };
}

function lookup(index: Index<WordValue>, forms: Forms): WordValue | null {
  for (const f of forms.plain) {
    const v = index.single.get(f);
    if (v) return v;
  }
  for (const f of forms.derived) {
    const v = index.single.get(f);
    if (v && !v.flags.exact && !v.flags.except?.some((x) => forms.plain.includes(x))) return v;
  }
  return null;
}

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
    return (doc, emit) => {
      const { tokens } = doc;
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (!tok || tok.skip || ctx.allow.has(tok.lower)) continue;
        let forms: Forms | null = null;
        for (const { rule, list, index } of lists) {
          let value: WordValue | null = null;
          let last = i;
          const phrase = matchPhrase(index, tokens, i, tok.lower);
          if (phrase && !ctx.allow.has(phrase.value.word)) {
            value = phrase.value;
            last = phrase.last;
          } else {
            forms ??= formsOf(tok);
            value = lookup(index, forms);
          }
          if (!value || ctx.allow.has(value.word)) continue;
          if (value.flags.cue && !aimedAtSomeone(doc, i, last)) continue;
          const end = tokens[last]?.end ?? tok.end;
          const found = doc.text.slice(tok.start, end);
          const replacements = value.flags.replace ? value.flags.replace.split('|').map((r) => matchCase(found, r)) : [];
          emit(
            rule,
            tok.start,
            end,
            rule.message({ found, suggestion: replacements[0], note: list.note }),
            replacements,
            list.severity,
          );
        }
      }
    };
  },
};
