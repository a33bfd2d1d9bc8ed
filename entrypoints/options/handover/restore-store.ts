import { useSyncExternalStore } from 'react';
import { getDb } from '@/lib/db';
import { restoreBackup, type RestoreMode } from '@/lib/backup';
import type { FileError } from '@/lib/pack';

/**
 * A restore in progress and its outcome, kept outside React: while a restore runs, the page's
 * live queries may briefly see the emptied tables (Dexie shows a transaction's writes early), and
 * components that depend on them unmount and mount again. The restore and its result survive
 * that; App holds back the first-run wizard until it is over.
 */
export type RestoreSnapshot =
  | { step: 'idle' }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'done'; written: number; skipped: number }
  | { step: 'error'; errors: FileError[] };

let snapshot: RestoreSnapshot = { step: 'idle' };
const listeners = new Set<() => void>();

function set(next: RestoreSnapshot): void {
  snapshot = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRestoreState(): RestoreSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

export function resetRestoreState(): void {
  if (snapshot.step !== 'restoring') set({ step: 'idle' });
}

export async function runRestore(file: Blob, mode: RestoreMode): Promise<void> {
  if (snapshot.step === 'restoring') return;
  set({ step: 'restoring', done: 0, total: 0 });
  const res = await restoreBackup(getDb(), file, {
    mode,
    onProgress: (p) => set({ step: 'restoring', done: p.done, total: p.total ?? 0 }),
  });
  if (!res.ok) {
    set({ step: 'error', errors: res.errors });
    return;
  }
  const totals = Object.values(res.value.tables).reduce((a, t) => ({ written: a.written + t.written, skipped: a.skipped + t.skipped }), { written: 0, skipped: 0 });
  set({ step: 'done', ...totals });
}
