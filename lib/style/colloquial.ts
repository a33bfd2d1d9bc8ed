/**
 * Colloquial morphology as rules, checked against the dictionary: a non-word that one of these
 * turns into a word is slang, and that word (or the lexicon's fix for it) is the fix.
 *   - elongation: "yaa" → "ya", "bangett" → "banget", "bgtt" → "bgt"
 *   - dropped vowels: "smoga" → "semoga", "slalu" → "selalu", "dri" → "dari"
 *   - Jakarta affixes: nasal ng-/nge-/ny-/n-/m- for meN- ("nonton" → "menonton", "ngaku" →
 *     "mengaku", "nyesel" → "menyesal"), -in for -kan/-i ("bedain" → "bedakan", "dibiarin" →
 *     "dibiarkan")
 *   - sound changes in the last syllable: e/a ("seneng" → "senang", "tetep" → "tetap"), o/u
 *     ("sebelom" → "sebelum"), i/e ("antri" → "antre")
 *   - clitics: "temennya" → "temannya" (the rest must normalise first).
 */
import { isWord, restoreVowels } from './dictionary/index';
import { meN } from './morphology';

/** Looks a form up in the slang tables: the standard form when listed. */
export type LexiconLookup = (form: string) => boolean;

const VOWEL = /[aiueo]/;

function collapseRuns(w: string): string[] {
  // Runs of three, or a doubled last letter ("yaa", "bangett"): "jamaah", "saat" are spellings.
  if (!/(\p{L})\1\1|(\p{L})\2$/u.test(w)) return [];
  const one = w.replace(/(\p{L})\1{2,}|(\p{L})\2+$/gu, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  const two = w.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return [...new Set([one, two].filter((x) => x !== w))];
}

/** Last-syllable vowel changes: "seneng" → "senang", "sebelom" → "sebelum", "antri" → "antre". */
function soundChanges(base: string): string[] {
  const out: string[] = [];
  const m = /^(.*)([aiueo])([^aiueo]*)$/.exec(base);
  if (!m) return out;
  const [, head = '', v = '', tail = ''] = m;
  const swaps: Record<string, string[]> = { e: ['a', 'i'], o: ['u'], i: ['e'], u: ['o'] };
  for (const s of swaps[v] ?? []) out.push(head + s + tail);
  return out;
}

/** Bases a Jakarta nasal verb can come from ("nonton" → "tonton", "nyesel" → "sesel"). */
function nasalBases(w: string): string[] {
  const out: string[] = [];
  if (w.startsWith('nge') && w.length > 5) out.push(w.slice(3));
  if (/^ng[aiueo]/.test(w)) out.push(w.slice(2), 'k' + w.slice(2));
  else if (/^ny[aiueo]/.test(w)) out.push('s' + w.slice(2), 'c' + w.slice(2));
  else if (/^n[aiueo]/.test(w)) out.push('t' + w.slice(1));
  else if (/^m[aiueo]/.test(w)) out.push('p' + w.slice(1));
  return out.filter((b) => b.length >= 3);
}

function withSounds(base: string): string[] {
  return [base, ...soundChanges(base)];
}

/** Standard forms the token may stand for, most likely first (not checked yet). */
function candidates(w: string): string[] {
  const out: string[] = [];
  // -in for -kan / -i, with di- or a nasal prefix in front
  let stem = w;
  let suffixes = [''];
  if (w.endsWith('in') && w.length > 5) {
    stem = w.slice(0, -2);
    suffixes = ['kan', 'i'];
  }
  const di = stem.startsWith('di') && stem.length > 4;
  for (const sfx of suffixes) {
    if (di) for (const b of withSounds(stem.slice(2))) out.push('di' + b + sfx);
    for (const base of nasalBases(stem)) for (const b of withSounds(base)) out.push(meN(b) + sfx);
    for (const b of withSounds(stem)) out.push(b + sfx);
  }
  return out.filter((c) => c !== w);
}

/**
 * The form a colloquial token normalises to, or null. `listed` says whether a form is in the
 * slang or particle tables (so "bgtt" → "bgt" is reported with "bgt"'s fix).
 */
export function colloquialForm(w: string, listed: LexiconLookup): string | null {
  if (w.length < 2 || !/^[a-z]+$/.test(w)) return null;
  for (const c of collapseRuns(w)) {
    if (listed(c) || isWord(c)) return c;
    const inner = colloquialForm(c, listed);
    if (inner) return inner;
  }
  for (const c of candidates(w)) if (isWord(c)) return c;
  for (const c of ['nya', 'ku', 'mu', 'lah']) {
    if (w.length - c.length < 3 || !w.endsWith(c)) continue;
    const rest = w.slice(0, -c.length);
    if (listed(rest)) return null;
    for (const r of candidates(rest)) if (isWord(r)) return r + c;
  }
  // vowels dropped: only for spellings that look like a skeleton (a vowel-less cluster)
  if (!VOWEL.test(w) || /^[^aiueo]{2}/.test(w) || /[^aiueo]{3}/.test(w)) {
    const r = restoreVowels(w);
    if (r && r !== w) return r;
  }
  return null;
}
