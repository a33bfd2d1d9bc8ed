/**
 * One Indonesian term per concept in Pranata's UI, after KBBI and EYD V (2022). The catalogs in
 * messages/ and the README's Indonesian part use these and none of the `avoid` forms; a unit test
 * (tests/unit/i18n/glossary.test.ts) holds every Indonesian string to it.
 * Site words quoted from X/Facebook/Instagram (their "Posting" button) are the sites', not ours,
 * and live in the platform adapters, not here.
 */
export interface GlossaryEntry {
  /** The concept, in English. */
  concept: string;
  /** The one term used. */
  term: string;
  /** Forms not used (whole words, case-insensitive), and why. */
  avoid: readonly string[];
  why: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { concept: 'template', term: 'templat', avoid: ['template', 'templates'], why: 'KBBI: templat' },
  { concept: 'error (finding severity)', term: 'kesalahan', avoid: ['galat'], why: 'one word for errors; "galat" is the computing term, unknown to most admins' },
  {
    concept: 'engagement snapshot (counts read at one moment)',
    term: 'rekaman',
    avoid: ['cuplikan', 'snapshot'],
    why: 'KBBI: cuplikan is an excerpt of a text or film, not a reading of numbers',
  },
  {
    concept: 'post (on a social site)',
    term: 'unggahan',
    avoid: ['postingan', 'posting', 'memposting', 'diposting'],
    why: 'KBBI: unggahan; "postingan" is a loanword with an Indonesian one beside it',
  },
  { concept: 'between …', term: 'antar… (joined: antarrekaman)', avoid: ['antar-'], why: 'EYD: antar is a bound form, written joined' },
];

/** The avoided forms found in an Indonesian text, with the term to use instead. */
export function glossaryViolations(text: string): { found: string; use: string }[] {
  const out: { found: string; use: string }[] = [];
  for (const entry of GLOSSARY) {
    for (const form of entry.avoid) {
      const pattern = form.endsWith('-') ? new RegExp(`(?<![\\p{L}])${form}\\p{L}`, 'giu') : new RegExp(`(?<![\\p{L}{])${form}(?![\\p{L}}])`, 'giu');
      for (const m of text.matchAll(pattern)) out.push({ found: m[0], use: entry.term });
    }
  }
  return out;
}
