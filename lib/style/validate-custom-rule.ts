import { isSafePattern } from 'redos-detector';
import type { CustomRule } from '@/lib/schemas/profile';
import type { Msg } from './types';
import { regexShapeProblem } from './regex-shape';

/**
 * Refuse, at save time, a custom rule that would make the checker slow or useless: a pattern
 * that does not compile, matches empty text, can backtrack catastrophically (redos-detector's
 * static analysis), or is measurably slow on adversarial input (a timed probe that grows the
 * input step by step, so an exponential pattern is caught at a few dozen characters before it
 * can hang anything).
 */

export type CustomRuleVerdict = { ok: true } | { ok: false; reason: Msg };

const refuse = (id: string, en: string): CustomRuleVerdict => ({ ok: false, reason: { id, en } });

/** Redos score above which a pattern is refused (1 means it can match only one way). */
const MAX_SCORE = 50;
/**
 * One probe run over this many ms means the pattern is too slow for a check per keystroke. A
 * linear pattern takes about 0.1 ms on 4,096 characters; a quadratic one (e.g. "[a-z]+@" with
 * no anchor, on a long run of letters) about 10 ms at 2,048 and 35 ms at 4,096.
 */
const PROBE_BUDGET_MS = 5;
const PROBE_SIZES = [8, 12, 16, 20, 24, 28, 32, 48, 64, 128, 256, 1024, 4096];

/** Characters that can make the pattern work hard: its own literals plus a few generic ones. */
function probeAlphabet(pattern: string): string[] {
  const literals = new Set<string>();
  for (const ch of pattern.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]/g, '')) {
    if (/[\p{L}\p{N} @._-]/u.test(ch)) literals.add(ch);
  }
  return [...literals].slice(0, 12).concat(['a', '1', ' ']);
}

function runOnce(re: RegExp, input: string): number {
  const t0 = performance.now();
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(input); m && guard < 10_000; m = re.exec(input)) {
    if (m[0].length === 0) re.lastIndex++;
    guard++;
  }
  return performance.now() - t0;
}

/** The slowest run over growing adversarial inputs, stopping as soon as one is over budget. */
function probe(re: RegExp, pattern: string): number {
  const alphabet = probeAlphabet(pattern);
  const pumps = [...alphabet, alphabet.join('')];
  let worst = 0;
  for (const size of PROBE_SIZES) {
    for (const pump of pumps) {
      const body = pump.repeat(Math.ceil(size / Math.max(1, pump.length))).slice(0, size);
      // A body that nearly matches and then fails at the end is the classic ReDoS input.
      for (const input of [body + '!', body + '\u0000' + body]) {
        // The machine may be busy: a run over budget is retried, and only its fastest try counts.
        let t = runOnce(re, input);
        for (let retry = 0; retry < 2 && t > PROBE_BUDGET_MS; retry++) t = Math.min(t, runOnce(re, input));
        worst = Math.max(worst, t);
        if (worst > PROBE_BUDGET_MS) return worst;
      }
    }
  }
  return worst;
}

const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];

/**
 * The shape customRuleSchema (lib/schemas/profile.ts) describes, checked by hand: this module is
 * re-exported next to checkText, which ships in the content script, and zod must stay out of
 * that chunk. A test holds the two in agreement.
 */
export function isCustomRuleShape(value: unknown): value is CustomRule {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const str = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max;
  return (
    str(r.id, 0, Infinity) &&
    /^custom\.[a-z0-9-]{1,40}$/.test(r.id as string) &&
    str(r.pattern, 1, 300) &&
    str(r.flags, 0, 3) &&
    /^[imu]*$/.test(r.flags as string) &&
    str(r.message, 0, Infinity) &&
    (r.message as string).trim().length >= 1 &&
    (r.message as string).trim().length <= 300 &&
    SEVERITIES.includes(r.severity) &&
    (r.replacement === undefined || str(r.replacement, 0, 200))
  );
}

export function validateCustomRule(rule: unknown): CustomRuleVerdict {
  if (!isCustomRuleShape(rule)) {
    return refuse(
      'Aturan tidak lengkap atau tidak valid (id custom.nama-aturan, pola maks. 300 karakter, flag hanya i/m/u).',
      'The rule is incomplete or invalid (id custom.rule-name, pattern up to 300 characters, flags i/m/u only).',
    );
  }
  const { pattern, flags } = rule;
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags + 'g');
  } catch {
    return refuse('Pola regex tidak dapat dibaca.', 'The regular expression does not compile.');
  }
  if (new RegExp(`^(?:${pattern})$`, flags).test('')) {
    return refuse('Pola cocok dengan teks kosong sehingga akan menandai di mana-mana.', 'The pattern matches empty text, so it would flag everywhere.');
  }
  // The shape first (deterministic, static): zero-width matches and unanchored quadratic scans.
  const shape = regexShapeProblem(pattern, flags);
  if (shape === 'zero-width') {
    return refuse(
      'Pola dapat cocok tanpa satu karakter pun (mis. hanya \\b, lookahead/lookbehind, x* atau x?), sehingga menandai di mana-mana. Tambahkan teks yang harus ada.',
      'The pattern can match without a single character (e.g. only \\b, a lookahead/lookbehind, x* or x?), so it would flag everywhere. Add text that must be there.',
    );
  }
  if (shape === 'quadratic') {
    return refuse(
      'Pola diawali pengulangan tanpa batas (mis. \\d+ atau [a-z]+) yang diikuti bagian lain: pada teks panjang pemeriksaan menjadi sangat lambat. Awali dengan \\b (untuk huruf/angka) atau teks tetap, atau batasi pengulangannya, mis. \\d{1,12}.',
      'The pattern starts with an unbounded repetition (e.g. \\d+ or [a-z]+) followed by more: on long text the check becomes very slow. Start it with \\b (for letters/digits) or fixed text, or bound the repetition, e.g. \\d{1,12}.',
    );
  }
  if (shape === 'unparsable') {
    return refuse('Pola memakai fitur regex yang tidak dapat diperiksa; sederhanakan.', 'The pattern uses regex features that cannot be checked; simplify it.');
  }
  // Analysed anchored: redos-detector counts every start position of an unanchored pattern as
  // backtracking, which refuses nearly every pattern with a "+". Scanning cost across start
  // positions is what the timed probe measures instead.
  let analysis: ReturnType<typeof isSafePattern>;
  try {
    const analyse = () =>
      isSafePattern(`^(?:${pattern})`, {
        caseInsensitive: flags.includes('i'),
        unicode: flags.includes('u'),
        multiLine: flags.includes('m'),
        maxScore: MAX_SCORE,
        maxSteps: 20_000,
        timeout: 300,
      });
    analysis = analyse();
    // A safe pattern is analysed in a few ms; a time-out on a busy machine gets one more try.
    if (analysis.error === 'timedOut') analysis = analyse();
  } catch {
    return refuse('Pola memakai fitur regex yang tidak dapat diperiksa; sederhanakan.', 'The pattern uses regex features that cannot be checked; simplify it.');
  }
  if (!analysis.safe) {
    return analysis.error === 'hitMaxSteps' || analysis.error === 'timedOut'
      ? refuse('Pola terlalu rumit untuk diperiksa keamanannya; sederhanakan.', 'The pattern is too complex to prove safe; simplify it.')
      : refuse(
          'Pola dapat berjalan sangat lambat (backtracking berlebihan), mis. karena (a+)+ atau .* berulang. Sederhanakan.',
          'The pattern can run very slowly (catastrophic backtracking), e.g. from (a+)+ or repeated .*. Simplify it.',
        );
  }
  if (probe(re, pattern) > PROBE_BUDGET_MS) {
    return refuse('Pola terlalu lambat pada uji teks panjang. Sederhanakan.', 'The pattern is too slow on long test input. Simplify it.');
  }
  return { ok: true };
}
