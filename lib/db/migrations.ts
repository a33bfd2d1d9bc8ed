import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * Numbered schema versions, kept forever: a browser that last ran version N upgrades through
 * every later step in order. Never edit a released step; add a new one.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      templates: 'id, category, shortcut, favorite, updatedAt, *tags',
      profiles: 'id, name',
      replyEvents: 'id, at, [platform+at], templateId',
      snapshots: 'id, at, [platform+postId], [postId+at]',
      diagnostics: 'id, at, platform',
      settings: 'key',
    },
  },
  {
    // Daily roll-ups so a year of history stays small; snapshots get an account index for
    // "own posts" queries. Account handles are normalised to lower case.
    version: 2,
    stores: {
      snapshots: 'id, at, [platform+postId], [postId+at], [platform+account+at]',
      snapshotRollups: 'key, day, [platform+day]',
      replyRollups: 'key, day',
    },
    async upgrade(tx) {
      await tx
        .table('snapshots')
        .toCollection()
        .modify((row: { account?: unknown }) => {
          if (typeof row.account === 'string') row.account = row.account.replace(/^@/, '').toLowerCase();
        });
    },
  },
  {
    // A small key/value table for bookkeeping, first the roll-up watermark (the last local day
    // rolled up), so the dashboard knows which days to read from roll-ups and which raw.
    // Reply events get a [kind+at] index for the history table's kind filter.
    version: 3,
    stores: {
      meta: 'key',
      replyEvents: 'id, at, [platform+at], templateId, [kind+at]',
    },
  },
  {
    // Citizens' comments under the agency's own posts, for the "Perlu dibalas" queue (issue 17):
    // the open ones oldest first, retention by last sight. Reply events get a targetId index so a
    // comment seen after its answer was sent is known as answered.
    version: 4,
    stores: {
      comments: 'key, [open+sortAt], lastSeenAt',
      replyEvents: 'id, at, [platform+at], templateId, [kind+at], targetId',
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

export function applyMigrations(db: Dexie, upTo = LATEST_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.version > upTo) break;
    const v = db.version(m.version).stores(m.stores);
    if (m.upgrade) v.upgrade(m.upgrade);
  }
}
