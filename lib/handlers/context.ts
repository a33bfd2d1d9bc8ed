import type { PranataDb } from '@/lib/db';
import type { PlatformId } from '@/lib/schemas/common';

/** What every handler gets: the database and the clock (passed in, so tests fix it). */
export interface HandlerContext {
  db: PranataDb;
  now: () => number;
  version: string;
  /** For a content script's message: its tab and the platform of the tab's URL (never the payload's). */
  tab?: { id: number; platform: PlatformId };
}
