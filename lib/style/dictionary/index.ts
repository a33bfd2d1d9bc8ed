/**
 * Is a lower-case token a standard Indonesian word? The compiled hunspell-id list plus the
 * project's supplement, with the few derivations the list misses: di- of a listed meN- verb
 * ("diunduh" from "mengunduh"), ke-/ketidak-...-an of a listed base, clitics (-nya, -ku, -mu,
 * -kah, -lah, -pun) only when the rest is a word, and reduplication when each half is a word.
 */
import { ABBREVIATIONS, FREQUENT, SUPPLEMENT } from '../lexicon/common';
import { meN } from '../morphology';
import { inWordList, nearestWords, withVowels } from './dawg';

const EXTRA: ReadonlySet<string> = new Set(SUPPLEMENT);
const ABBR: ReadonlySet<string> = new Set(ABBREVIATIONS);
/** Words a vowel-less spelling may stand for besides the list: the supplement and everyday words ("gitu"). */
const SKELETON_WORDS: readonly string[] = [...new Set([...SUPPLEMENT, ...FREQUENT])];
// The first place a word takes counts ("sama" is listed twice; a Map would keep the later one).
const RANK: ReadonlyMap<string, number> = new Map(FREQUENT.map((w, i) => [w, i] as const).reverse());

/** In the list or the supplement, as written. */
export function isListed(w: string): boolean {
  return EXTRA.has(w) || inWordList(w);
}

const CLITICS = ['nyalah', 'nyakah', 'nyapun', 'nya', 'kulah', 'mulah', 'ku', 'mu', 'kah', 'lah', 'pun', 'tah'];

const memo = new Map<string, boolean>();

function derived(w: string): boolean {
  if (isListed(w)) return true;
  if (w.startsWith('di') && w.length > 5 && isListed(meN(w.slice(2)))) return true;
  // the bare or imperative form of a listed meN- verb: "sebarkan" (menyebarkan), "unduh"
  // (not for nasal-initial forms: "nonton" is Jakarta for "menonton", not its base)
  if (w.length >= 4 && !/^[mn]/.test(w) && isListed(meN(w))) return true;
  // m-/n-initial imperatives with -kan/-i whose stem is a word: "masukkan", "matikan",
  // "nyalakan" (the suffix tells them from Jakarta nasal verbs like "nonton", "mikir")
  const imperative = /^([mn].{2,})(?:kan|i)$/.exec(w);
  if (imperative?.[1] && isListed(imperative[1]) && isListed(meN(w))) return true;
  const circum = /^(?:ketidak|ke|pe|per)(.{3,})an$/.exec(w);
  if (circum?.[1] && isListed(circum[1])) return true;
  if (/^(?:non|pra|pasca|antar|swa|multi|anti)-?[a-z]{4,}$/.test(w)) {
    const base = w.replace(/^(?:non|pra|pasca|antar|swa|multi|anti)-?/, '');
    if (isListed(base)) return true;
  }
  return false;
}

/** A standard word, an abbreviation or unit, or a regular derivation of a word. */
export function isWord(w: string): boolean {
  const hit = memo.get(w);
  if (hit !== undefined) return hit;
  let ok = ABBR.has(w) || derived(w);
  if (!ok) {
    for (const c of CLITICS) {
      if (w.length - c.length >= 3 && w.endsWith(c) && derived(w.slice(0, -c.length).replace(/-$/, ''))) {
        ok = true;
        break;
      }
    }
  }
  if (!ok && w.includes('-')) ok = w.split('-').every((p) => p.length > 0 && (derived(p) || isWord(p)));
  if (memo.size > 20000) memo.clear();
  memo.set(w, ok);
  return ok;
}

/** Rank of a word in everyday frequency (lower is more frequent); unranked words come last. */
export function rankOf(w: string): number {
  return RANK.get(w) ?? 100000;
}

/**
 * The word a vowel-less chat spelling stands for ("slalu" → "selalu", "dri" → "dari"): the
 * letters in order with vowels put back. Short skeletons are ambiguous, so for them only a
 * frequent word counts; a longer one needs a single cheapest candidate.
 */
export function restoreVowels(w: string): string | null {
  if (w.length < 2 || w.length > 8 || !/^[a-z]+$/.test(w)) return null;
  // a two-letter skeleton may drop three vowels ("kl" → "kalau"), still only to a frequent word
  const found = withVowels(w, Math.min(4, Math.max(3, w.length)), 60).filter((c) => c.inserted > 0);
  for (const s of SKELETON_WORDS) if (skeletonOf(s, w) && !found.some((f) => f.word === s)) found.push({ word: s, inserted: s.length - w.length });
  if (found.length === 0) return null;
  // Fewest vowels put back first ("ttp" is "tetap" before "tetapi", "sm" "sama" before "semua"),
  // then the more frequent word ("dri": "dari" before "diri").
  const ranked = found.filter((c) => RANK.has(c.word)).sort((a, b) => a.inserted - b.inserted || rankOf(a.word) - rankOf(b.word));
  if (ranked[0]) return ranked[0].word;
  if (w.length < 4) return null;
  const least = Math.min(...found.map((c) => c.inserted));
  const best = found.filter((c) => c.inserted === least);
  return best.length === 1 ? (best[0]?.word ?? null) : null;
}

function skeletonOf(word: string, skeleton: string): boolean {
  if (word.charAt(0) !== skeleton.charAt(0) || word.length <= skeleton.length) return false;
  let j = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (j < skeleton.length && c === skeleton.charAt(j)) j++;
    else if (!'aeiou'.includes(c)) return false;
  }
  return j === skeleton.length;
}

const nearMemo = new Map<string, string[]>();

/** Up to three dictionary words one edit away (two for long words), for a typo note. */
export function nearest(w: string): string[] {
  const hit = nearMemo.get(w);
  if (hit) return hit;
  let found = nearestWords(w, 1, 12);
  if (found.length === 0 && w.length >= 8) found = nearestWords(w, 2, 12);
  const out = found
    .sort((a, b) => a.cost - b.cost || rankOf(a.word) - rankOf(b.word) || Math.abs(a.word.length - w.length) - Math.abs(b.word.length - w.length))
    .slice(0, 3)
    .map((f) => f.word);
  if (nearMemo.size > 2000) nearMemo.clear();
  nearMemo.set(w, out);
  return out;
}
