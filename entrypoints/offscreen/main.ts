import { browser } from 'wxt/browser';
import { CustomRuleBudget } from '@/lib/style/custom-budget';
import { isOffscreenRequest, type OffscreenReply } from '@/lib/sandbox/protocol';
import { WorkerRunner } from '@/lib/sandbox/worker-runner';

// Chrome's offscreen document (opened by lib/sandbox/offscreen-client.ts): hosts the worker the
// admin's custom rules run in, with their hard budget (issue 21 item 3). Answers only the
// background's requests addressed to it.
const budget = new CustomRuleBudget(new WorkerRunner(browser.runtime.getURL('/custom-rules-worker.js')));

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // From the background only (no tab): content scripts ask it through the typed channel.
  if (!isOffscreenRequest(message) || sender.tab || sender.id !== browser.runtime.id) return undefined;
  budget.check(message.text, message.rules).then(
    (result) => sendResponse({ ok: true, result } satisfies OffscreenReply),
    (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) } satisfies OffscreenReply),
  );
  return true;
});
