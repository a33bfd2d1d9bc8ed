import type { PranataDb } from '@/lib/db';

/** What every handler gets: the database and the clock (passed in, so tests fix it). */
export interface HandlerContext {
  db: PranataDb;
  now: () => number;
  version: string;
}
