/**
 * Just enough Indonesian morphology to find a listed base word inside an affixed form
 * ("dibodohi" → "bodoh", "membangsatkan" → "bangsat") and to build verb forms for a
 * replacement ("mendownload" → "mengunduh"). Not a stemmer: it proposes candidates, and a
 * candidate only counts when it is in a curated list.
 */

const VOWEL = /^[aiueo]/;

// Particles, then possessives, then derivational suffixes, outermost first.
const PARTICLES = ['lah', 'kah', 'pun', 'tah'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i', 'in'];

function suffixVariants(word: string): string[] {
  const out = [word];
  let layer = [word];
  for (const group of [PARTICLES, POSSESSIVES, SUFFIXES]) {
    const next: string[] = [];
    for (const w of layer) {
      for (const s of group) {
        if (w.length - s.length >= 3 && w.endsWith(s)) next.push(w.slice(0, -s.length));
      }
    }
    out.push(...next);
    layer = layer.concat(next);
  }
  return out;
}

/** Bases a prefixed form can come from, following the meN-/peN- sound changes. */
function prefixVariants(word: string): string[] {
  const out: string[] = [];
  const rest = (n: number) => word.slice(n);
  const add = (s: string) => {
    if (s.length >= 3) out.push(s);
  };
  for (const p of ['di', 'ke', 'se']) if (word.startsWith(p)) add(rest(p.length));
  for (const p of ['ber', 'ter', 'per']) if (word.startsWith(p)) add(rest(3));
  if (/^(?:be|te)r/.test(word)) add(rest(2));
  for (const p of ['memper', 'diper']) if (word.startsWith(p)) add(rest(p.length));
  for (const m of ['me', 'pe']) {
    if (!word.startsWith(m)) continue;
    const r = rest(2);
    if (/^[lmnrwy]/.test(r)) add(r);
    if (r.startsWith('nge')) add(r.slice(3));
    if (r.startsWith('ng')) {
      const b = r.slice(2);
      if (VOWEL.test(b) || /^(?:[gh]|kh|k[rl])/.test(b)) add(b);
      if (VOWEL.test(b)) add('k' + b);
    } else if (r.startsWith('ny')) {
      const b = r.slice(2);
      if (VOWEL.test(b)) add('s' + b);
    } else if (r.startsWith('m')) {
      const b = r.slice(1);
      if (/^(?:[bfv]|p[rl])/.test(b)) add(b);
      if (VOWEL.test(b)) add('p' + b);
    } else if (r.startsWith('n')) {
      const b = r.slice(1);
      if (/^(?:[cdjz]|sy|tr)/.test(b)) add(b);
      if (VOWEL.test(b)) add('t' + b);
    }
  }
  // Jakarta slang verbs: "ngebego-begoin", "nyolot": nge- and ny-/ng- without me-.
  if (word.startsWith('nge')) add(rest(3));
  return out;
}

/**
 * Candidate base words for a lower-case token, itself first. Bounded: at most a few dozen
 * short strings, and none shorter than 3 letters.
 */
export function baseCandidates(word: string): string[] {
  const out = new Set<string>();
  for (const s of suffixVariants(word)) {
    out.add(s);
    for (const p of prefixVariants(s)) out.add(p);
  }
  return [...out];
}

/** "unduh" → "mengunduh", "bagikan" → "membagikan", "perbarui" → "memperbarui". */
export function meN(base: string): string {
  const b = base.toLowerCase();
  const vowels = b.match(/[aiueo]+/g) ?? [];
  if (vowels.length === 1) return 'menge' + b;
  if (VOWEL.test(b)) return 'meng' + b;
  if (/^[lmnrwy]|^ng|^ny/.test(b)) return 'me' + b;
  // "perbarui" (per- + barui) keeps its p: "memperbarui"; "periksa" does not: "memeriksa".
  if (/^per[^aiueo]/.test(b)) return 'mem' + b;
  if (/^p[aiueo]/.test(b)) return 'mem' + b.slice(1);
  if (/^[bfvp]/.test(b)) return 'mem' + b;
  if (/^t[aiueo]/.test(b)) return 'men' + b.slice(1);
  if (/^[cdjzt]|^sy/.test(b)) return 'men' + b;
  if (/^k[aiueo]/.test(b)) return 'meng' + b.slice(1);
  if (/^s[aiueo]/.test(b)) return 'meny' + b.slice(1);
  return 'meng' + b;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * Give a replacement the case of what it replaces: "GAK" → "TIDAK", "Gak" → "Tidak",
 * "gak" → "tidak". A replacement that carries its own capitals ("Anda", "Februari") keeps them
 * unless the original was shouted.
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && !HAS_LOWER.test(letters) && HAS_UPPER.test(letters)) {
    return replacement.toUpperCase();
  }
  const first = letters.charAt(0);
  if (first && HAS_UPPER.test(first)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
