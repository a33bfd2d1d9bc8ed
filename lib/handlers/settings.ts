import type { Settings } from '@/lib/schemas/settings';
import { writeSettings } from '@/lib/db/settings';
import type { HandlerContext } from './context';

export async function updateSettings(
  ctx: HandlerContext,
  input: { patch: Partial<Settings> },
): Promise<{ settings: Settings }> {
  return { settings: await writeSettings(ctx.db, input.patch) };
}
