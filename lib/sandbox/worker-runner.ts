import type { CustomMatch } from '@/lib/style/custom-match';
import type { CustomRuleJob, CustomRuleRunner } from '@/lib/style/custom-budget';
import type { WorkerAnswer, WorkerJob } from './protocol';

/**
 * Runs custom rules in a dedicated worker and terminates it when a rule is not done within its
 * budget: a regex cannot be interrupted, a worker can (issue 21 item 3). The next rule gets a
 * fresh worker. Lives in an extension page (Chrome's offscreen document, Firefox's background
 * page): a worker from a chrome-extension:// URL must be started from that origin.
 */
export class WorkerRunner implements CustomRuleRunner {
  private worker: Worker | null = null;
  private seq = 0;

  constructor(private readonly url: string) {}

  run(rule: CustomRuleJob, text: string, budgetMs: number): Promise<CustomMatch[] | 'timeout'> {
    const worker = (this.worker ??= new Worker(this.url));
    const seq = ++this.seq;
    return new Promise((resolve) => {
      const done = (value: CustomMatch[] | 'timeout') => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        resolve(value);
      };
      const onMessage = (e: MessageEvent<WorkerAnswer>) => {
        if (e.data?.seq === seq) done(Array.isArray(e.data.matches) ? e.data.matches : []);
      };
      // A worker that failed to load or threw: no matches from this rule, and a fresh worker next.
      const onError = () => {
        this.stop(worker);
        done([]);
      };
      const timer = setTimeout(() => {
        this.stop(worker);
        done('timeout');
      }, budgetMs);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const job: WorkerJob = { seq, rule, text };
      worker.postMessage(job);
    });
  }

  private stop(worker: Worker): void {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
  }
}
