import type { PranataDb } from '@/lib/db';
import type { PlatformId } from '@/lib/schemas/common';
import type { CustomCheckResult, CustomRuleJob } from '@/lib/style/custom-budget';

/** What every handler gets: the database and the clock (passed in, so tests fix it). */
export interface HandlerContext {
  db: PranataDb;
  now: () => number;
  version: string;
  /** For a content script's message: its tab and the platform of the tab's URL (never the payload's). */
  tab?: { id: number; platform: PlatformId };
  /** Runs custom rules in a worker with their budget (lib/sandbox/custom-rules-host.ts in the background). */
  customRules?: (text: string, rules: CustomRuleJob[]) => Promise<CustomCheckResult>;
}
