import { z } from 'zod';
import { fail, issuesToErrors, type Result } from '@/lib/pack/errors';

/** The head of a dexie-export-import file (what peakImportFile returns). */
export const backupMetaSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string().max(100),
    databaseVersion: z.number().int().min(1),
    tables: z
      .array(z.object({ name: z.string().min(1).max(100), schema: z.string().max(2000), rowCount: z.number().int().nonnegative() }))
      .max(100),
  }),
});
export type BackupMeta = z.infer<typeof backupMetaSchema>;

/** What the restoring database looks like: its name, version and each table's primary key. */
export interface DbShape {
  name: string;
  version: number;
  primaryKeys: ReadonlyMap<string, string>;
}

/**
 * The backup's head against this database: same database, not newer than this Pranata, only
 * tables this version knows, with the same primary keys. A backup from an older version is fine
 * (its rows are upgraded on the way in); one from a newer version is refused: this Pranata cannot
 * know what its rows mean.
 */
export function checkBackupMeta(meta: unknown, db: DbShape): Result<BackupMeta> {
  const parsed = backupMetaSchema.safeParse(meta);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, meta) };
  const { data } = parsed.data;
  if (data.databaseName !== db.name) return fail('wrong-database', 'data.databaseName', { found: data.databaseName.slice(0, 60), expected: db.name });
  if (data.databaseVersion > db.version) return fail('newer-database', 'data.databaseVersion', { found: data.databaseVersion, max: db.version });
  for (const [i, t] of data.tables.entries()) {
    const key = db.primaryKeys.get(t.name);
    if (key === undefined) return fail('unknown-table', `data.tables[${i}].name`, { table: t.name.slice(0, 60) });
    const theirs = t.schema.split(',')[0]?.trim() ?? '';
    if (theirs !== key) return fail('changed-key', `data.tables[${i}].schema`, { table: t.name, found: theirs.slice(0, 60), expected: key });
  }
  return { ok: true, value: parsed.data };
}
