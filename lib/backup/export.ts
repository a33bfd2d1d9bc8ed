import { exportDB } from 'dexie-export-import';
import type { PranataDb } from '@/lib/db';
import { dayKey, type ZoneInput } from '@/lib/engagement/days';

export interface BackupProgress {
  done: number;
  total: number | undefined;
}

/** `pranata-backup-2026-11-23.json`, the day in the agency's time zone. */
export function backupFileName(now: number, timeZone: ZoneInput): string {
  return `pranata-backup-${dayKey(now, timeZone)}.json`;
}

/**
 * The whole database (settings, profiles, templates and all history) as one JSON file in
 * dexie-export-import's format, written chunk by chunk into a Blob so a long history never has
 * to be one string in memory.
 */
export async function exportBackup(
  db: PranataDb,
  opts: { now: number; timeZone: ZoneInput; onProgress?: (p: BackupProgress) => void },
): Promise<{ blob: Blob; fileName: string }> {
  const blob = await exportDB(db, {
    numRowsPerChunk: 2000,
    progressCallback: (p) => {
      opts.onProgress?.({ done: p.completedRows, total: p.totalRows });
      return true;
    },
  });
  return { blob, fileName: backupFileName(opts.now, opts.timeZone) };
}
