import type { SopProfile } from '@/lib/schemas/profile';
import { checkText, defaultProfile, type Finding } from '@/lib/style';

/** One marked form in a text: `{form>fix}` (slang, fix may be "" or "a|b") or `{form!}` (rude). */
export interface Mark {
  start: number;
  end: number;
  form: string;
  kind: 'slang' | 'rude';
  fixes: string[];
}

export interface Marked {
  text: string;
  marks: Mark[];
}

const MARK_RE = /\{([^{}>!]+)(?:>([^{}]*)|!)\}/g;

/** "{gak>tidak} bisa" → text "gak bisa" with one slang mark whose fix is "tidak". */
export function parseMarked(src: string): Marked {
  const marks: Mark[] = [];
  let text = '';
  let last = 0;
  for (const m of src.matchAll(MARK_RE)) {
    text += src.slice(last, m.index);
    const form = m[1] ?? '';
    const start = text.length;
    text += form;
    const rude = m[2] === undefined;
    marks.push({ start, end: text.length, form, kind: rude ? 'rude' : 'slang', fixes: rude ? [] : (m[2] ?? '').split('|') });
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  return { text, marks };
}

/** Rules whose finding on a marked form counts as catching it (the typo note does not). */
const WORD_RULES = new Set(['slang', 'informal-particle', 'english-term', 'misspelling', 'address-form', 'repeated-word', 'address-capital']);
const RUDE_RULES = new Set(['rude-word', 'sara-term']);

export interface Metrics {
  formal: number;
  informal: number;
  abusive: number;
  slangMarks: number;
  /** Marked slang occurrences caught by a word rule. */
  recall: number;
  /** Distinct marked forms caught at least once. */
  formRecall: number;
  /** Marked slang occurrences with only a "kata tidak dikenal" note. */
  typoOnly: number;
  /** Caught occurrences whose first fix is one of the marked fixes. */
  fixAccuracy: number;
  /** Abusive texts with a rude/SARA finding on the marked word. */
  rudeRecall: number;
  /** Other texts (formal and informal) with any rude/SARA finding. */
  rudeOthers: number;
  /** Formal sentences with any warning or error. */
  wrongFlagRate: number;
  misses: string[];
  wrongFlags: string[];
  wrongFixes: string[];
}

const overlaps = (f: Finding, m: Mark) => f.start < m.end && f.end > m.start;
const norm = (s: string) => s.trim().toLowerCase();

export function measure(
  split: { FORMAL: string[]; INFORMAL: string[]; ABUSIVE: string[] },
  profile: SopProfile = defaultProfile,
): Metrics {
  const run = (text: string) => checkText(text, profile, { platform: 'instagram', now: Date.UTC(2026, 2, 2) });
  let slangMarks = 0;
  let caught = 0;
  let typoOnly = 0;
  let fixable = 0;
  let fixRight = 0;
  const forms = new Map<string, boolean>();
  const misses: string[] = [];
  const wrongFixes: string[] = [];
  let rudeHit = 0;
  let othersRude = 0;
  const wrongFlags: string[] = [];

  const informal = split.INFORMAL.map(parseMarked);
  const abusive = split.ABUSIVE.map(parseMarked);
  for (const { text, marks } of [...informal, ...abusive]) {
    const findings = run(text);
    for (const m of marks) {
      if (m.kind !== 'slang') continue;
      slangMarks++;
      const key = m.form.toLowerCase();
      const hits = findings.filter((f) => WORD_RULES.has(f.ruleId) && overlaps(f, m));
      forms.set(key, (forms.get(key) ?? false) || hits.length > 0);
      if (hits.length === 0) {
        if (findings.some((f) => f.ruleId === 'unknown-word' && overlaps(f, m))) typoOnly++;
        misses.push(`${m.form} (${text})`);
        continue;
      }
      caught++;
      const f = hits.find((h) => h.start === m.start && h.end === m.end) ?? hits[0];
      if (!f || f.replacements.length === 0) continue;
      fixable++;
      const got = norm(f.replacements[0] ?? '');
      const want = m.fixes.map((fix) => norm(text.slice(f.start, m.start) + fix + text.slice(m.end, f.end)));
      if (want.includes(got)) fixRight++;
      else wrongFixes.push(`${m.form} → “${got}” (want ${want.map((w) => `“${w}”`).join(' or ')})`);
    }
  }
  for (const { text, marks } of abusive) {
    const findings = run(text).filter((f) => RUDE_RULES.has(f.ruleId));
    if (marks.some((m) => m.kind === 'rude' && findings.some((f) => overlaps(f, m)))) rudeHit++;
    else misses.push(`rude: ${text}`);
  }
  for (const { text } of informal) if (run(text).some((f) => RUDE_RULES.has(f.ruleId))) othersRude++;
  for (const text of split.FORMAL) {
    const serious = run(text).filter((f) => f.severity !== 'info');
    if (serious.some((f) => RUDE_RULES.has(f.ruleId))) othersRude++;
    if (serious.length > 0) wrongFlags.push(`${serious.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`).join('; ')} | ${text}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    formal: split.FORMAL.length,
    informal: informal.length,
    abusive: abusive.length,
    slangMarks,
    recall: ratio(caught, slangMarks),
    formRecall: ratio([...forms.values()].filter(Boolean).length, forms.size),
    typoOnly: ratio(typoOnly, slangMarks),
    fixAccuracy: ratio(fixRight, fixable),
    rudeRecall: ratio(rudeHit, abusive.length),
    rudeOthers: ratio(othersRude, informal.length + split.FORMAL.length),
    wrongFlagRate: ratio(wrongFlags.length, split.FORMAL.length),
    misses,
    wrongFlags,
    wrongFixes,
  };
}

/** One row of the bench table. */
export function metricsRow(name: string, m: Metrics): Record<string, string | number> {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return {
    split: name,
    texts: `${m.formal} formal, ${m.informal} informal, ${m.abusive} abusive`,
    'slang recall (≥ 85%)': pct(m.recall),
    'distinct forms (≥ 95%)': pct(m.formRecall),
    'typo note only': pct(m.typoOnly),
    'fixes right (≥ 90%)': pct(m.fixAccuracy),
    'abusive flagged (≥ 85%)': pct(m.rudeRecall),
    'others rude (≤ 8%)': pct(m.rudeOthers),
    'formal wrong flags (≤ 1%)': pct(m.wrongFlagRate),
  };
}
