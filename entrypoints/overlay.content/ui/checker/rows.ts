import type { Severity, UiLanguage } from '@/lib/schemas/common';
import type { Finding } from '@/lib/style/runtime';
import { pageRuleLabel } from '@/lib/i18n/page';

/** One line of the check panel (and of the options page's test box). */
export interface FindingRow {
  /** Stable while the finding stays where it is (list keys, highlights). */
  key: string;
  ruleId: string;
  /** The rule's own name in the UI language (never its id). */
  ruleName: string;
  severity: Severity;
  start: number;
  end: number;
  /** What the finding covers, as typed (shortened when long; "" for a missing part). */
  excerpt: string;
  /** The message in the UI language. */
  message: string;
  replacements: string[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const EXCERPT_MAX = 40;
/** One-click fixes shown per finding; the rest would crowd the panel. */
export const MAX_FIXES = 3;

function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const chars = Array.from(raw);
  return chars.length > EXCERPT_MAX ? `${chars.slice(0, EXCERPT_MAX - 1).join('')}…` : raw;
}

/**
 * Findings as the panel lists them: errors first, then warnings, then notes, each group in
 * text order; the message in the UI language; replacements deduplicated and capped.
 */
export function findingRows(findings: readonly Finding[], text: string, lang: UiLanguage): FindingRow[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.f.start - b.f.start || a.i - b.i)
    .map(({ f }) => ({
      key: `${f.ruleId}:${f.start}:${f.end}`,
      ruleId: f.ruleId,
      ruleName: pageRuleLabel(lang, f.ruleId, f.message[lang]),
      severity: f.severity,
      start: f.start,
      end: f.end,
      excerpt: excerptOf(text, f.start, f.end),
      message: f.message[lang],
      replacements: [...new Set(f.replacements)].slice(0, MAX_FIXES),
    }));
}

export function countSeverities(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The badge's tone: the worst severity present, so an error is never shown green. */
export function scoreTone(counts: SeverityCounts): 'error' | 'warning' | 'info' | 'ok' {
  if (counts.error > 0) return 'error';
  if (counts.warning > 0) return 'warning';
  if (counts.info > 0) return 'info';
  return 'ok';
}

/** How a replacement reads on its button: an empty one removes the words. */
export function fixLabel(replacement: string, removeLabel: string): string {
  return replacement === '' ? removeLabel : replacement;
}
