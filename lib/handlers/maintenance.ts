import { runMaintenanceUntilDone } from '@/lib/db/maintenance';
import type { HandlerContext } from './context';

/** Rolls finished days up and applies retention now (the background also does it daily). */
export async function runMaintenanceNow(ctx: HandlerContext): Promise<{
  runs: number;
  days: number;
  deletedSnapshots: number;
  deletedEvents: number;
  deletedComments: number;
  rolledThrough: string | null;
}> {
  const r = await runMaintenanceUntilDone(ctx.db, { now: ctx.now() });
  return {
    runs: r.runs,
    days: r.days,
    deletedSnapshots: r.deletedSnapshots,
    deletedEvents: r.deletedEvents,
    deletedComments: r.deletedComments,
    rolledThrough: r.rolledThrough,
  };
}
