/**
 * Rows of a backup written by an older database version, brought to the current shape the way
 * lib/db/migrations.ts upgrades a browser's own data (only the steps that change row contents).
 * Keep in step with that file: a migration with an `upgrade` needs its row form here.
 */
type RowUpgrade = (table: string, row: Record<string, unknown>) => Record<string, unknown>;

const UPGRADES: { toVersion: number; upgrade: RowUpgrade }[] = [
  {
    // Migration 2: snapshot account handles without "@", lower case.
    toVersion: 2,
    upgrade: (table, row) =>
      table === 'snapshots' && typeof row.account === 'string'
        ? { ...row, account: row.account.replace(/^@/, '').toLowerCase() }
        : row,
  },
];

/** The row as the current database version stores it. */
export function upgradeRow(fromVersion: number, table: string, row: Record<string, unknown>): Record<string, unknown> {
  let out = row;
  for (const u of UPGRADES) if (u.toVersion > fromVersion) out = u.upgrade(table, out);
  return out;
}
