import type { CustomRule } from '@/lib/schemas/profile';
import { validateCustomRule } from '@/lib/style/validate-custom-rule';
import type { Msg } from '@/lib/style/types';

/**
 * Whether an imported custom rule may run on every keystroke: the checker's own save-time check
 * (compiles, does not match empty text, no catastrophic backtracking, fast on adversarial input),
 * so the options page and imports refuse the same patterns.
 *
 * The check ends with a timed probe (a few ms budget), which a busy machine can exceed with a
 * perfectly safe pattern. A pattern that is really slow is slow on every run, so a refusal is
 * confirmed by asking up to ATTEMPTS times and accepting the pattern if any run passes; the
 * static checks are deterministic and refuse every time.
 */
export type RegexVerdict = { ok: true } | { ok: false; reason: Msg };

const ATTEMPTS = 3;

export function checkCustomRule(rule: CustomRule): RegexVerdict {
  let verdict = validateCustomRule(rule);
  for (let i = 1; i < ATTEMPTS && !verdict.ok; i++) verdict = validateCustomRule(rule);
  return verdict;
}
