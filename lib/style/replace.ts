import type { Finding } from './types';

const SPACE = /[ \t]/;
const CLOSING = /^[\s.,;:!?)\]}"”’]|^$/;

/**
 * Put `replacement` where the finding is. Dropping a word ("" replacement) also drops the space
 * it leaves behind, so "Sudah kok, silakan" becomes "Sudah, silakan".
 * Offsets outside the text are clamped: a stale finding never throws.
 */
export function applyReplacement(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (replacement === '') {
    if (SPACE.test(before.slice(-1)) && CLOSING.test(after)) {
      before = before.replace(/[ \t]+$/, '');
    } else if ((before === '' || /[\n.!?]\s*$/.test(before)) && SPACE.test(after.charAt(0))) {
      // The dropped word opened a sentence: drop the space after it and capitalise what follows.
      after = after.replace(/^[ \t]+/, '');
      after = after.charAt(0).toUpperCase() + after.slice(1);
    }
  }
  return before + replacement + after;
}
