import type { Token } from './doc';
import type { WordEntry, WordFlags } from './lexicon/types';

/** A list turned into lookups: single words by their form, phrases by their first word. */
export interface Index<V> {
  single: Map<string, V>;
  phrases: Map<string, { words: string[]; value: V }[]>;
  /**
   * Last four letters of every single word (whole word when shorter). Affixes never change
   * the end of a base, so a token holding none of these cannot be an affixed listed word.
   */
  tails: Set<string>;
  /** The tails as a filter, built on first use. */
  filter?: TailFilter;
}

/**
 * The tails as two hashed bitmaps (3 and 4 letters): testing a token is one pass over its
 * characters with no allocation. A hash collision only costs a needless closer look.
 */
export interface TailFilter {
  three: Uint8Array;
  four: Uint8Array;
}

const MASK = 0x1fff;

function gramHash(s: string, from: number, n: number): number {
  let h = 0;
  for (let i = from; i < from + n; i++) h = (h * 31 + s.charCodeAt(i)) & MASK;
  return h;
}

export function tailFilter(tails: Iterable<string>): TailFilter {
  const f: TailFilter = { three: new Uint8Array(MASK + 1), four: new Uint8Array(MASK + 1) };
  for (const t of tails) {
    if (t.length === 4) f.four[gramHash(t, 0, 4)] = 1;
    else if (t.length === 3) f.three[gramHash(t, 0, 3)] = 1;
  }
  return f;
}

/** Could `word` contain one of the filter's tails? */
export function mayHoldTail(word: string, f: TailFilter): boolean {
  for (let i = 0; i + 3 <= word.length; i++) {
    if (f.three[gramHash(word, i, 3)] === 1) return true;
    if (i + 4 <= word.length && f.four[gramHash(word, i, 4)] === 1) return true;
  }
  return false;
}

const SPACE = /\s+/;

function add<V>(index: Index<V>, form: string, value: V): void {
  const words = form.trim().toLowerCase().split(SPACE);
  const first = words[0];
  if (!first) return;
  if (words.length === 1) {
    if (!index.single.has(first)) index.single.set(first, value);
    index.tails.add(first.slice(-4));
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

// Built-in lists are module constants: index each once for the whole session.
const wordCache = new WeakMap<readonly WordEntry[], Index<WordValue>>();

export function wordIndex(entries: readonly WordEntry[]): Index<WordValue> {
  const cached = wordCache.get(entries);
  if (cached) return cached;
  const index: Index<WordValue> = { single: new Map(), phrases: new Map(), tails: new Set() };
  for (const e of entries) {
    const [word, flags] = typeof e === 'string' ? [e, {}] : e;
    add(index, word, { word: word.toLowerCase(), flags });
  }
  wordCache.set(entries, index);
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


export function filterOf(index: Index<unknown>): TailFilter {
  index.filter ??= tailFilter(index.tails);
  return index.filter;
}
