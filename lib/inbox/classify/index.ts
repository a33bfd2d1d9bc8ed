import { marks } from './engines/marks';
import { phrases } from './engines/phrases';
import { shape } from './engines/shape';
import { COMMENT_CATEGORIES, type Classification, type CommentCategory, type Engine, type Signal } from './types';
import { readComment } from './words';

export { COMMENT_CATEGORIES, SUGGESTED_TEMPLATES, type Classification, type CommentCategory } from './types';

const ENGINES: readonly Engine[] = [phrases, marks, shape];
const MAX_TEXT = 2000;

/**
 * What a citizen's comment is, by rules only (no model, nothing leaves the browser). Every engine
 * adds weighted signals; the kind with the most weight wins, ties go to the earlier kind of
 * COMMENT_CATEGORIES. The confidence grows with the evidence and with the lead over the second.
 */
export function classifyComment(text: string): Classification {
  const c = readComment(text.slice(0, MAX_TEXT));
  const signals: Signal[] = [];
  for (const engine of ENGINES) engine(c, (s) => signals.push(s));
  const score = new Map<CommentCategory, number>(COMMENT_CATEGORIES.map((k) => [k, 0]));
  for (const s of signals) score.set(s.category, (score.get(s.category) ?? 0) + s.weight);
  const ranked = [...COMMENT_CATEGORIES].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
  const top = ranked[0] ?? 'other';
  const best = score.get(top) ?? 0;
  if (best <= 0) return { category: 'other', confidence: 0.3, cues: [] };
  const second = score.get(ranked[1] ?? 'other') ?? 0;
  const evidence = best / (best + 1.5);
  const lead = (best - second) / best;
  const confidence = Math.round(evidence * (0.5 + 0.5 * lead) * 100) / 100;
  const cues = signals
    .filter((s) => s.category === top)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 5)
    .map((s) => s.cue);
  return { category: top, confidence, cues };
}
