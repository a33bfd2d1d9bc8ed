/**
 * Spelling games people play to dodge a word list: letter repeats ("gobloookkk"),
 * digits for letters ("b4ngsat"), stretched laughter ("wkwkwkwk", "hahaha").
 */

const RUN3 = /(\p{L})\1{2,}/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a' };
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/** A lower-case word as it would be spelled plainly; the word itself when nothing changes. */
export function normalizeWord(lower: string): string {
  let w = lower;
  if (HAS_DIGIT.test(w) && HAS_LETTER.test(w)) {
    w = w.replace(/[0134578]/g, (d) => LEET[d] ?? d);
  }
  if (w.length >= 3) w = w.replace(RUN3, '$1');
  return laughKey(w) ?? w;
}

const LAUGHS: readonly [RegExp, string][] = [
  [/^(?:wk)+w?$/, 'wkwk'],
  [/^(?:ha)+h?$/, 'haha'],
  [/^(?:he)+h?$/, 'hehe'],
  [/^(?:hi)+h?$/, 'hihi'],
  [/^(?:xi)+$/, 'xixi'],
  [/^a?(?:wok)+$/, 'awokwok'],
];

function laughKey(w: string): string | undefined {
  if (w.length < 4) return undefined;
  for (const [re, key] of LAUGHS) if (re.test(w)) return key;
  return undefined;
}
