import type { CustomMatch } from '@/lib/style/custom-match';
import type { CustomCheckResult, CustomRuleJob } from '@/lib/style/custom-budget';

/** Host → worker: match one rule over one text. */
export interface WorkerJob {
  seq: number;
  rule: CustomRuleJob;
  text: string;
}

/** Worker → host. A rule that does not compile has no matches. */
export interface WorkerAnswer {
  seq: number;
  matches: CustomMatch[];
}

/** Worker → host, once, when its script has loaded: the rules' budgets start only after it. */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = WorkerAnswer | WorkerReady;

/** Background → offscreen document: run the custom rules of one check (Chrome only, see custom-rules-host.ts). */
export const OFFSCREEN_TARGET = 'pranata-offscreen';

export interface OffscreenRequest {
  target: typeof OFFSCREEN_TARGET;
  text: string;
  rules: CustomRuleJob[];
}

export type OffscreenReply = { ok: true; result: CustomCheckResult } | { ok: false; error: string };

export function isOffscreenRequest(raw: unknown): raw is OffscreenRequest {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Partial<OffscreenRequest>;
  return r.target === OFFSCREEN_TARGET && typeof r.text === 'string' && Array.isArray(r.rules);
}
