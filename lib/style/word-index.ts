import type { Token } from './doc';
import type { SubEntry, SubFlags, WordEntry, WordFlags } from './lexicon/types';

/** A list turned into lookups: single words by their form, phrases by their first word. */
export interface Index<V> {
  single: Map<string, V>;
  phrases: Map<string, { words: string[]; value: V }[]>;
}

const SPACE = /\s+/;

function add<V>(index: Index<V>, form: string, value: V): void {
  const words = form.trim().toLowerCase().split(SPACE);
  const first = words[0];
  if (!first) return;
  if (words.length === 1) {
    if (!index.single.has(first)) index.single.set(first, value);
    return;
  }
  const list = index.phrases.get(first) ?? [];
  list.push({ words, value });
  index.phrases.set(first, list);
}

export interface WordValue {
  word: string;
  flags: WordFlags;
}

export interface SubValue {
  from: string;
  to: string[];
  flags: SubFlags;
}

// Built-in lists are module constants: index each once for the whole session.
const wordCache = new WeakMap<readonly WordEntry[], Index<WordValue>>();
const subCache = new WeakMap<readonly SubEntry[], Index<SubValue>>();

export function wordIndex(entries: readonly WordEntry[]): Index<WordValue> {
  const cached = wordCache.get(entries);
  if (cached) return cached;
  const index: Index<WordValue> = { single: new Map(), phrases: new Map() };
  for (const e of entries) {
    const [word, flags] = typeof e === 'string' ? [e, {}] : e;
    add(index, word, { word: word.toLowerCase(), flags });
  }
  wordCache.set(entries, index);
  return index;
}

export function subIndex(entries: readonly SubEntry[]): Index<SubValue> {
  const cached = subCache.get(entries);
  if (cached) return cached;
  const index: Index<SubValue> = { single: new Map(), phrases: new Map() };
  for (const [from, to, flags] of entries) {
    add(index, from, { from, to: to.split('|'), flags: flags ?? {} });
  }
  subCache.set(entries, index);
  return index;
}

/**
 * The phrase of `index` that starts at token i, if the next tokens spell it with only spaces
 * between them. Returns the phrase value and the index of its last token.
 */
export function matchPhrase<V>(
  index: Index<V>,
  tokens: readonly Token[],
  i: number,
  key: string,
): { value: V; last: number } | null {
  const candidates = index.phrases.get(key);
  if (!candidates) return null;
  outer: for (const { words, value } of candidates) {
    let j = i;
    for (let w = 1; w < words.length; w++) {
      const prev = tokens[j];
      const next = tokens[j + 1];
      if (!prev?.joinedToNext || !next || next.skip || next.lower !== words[w]) continue outer;
      j++;
    }
    return { value, last: j };
  }
  return null;
}
