import type { CustomRule } from '@/lib/schemas/profile';
import { validateCustomRule } from '@/lib/style/validate-custom-rule';
import type { Msg } from '@/lib/style/types';

/**
 * Whether an imported custom rule may run on every keystroke: the checker's own save-time check
 * (compiles, does not match empty text, no catastrophic backtracking, fast on adversarial input),
 * so the options page and imports refuse the same patterns.
 */
export type RegexVerdict = { ok: true } | { ok: false; reason: Msg };

export function checkCustomRule(rule: CustomRule): RegexVerdict {
  return validateCustomRule(rule);
}
