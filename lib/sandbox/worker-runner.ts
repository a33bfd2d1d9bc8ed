import type { CustomMatch } from '@/lib/style/custom-match';
import type { CustomRuleJob, CustomRuleRunner } from '@/lib/style/custom-budget';
import type { WorkerJob, WorkerMessage } from './protocol';

/** How long a fresh worker may take to load before its rule counts as not run (no matches, not switched off). */
export const WORKER_START_MS = 5_000;

/** The part of a Worker the runner uses (a fake one in unit tests). */
export type RuleWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener' | 'removeEventListener'>;

/**
 * Runs custom rules in a dedicated worker and terminates it when a rule is not done within its
 * budget: a regex cannot be interrupted, a worker can (issue 21 item 3). A rule's budget starts
 * when the worker has loaded (its "ready" message), not at `new Worker()`: a cold start is not the
 * rule's cost, and on a slow laptop it was enough to switch a harmless rule off for the session.
 * After a termination the next worker is started at once, so it is warm by the next rule. Lives
 * in an extension page (Chrome's offscreen document, Firefox's background page): a worker from a
 * chrome-extension:// URL must be started from that origin.
 */
export class WorkerRunner implements CustomRuleRunner {
  private warm: Promise<RuleWorker | null> | null = null;
  /** The worker the last run used (the one `warm` resolved to). */
  private current: RuleWorker | null = null;
  private seq = 0;

  constructor(
    private readonly url: string,
    private readonly create: (url: string) => RuleWorker = (u) => new Worker(u),
    private readonly startMs = WORKER_START_MS,
  ) {}

  async ready(): Promise<void> {
    await (this.warm ??= this.start());
  }

  async run(rule: CustomRuleJob, text: string, budgetMs: number): Promise<CustomMatch[] | 'timeout'> {
    const warm = (this.warm ??= this.start());
    const worker = await warm;
    if (!worker) {
      if (this.warm === warm) this.warm = null; // try a fresh one next time
      return [];
    }
    this.current = worker;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      const done = (value: CustomMatch[] | 'timeout') => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        resolve(value);
      };
      const onMessage = (e: MessageEvent<WorkerMessage>) => {
        const data = e.data;
        if (data && 'seq' in data && data.seq === seq) done(Array.isArray(data.matches) ? data.matches : []);
      };
      // A worker that threw: no matches from this rule, and a fresh worker next.
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

  /** A new worker, resolved once it says it has loaded (null when it fails or takes too long). */
  private start(): Promise<RuleWorker | null> {
    return new Promise((resolve) => {
      let worker: RuleWorker;
      try {
        worker = this.create(this.url);
      } catch {
        resolve(null);
        return;
      }
      const settle = (ok: boolean) => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (!ok) worker.terminate();
        resolve(ok ? worker : null);
      };
      const onMessage = (e: MessageEvent<WorkerMessage>) => {
        if (e.data && 'ready' in e.data && e.data.ready === true) settle(true);
      };
      const onError = () => settle(false);
      const timer = setTimeout(() => settle(false), this.startMs);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    });
  }

  private stop(worker: RuleWorker): void {
    worker.terminate();
    if (this.current !== worker) return;
    this.current = null;
    this.warm = this.start(); // warm by the next rule
  }
}
