import { importInto, peakImportFile } from 'dexie-export-import';
import { resetRollupState } from '@/lib/db/maintenance';
import { DB_NAME, type PranataDb } from '@/lib/db';
import { fail, issuesToErrors, type FileError, type Result } from '@/lib/pack/errors';
import { formatPath } from '@/lib/pack/path';
import { checkCustomRule } from '@/lib/pack/regex-safety';
import { PACK_KIND } from '@/lib/pack/schema';
import type { SopProfile } from '@/lib/schemas/profile';
import { checkBackupMeta, type BackupMeta, type DbShape } from './meta';
import { isPlainJson, ROW_SCHEMAS } from './rows';
import { scanBackupBlob, type ScanResult } from './scan';
import { upgradeRow } from './upgrade-rows';
import { withWriterLock, WriterBusyError, type LockLike } from './writer-lock';
import type { BackupProgress } from './export';

/** A year of heavy use is a few tens of MB; past this a file is not a Pranata backup. */
export const BACKUP_MAX_BYTES = 512 * 1024 * 1024;

/**
 * replace: the database becomes the backup (every table emptied first, all in the same
 * transaction). add-missing: rows whose key already exists stay as they are; only the others
 * are added.
 */
export type RestoreMode = 'replace' | 'add-missing';

export interface TableSummary {
  inFile: number;
  written: number;
  skipped: number;
}
export interface RestoreSummary {
  mode: RestoreMode;
  fromVersion: number;
  tables: Record<string, TableSummary>;
}

export interface InspectedBackup {
  meta: BackupMeta;
  scan: ScanResult;
}

/** Thrown from inside the import to abort its transaction with a message for the admin. */
class RestoreAbort extends Error {
  constructor(readonly errors: FileError[]) {
    super(errors[0]?.code ?? 'restore-abort');
  }
}

/** The shape a backup is checked against: always named "pranata", whatever this connection's name (tests). */
export function dbShape(db: PranataDb): DbShape {
  return {
    name: DB_NAME,
    version: db.verno,
    primaryKeys: new Map(db.tables.map((t) => [t.name, t.schema.primKey.src])),
  };
}

/**
 * Everything that can be checked without writing: size, the raw-text scan (encoding, JSON shape,
 * forbidden keys), that it is a backup and not a pack, and its head (database, version, tables).
 */
export async function inspectBackup(db: PranataDb, blob: Blob): Promise<Result<InspectedBackup>> {
  if (blob.size === 0) return fail('empty');
  if (blob.size > BACKUP_MAX_BYTES) return fail('too-large', '', { size: blob.size, max: BACKUP_MAX_BYTES });
  const scan = await scanBackupBlob(blob);
  if (!scan.ok) return scan;
  if (scan.value.formatName !== 'dexie') {
    if (scan.value.kind === PACK_KIND) return fail('is-pack');
    return fail('wrong-kind', 'formatName', { found: scan.value.formatName ?? scan.value.kind ?? '—', expected: 'dexie' });
  }
  let meta: unknown;
  try {
    meta = await peakImportFile(blob);
  } catch {
    return fail('not-json', '', { line: 1, column: 1 });
  }
  const checked = checkBackupMeta(meta, dbShape(db));
  if (!checked.ok) return checked;
  return { ok: true, value: { meta: checked.value, scan: scan.value } };
}

function abortErrorOf(err: unknown): FileError[] {
  let e: unknown = err;
  // Dexie wraps errors thrown inside a transaction (AbortError with .inner, or a BulkError).
  for (let i = 0; i < 4 && e && !(e instanceof RestoreAbort); i++) {
    e = (e as { inner?: unknown }).inner ?? (e as { failures?: unknown[] }).failures?.[0];
  }
  if (e instanceof RestoreAbort) return e.errors;
  const names = [err, (err as { inner?: unknown } | null)?.inner].map((x) => (x instanceof Error ? x.name : ''));
  if (names.includes('QuotaExceededError')) return [{ code: 'storage-full', path: '' }];
  const message = err instanceof Error ? err.message : String(err);
  // The streaming parser (clarinet) says where: "...\nLine: 3\nColumn: 14\nChar: x".
  const where = /Line: (\d+)\s+Column: (\d+)/.exec(message);
  if (where) return [{ code: 'not-json', path: '', params: { line: Number(where[1]), column: Number(where[2]) } }];
  if (/JSON|Unexpected|Unterminated/i.test(message)) return [{ code: 'not-json', path: '', params: { line: 1, column: 1 } }];
  return [{ code: 'unreadable', path: '', params: { detail: message.slice(0, 200) } }];
}

/**
 * Restores a backup in one transaction (importInto's): every row is validated (plain JSON, the
 * table's schema, unsafe custom patterns, duplicate keys) as it streams in, and the first bad row
 * aborts the transaction, so a bad file leaves the database exactly as it was, even in replace
 * mode, whose emptying of the tables happens in that same transaction.
 */
export async function restoreBackup(
  db: PranataDb,
  blob: Blob,
  opts: { mode: RestoreMode; onProgress?: (p: BackupProgress) => void; locks?: LockLike | null },
): Promise<Result<RestoreSummary>> {
  // One writer at a time across tabs (writer-lock.ts): a second restore or an import waits for none.
  try {
    return await withWriterLock(() => restoreUnlocked(db, blob, opts), opts.locks);
  } catch (err) {
    if (err instanceof WriterBusyError) return fail('busy');
    throw err;
  }
}

async function restoreUnlocked(
  db: PranataDb,
  blob: Blob,
  opts: { mode: RestoreMode; onProgress?: (p: BackupProgress) => void },
): Promise<Result<RestoreSummary>> {
  const inspected = await inspectBackup(db, blob);
  if (!inspected.ok) return inspected;
  const { meta } = inspected.value;
  const fromVersion = meta.data.databaseVersion;
  const tables = new Map<string, TableSummary>();
  const index = new Map<string, number>();
  const seen = new Map<string, Set<unknown>>();
  const existing = new Map<string, Set<unknown>>();
  const validated = new WeakMap<object, unknown>();
  const keyPaths = new Map(db.tables.map((t) => [t.name, t.schema.primKey.keyPath]));

  // "Replace everything" empties the tables inside importInto's own transaction, so that the
  // emptying and the rows commit together or not at all. (Wrapping importInto in an outer
  // transaction does not work in a browser: it reads the file before opening its transaction,
  // and IndexedDB commits an idle transaction meanwhile.) The first row reaching the filter
  // runs inside that transaction, before any row is written: the clear requests go first.
  let cleared = false;
  const clearInsideImport = () => {
    if (cleared || opts.mode !== 'replace') return;
    cleared = true;
    // (An abort later rejects these requests too: the rejection is the abort, reported below.)
    for (const t of db.tables) void t.clear().catch(() => undefined);
  };

  const filter = (table: string, value: unknown, outOfLineKey?: unknown): boolean => {
    clearInsideImport();
    const i = index.get(table) ?? 0;
    index.set(table, i + 1);
    const stats = tables.get(table) ?? { inFile: 0, written: 0, skipped: 0 };
    tables.set(table, stats);
    stats.inFile += 1;
    const at = (...rest: (string | number)[]) => formatPath([table, i, ...rest]);
    const schema = Object.hasOwn(ROW_SCHEMAS, table) ? ROW_SCHEMAS[table] : undefined;
    if (!schema) throw new RestoreAbort([{ code: 'unknown-table', path: formatPath([table]), params: { table } }]);
    // Every Pranata table keeps its key inside the row; a file that says otherwise was not written by Pranata.
    if (outOfLineKey !== undefined || !isPlainJson(value) || value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new RestoreAbort([{ code: 'invalid', path: at(), issue: 'type', params: { expected: 'object', received: typeof value } }]);
    }
    const row = upgradeRow(fromVersion, table, value as Record<string, unknown>);
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new RestoreAbort(issuesToErrors(parsed.error.issues, row, (p) => [table, i, ...p]));
    if (table === 'profiles') {
      (parsed.data as SopProfile).customRules.forEach((rule, r) => {
        const verdict = checkCustomRule(rule);
        if (!verdict.ok) throw new RestoreAbort([{ code: 'unsafe-regex', path: at('customRules', r, 'pattern'), params: { pattern: rule.pattern.slice(0, 80) }, detail: verdict.reason }]);
      });
    }
    const keyPath = keyPaths.get(table);
    const key = typeof keyPath === 'string' ? (parsed.data as Record<string, unknown>)[keyPath] : undefined;
    const seenKeys = seen.get(table) ?? new Set<unknown>();
    seen.set(table, seenKeys);
    if (seenKeys.has(key)) throw new RestoreAbort([{ code: 'duplicate', path: at(String(keyPath)), params: { value: String(key).slice(0, 120) } }]);
    seenKeys.add(key);
    if (existing.get(table)?.has(key)) {
      stats.skipped += 1;
      return false;
    }
    stats.written += 1;
    validated.set(value as object, parsed.data);
    return true;
  };

  try {
    if (opts.mode === 'add-missing') {
      await db.transaction('r', db.tables, async () => {
        for (const t of db.tables) existing.set(t.name, new Set(await t.toCollection().primaryKeys()));
      });
    }
    await importInto(db, blob, {
      acceptVersionDiff: true,
      acceptMissingTables: false,
      // The name was checked against DB_NAME above; this connection may be named otherwise.
      acceptNameDiff: true,
      acceptChangedPrimaryKey: false,
      overwriteValues: false,
      clearTablesBeforeImport: false,
      filter,
      // The row as validated (unknown fields dropped, older rows upgraded), not as read.
      transform: (_table, value) => ({ value: validated.get(value as object) ?? value }),
      progressCallback: (p) => {
        opts.onProgress?.({ done: p.completedRows, total: p.totalRows });
        return true;
      },
    });
    // A backup without a single row: replacing everything with it is emptying every table.
    if (opts.mode === 'replace' && !cleared) {
      await db.transaction('rw', db.tables, async () => {
        for (const t of db.tables) await t.clear();
      });
    }
    // Rows added to days that were already rolled up: the next maintenance run rolls them again.
    if (opts.mode === 'add-missing') await resetRollupState(db);
  } catch (err) {
    return { ok: false, errors: abortErrorOf(err) };
  }
  return { ok: true, value: { mode: opts.mode, fromVersion, tables: Object.fromEntries(tables) } };
}
