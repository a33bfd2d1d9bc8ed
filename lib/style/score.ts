import type { Finding } from './types';

/**
 * 0–100 at a glance. An error costs 25 points wherever it is (one NIK is one too many); warnings
 * (8) and notes (2, at most 10 in all) are weighed against the length of the text, so a long
 * reply with one slang word is not marked down like a one-liner with the same word.
 */
export function scoreFindings(findings: readonly Finding[], text: string): number {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  const scale = Math.sqrt(Math.max(1, text.length / 280));
  const penalty = errors * 25 + (warnings * 8) / scale + Math.min(10, (infos * 2) / scale);
  return Math.max(0, Math.min(100, Math.round(100 - penalty)));
}
