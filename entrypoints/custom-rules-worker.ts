import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compileCustomRule, matchCustomRule } from '@/lib/style/custom-match';
import type { WorkerAnswer, WorkerJob, WorkerReady } from '@/lib/sandbox/protocol';

// The dedicated worker the admin's custom rules run in (issue 21 item 3); started by
// lib/sandbox/worker-runner.ts from an extension page, and terminated by it when a rule is not
// done within its budget. Knows nothing but matching.
export default defineUnlistedScript(() => {
  const compiled = new Map<string, RegExp | null>();
  self.addEventListener('message', (e: MessageEvent<WorkerJob>) => {
    const { seq, rule, text } = e.data;
    const key = `${rule.flags}/${rule.pattern}`;
    if (!compiled.has(key)) compiled.set(key, compileCustomRule(rule));
    const re = compiled.get(key);
    const answer: WorkerAnswer = { seq, matches: re ? matchCustomRule(re, text) : [] };
    self.postMessage(answer);
  });
  // Loaded: the host starts a rule's budget from here, not from new Worker() (a cold start on a
  // slow laptop is tens of ms that are not the rule's).
  self.postMessage({ ready: true } satisfies WorkerReady);
});
