/**
 * Colloquial morphology as rules, checked against the dictionary: a non-word that one of these
 * turns into a word is slang, and that word (or the lexicon's fix for it) is the fix.
 *   - elongation: "yaa" → "ya", "bangett" → "banget", "bgtt" → "bgt"
 *   - dropped vowels: "smoga" → "semoga", "slalu" → "selalu", "dri" → "dari"; with a sound change
 *     too: "blom" → "belum", "smpe" → "sampai"
 *   - Jakarta affixes: nasal ng-/nge-/ny-/n-/m- for meN- ("nonton" → "menonton", "ngaku" →
 *     "mengaku", "nyesel" → "menyesal"; "mikir" → "berpikir" for the bases whose plain verb takes
 *     ber-), -in for -kan/-i ("bedain" → "bedakan", "dibiarin" → "dibiarkan"; the base must be a
 *     word, so "kepoin" is never "kepokan")
 *   - sound changes in the last syllable: e/a ("seneng" → "senang", "tetep" → "tetap"), o/u
 *     ("sebelom" → "sebelum"), i/e ("antri" → "antre"), and the Jakarta monophthongs ai → e,
 *     au → o ("sampe" → "sampai", "kalo" → "kalau")
 *   - chat spellings: final -q for -ku ("aq" → "aku", "rumahq"), final -nk for -ng ("donk" →
 *     "dong"), a dropped final k or h ("kaka" → "kakak", "bole" → "boleh")
 *   - clitics: "temennya" → "temannya" (the rest must normalise first).
 */
import { isWord, restoreVowels } from './dictionary/index';
import { meN } from './morphology';

/** Looks a form up in the slang tables: the standard form when listed. */
export type LexiconLookup = (form: string) => boolean;

const VOWEL = /[aiueo]/;

/**
 * Bases whose everyday intransitive verb takes ber-, not meN-: "mikir" is "berpikir" (KBBI lists
 * "memikir" too, but an editor writes "berpikir"), "nanya" is "bertanya". A fact about the base
 * that the word list cannot tell; with -in they take meN-...-kan ("mikirin" → "memikirkan").
 */
const BER_BASES: ReadonlySet<string> = new Set(['pikir', 'tanya', 'nyanyi', 'cerita', 'jualan', 'bicara', 'doa']);

function collapseRuns(w: string): string[] {
  // Runs of three, or a doubled last letter ("yaa", "bangett"): "jamaah", "saat" are spellings.
  if (!/(\p{L})\1\1|(\p{L})\2$/u.test(w)) return [];
  const one = w.replace(/(\p{L})\1{2,}|(\p{L})\2+$/gu, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  const two = w.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return [...new Set([one, two].filter((x) => x !== w))];
}

/** Chat spellings of sounds: "aq" → "aku", "donk" → "dong". */
function respellings(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('q')) out.push(w.slice(0, -1) + 'ku');
  if (w.includes('q')) out.push(w.replace(/q/g, 'k'));
  if (w.endsWith('nk')) out.push(w.slice(0, -1) + 'g');
  return out;
}

/**
 * Last-syllable vowel changes: "seneng" → "senang", "sebelom" → "sebelum", "antri" → "antre";
 * a final e or o for the diphthongs ai, au: "sampe" → "sampai", "kalo" → "kalau".
 */
function soundChanges(base: string): string[] {
  const out: string[] = [];
  // (not in three-letter words: "bio" is no "biau")
  if (base.length >= 4 && base.endsWith('e')) out.push(base.slice(0, -1) + 'ai');
  if (base.length >= 4 && base.endsWith('o')) out.push(base.slice(0, -1) + 'au');
  const m = /^(.*)([aiueo])([^aiueo]*)$/.exec(base);
  if (!m) return out;
  const [, head = '', v = '', tail = ''] = m;
  // e/a and o/u change in a closed last syllable ("seneng", "sebelom"; "bole" is "boleh", not
  // "bola"); i/e in an open one too ("antri").
  const swaps: Record<string, string[]> = tail === '' ? { i: ['e'] } : { e: ['a', 'i'], o: ['u'], i: ['e'], u: ['o'] };
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
  // With a suffix the base itself must be a word (or the base of a meN- word): "bedain" is
  // "beda" + -kan, but "kepoin" is not "kepok" + -an.
  const baseOk = (b: string, sfx: string) => sfx === '' || isWord(b) || isWord(meN(b));
  const di = stem.startsWith('di') && stem.length > 4;
  for (const sfx of suffixes) {
    if (di) for (const b of withSounds(stem.slice(2))) if (baseOk(b, sfx)) out.push('di' + b + sfx);
    // the word itself with a sound change before a nasal reading: "males" is "malas", not "memalis"
    if (sfx === '' && /^[mn]/.test(stem)) for (const b of soundChanges(stem)) out.push(b);
    for (const base of nasalBases(stem)) {
      for (const b of withSounds(base)) {
        if (!baseOk(b, sfx)) continue;
        if (sfx === '' && BER_BASES.has(b)) out.push('ber' + b);
        out.push(meN(b) + sfx);
      }
    }
    for (const b of withSounds(stem)) if (baseOk(b, sfx)) out.push(b + sfx);
  }
  return out.filter((c) => c !== w);
}

/** A skeleton spelling ("slalu", "dri", "blom"): no vowel, or consonant clusters Indonesian lacks. */
function skeletonLike(w: string): boolean {
  return !VOWEL.test(w) || /^[^aiueo]{2}/.test(w) || /[^aiueo]{3}/.test(w);
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
  // a respelling must give a word by itself ("thank" is no "thang" with vowels put back)
  for (const c of respellings(w)) if (listed(c) || isWord(c)) return c;
  for (const c of candidates(w)) if (isWord(c)) return c;
  // "kepoin": the -in form of a listed slang word with no standard verb is that word (after the
  // candidates: "nyampein" is "menyampaikan", not the listed "nyampe")
  if (w.endsWith('in') && w.length > 5 && listed(w.slice(0, -2))) return w.slice(0, -2);
  for (const c of ['nya', 'ku', 'mu', 'lah']) {
    if (w.length - c.length < 3 || !w.endsWith(c)) continue;
    const rest = w.slice(0, -c.length);
    if (listed(rest)) return null;
    for (const r of candidates(rest)) if (isWord(r)) return r + c;
  }
  // vowels dropped: only for spellings that look like a skeleton (a vowel-less cluster), also
  // with a sound change ("blom" → "blum" → "belum", "smpe" → "smpai" → "sampai")
  if (skeletonLike(w)) {
    const r = restoreVowels(w);
    if (r && r !== w) return r;
    for (const s of soundChanges(w)) {
      const rs = restoreVowels(s);
      if (rs && rs !== s) return rs;
    }
  }
  // a dropped final k or h: "kaka" → "kakak", "bole" → "boleh" (after the skeletons: "bru" is
  // "baru", not "bruk")
  if (w.length >= 3 && /[aiueo]$/.test(w)) {
    for (const c of ['k', 'h']) if (isWord(w + c)) return w + c;
  }
  return null;
}

/** A Jakarta nge- verb on a base that is no word ("ngelag", "ngegas"): slang without a known fix. */
export function ngeVerb(w: string): boolean {
  return /^nge[a-z]{3,}$/.test(w) && !isWord(w);
}
