/**
 * One writer at a time for the whole data set, across every tab of the extension: a restore and
 * a pack import are each held under one Web Lock (navigator.locks, shared by all pages of the
 * extension's origin). Without it a pack import in one tab reported success and was then erased
 * by a "replace everything" restore still streaming in another (issue 21). The second writer is
 * refused at once, with a message, instead of queueing silently behind a long restore.
 */
export const WRITER_LOCK = 'pranata-data-writer';

/** The part of the LockManager this needs (tests pass a fake; Node has none). */
export interface LockLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export class WriterBusyError extends Error {
  constructor() {
    super('Another Pranata tab is restoring a backup or importing a pack');
    this.name = 'WriterBusyError';
  }
}

function defaultLocks(): LockLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockLike } }).navigator;
  return nav?.locks ?? null;
}

/**
 * Runs `fn` holding the writer lock; throws WriterBusyError when another tab holds it. Where the
 * browser has no Web Locks (never in Chromium 69+ or Firefox 96+), `fn` runs unguarded.
 */
export async function withWriterLock<T>(fn: () => Promise<T>, locks: LockLike | null = defaultLocks()): Promise<T> {
  if (!locks) return fn();
  const sentinel = Symbol('busy');
  const result = await locks.request<T | typeof sentinel>(WRITER_LOCK, { ifAvailable: true }, async (lock) => (lock ? fn() : sentinel));
  if (result === sentinel) throw new WriterBusyError();
  return result;
}
