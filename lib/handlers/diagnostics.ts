import type { Diagnostic } from '@/lib/schemas/diagnostic';
import type { HandlerContext } from './context';
import { diagnosticPathShape } from './diagnostic-path';

/** How many diagnostics are kept: enough for the health view and troubleshooting, never a growing log. */
export const MAX_DIAGNOSTICS = 300;

export async function recordDiagnostics(
  ctx: HandlerContext,
  input: { diagnostics: Diagnostic[] },
): Promise<{ written: number }> {
  const { db } = ctx;
  return db.transaction('rw', db.diagnostics, async () => {
    // Only the path's shape is kept: the handle of a citizen whose page it was never is.
    await db.diagnostics.bulkPut(input.diagnostics.map((d) => ({ ...d, path: diagnosticPathShape(d.path) })));
    const total = await db.diagnostics.count();
    if (total > MAX_DIAGNOSTICS) {
      const old = await db.diagnostics.orderBy('at').limit(total - MAX_DIAGNOSTICS).primaryKeys();
      await db.diagnostics.bulkDelete(old);
    }
    return { written: input.diagnostics.length };
  });
}
