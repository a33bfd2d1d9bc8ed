import type { Settings } from '@/lib/schemas/settings';
import { writeSettings } from '@/lib/db/settings';
import { dropExcerpts, pruneComments } from '@/lib/inbox/record';
import type { HandlerContext } from './context';

export async function updateSettings(
  ctx: HandlerContext,
  input: { patch: Partial<Settings> },
): Promise<{ settings: Settings }> {
  const settings = await writeSettings(ctx.db, input.patch);
  // Excerpts switched off: the ones kept so far go too, not only new ones (UU PDP: only what is needed).
  if (input.patch.commentExcerpts === false) await dropExcerpts(ctx.db);
  // A shorter retention applies now, not at the next daily maintenance: the admin who shortens it
  // expects the older comments gone when the page says "saved".
  if (input.patch.commentRetentionDays !== undefined) await pruneComments(ctx.db, ctx.now(), settings.commentRetentionDays);
  return { settings };
}
