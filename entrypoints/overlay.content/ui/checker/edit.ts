import { applyReplacement, type Finding } from '@/lib/style/runtime';

/** One replacement to make in the editor: text[start, end) becomes `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/**
 * The smallest edit that turns the draft into what applyReplacement gives (which also drops
 * the space a removed word leaves, and capitalises a new sentence start), widened to cover the
 * whole finding so the editor replaces words, not stray letters of them.
 */
export function replacementEdit(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): Edit {
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  const next = applyReplacement(text, { start, end }, replacement);
  let p = 0;
  const maxP = start;
  while (p < maxP && text.charCodeAt(p) === next.charCodeAt(p)) p++;
  let q = 0;
  const maxQ = Math.min(text.length - end, next.length - p);
  while (q < maxQ && text.charCodeAt(text.length - 1 - q) === next.charCodeAt(next.length - 1 - q)) q++;
  return { start: p, end: text.length - q, insert: next.slice(p, next.length - q) };
}

/** Does the finding still cover the words it was found on (the draft may have changed since)? */
export function stillCovers(text: string, finding: Pick<Finding, 'start' | 'end'>, excerptSource: string): boolean {
  return finding.end <= text.length && text.slice(finding.start, finding.end) === excerptSource;
}
