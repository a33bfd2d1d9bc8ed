/**
 * Spelling games people play to dodge a word list: letter repeats ("gobloookkk"),
 * digits for letters ("b4ngsat"), stretched laughter ("wkwkwkwk", "hahaha").
 */

const RUN3 = /(\p{L})\1{2,}/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

function hasRunOf3(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2) && c > 64) return true;
  }
  return false;
}

/** A lower-case word as it would be spelled plainly; the word itself when nothing changes. */
export function normalizeWord(lower: string): string {
  let w = lower;
  if (HAS_DIGIT.test(w) && HAS_LETTER.test(w)) {
    w = w.replace(/[0134578]/g, (d) => LEET[d] ?? d);
  }
  if (w.length >= 3 && hasRunOf3(w)) w = w.replace(RUN3, '$1');
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
// First letters a laugh can start with: w, h, x, a.
const LAUGH_START = new Set([119, 104, 120, 97]);

function laughKey(w: string): string | undefined {
  if (w.length < 4 || !LAUGH_START.has(w.charCodeAt(0))) return undefined;
  for (const [re, key] of LAUGHS) if (re.test(w)) return key;
  return undefined;
}
