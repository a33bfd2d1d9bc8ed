import Dexie, { type EntityTable } from 'dexie';
import type { Template } from '@/lib/schemas/template';
import type { SopProfile } from '@/lib/schemas/profile';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { Diagnostic } from '@/lib/schemas/diagnostic';
import type { Settings } from '@/lib/schemas/settings';
import type { CommentRow } from '@/lib/schemas/comment';
import { applyMigrations } from './migrations';

export const DB_NAME = 'pranata';

export interface SettingsRow {
  key: 'main';
  value: Settings;
}

/** Daily roll-up rows are opaque here: lib/engagement defines and validates their shape. */
export interface RollupRow {
  key: string;
  day: string;
  [field: string]: unknown;
}

/** Bookkeeping rows (e.g. key "rollup": the roll-up watermark); values are validated by their readers. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The one database, in the extension's origin. Content scripts never open it (their IndexedDB
 * would be the site's): they send messages to the background, which writes here.
 */
export class PranataDb extends Dexie {
  templates!: EntityTable<Template, 'id'>;
  profiles!: EntityTable<SopProfile, 'id'>;
  replyEvents!: EntityTable<ReplyEvent, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  diagnostics!: EntityTable<Diagnostic, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  snapshotRollups!: EntityTable<RollupRow, 'key'>;
  replyRollups!: EntityTable<RollupRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  comments!: EntityTable<CommentRow, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applyMigrations(this);
  }
}

let shared: PranataDb | null = null;

/** The database of this extension context (background, popup, options): opened once, lazily. */
export function getDb(): PranataDb {
  shared ??= new PranataDb();
  return shared;
}
