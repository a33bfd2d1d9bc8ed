/**
 * A small outbox for what the content script records (snapshots, reply events): items wait in
 * memory until the background confirms them, go out in batches, and on an error reply the batch
 * stays and is retried with exponential backoff, so nothing is lost while the page is open.
 * The background deduplicates by id, so a batch that was written but whose reply got lost (the
 * service worker stopped) is harmless to send again.
 */

export type SendResult = { ok: true } | { ok: false; code: string };

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SendQueueOptions<T> {
  /** Largest batch per message (the protocol's limit). */
  maxBatch: number;
  /** Wait this long after a push before sending, so one scan's items go in one batch. */
  delayMs: number;
  send(batch: T[]): Promise<SendResult>;
  timers: Timers;
  /** Told about every failed attempt (e.g. to show "storage full"). */
  onError?(code: string, batch: readonly T[]): void;
  /** Told when a batch was accepted. */
  onSent?(batch: readonly T[]): void;
}

export interface SendQueue<T> {
  push(items: readonly T[]): void;
  /** Items not confirmed yet. */
  size(): number;
  /** Consecutive failed attempts of the current batch. */
  failures(): number;
  stop(): void;
}

/** Codes after which sending again can never succeed: the items are dropped. */
const FATAL = new Set(['invalid-payload', 'forbidden', 'unknown-message']);
/** The extension was reloaded under this page: this content script is orphaned for good. */
const ORPHANED = 'context-invalidated';

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;

/** 1 s, 2 s, 4 s, ... up to a minute. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
}

export function createSendQueue<T>(opts: SendQueueOptions<T>): SendQueue<T> {
  const items: T[] = [];
  let timer: number | null = null;
  let inFlight = false;
  let failed = 0;
  let stopped = false;

  const schedule = (ms: number): void => {
    if (stopped || inFlight || timer !== null || items.length === 0) return;
    timer = opts.timers.setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  };

  const flush = async (): Promise<void> => {
    if (stopped || inFlight || items.length === 0) return;
    inFlight = true;
    const batch = items.slice(0, opts.maxBatch);
    let result: SendResult;
    try {
      result = await opts.send(batch);
    } catch (err) {
      result = { ok: false, code: err instanceof Error ? err.name : 'internal' };
    }
    inFlight = false;
    if (stopped) return;
    if (result.ok) {
      items.splice(0, batch.length);
      failed = 0;
      opts.onSent?.(batch);
      schedule(0);
      return;
    }
    opts.onError?.(result.code, batch);
    if (result.code === ORPHANED) {
      stop();
      return;
    }
    if (FATAL.has(result.code)) {
      items.splice(0, batch.length);
      failed = 0;
      schedule(0);
      return;
    }
    failed += 1;
    schedule(backoffMs(failed));
  };

  const stop = (): void => {
    stopped = true;
    items.length = 0;
    if (timer !== null) opts.timers.clearTimeout(timer);
    timer = null;
  };

  return {
    push(more) {
      if (stopped || more.length === 0) return;
      items.push(...more);
      schedule(failed > 0 ? backoffMs(failed) : opts.delayMs);
    },
    size: () => items.length,
    failures: () => failed,
    stop,
  };
}
