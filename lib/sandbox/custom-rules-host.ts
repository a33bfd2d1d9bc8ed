import { browser } from 'wxt/browser';
import { CustomRuleBudget, type CustomCheckResult, type CustomRuleJob } from '@/lib/style/custom-budget';
import { checkInOffscreen } from './offscreen-client';
import { WorkerRunner } from './worker-runner';

let local: CustomRuleBudget | null = null;

/**
 * Where the background runs a check of custom rules: Chrome's service worker has no Worker, so
 * in the offscreen document; Firefox's MV3 background is an event page, which starts the worker
 * itself.
 */
export function checkCustomRules(text: string, rules: CustomRuleJob[]): Promise<CustomCheckResult> {
  if (browser.offscreen) return checkInOffscreen(text, rules);
  local ??= new CustomRuleBudget(new WorkerRunner(browser.runtime.getURL('/custom-rules-worker.js')));
  return local.check(text, rules);
}
