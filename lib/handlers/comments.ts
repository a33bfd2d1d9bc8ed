import type { SeenComment } from '@/lib/schemas/comment';
import { markCommentNotNeeded, recordSeenComments } from '@/lib/inbox/record';
import type { HandlerContext } from './context';

/** 'comments.seen': the router has already bound every row's platform and permalink to the tab. */
export async function commentsSeen(
  ctx: HandlerContext,
  input: { comments: SeenComment[] },
): Promise<{ written: number; updated: number; skipped: number }> {
  return recordSeenComments(ctx.db, input.comments, ctx.now());
}

/** 'comments.mark': "Tidak perlu dibalas" and its undo. */
export async function commentsMark(ctx: HandlerContext, input: { key: string; notNeeded: boolean }): Promise<{ found: boolean; open: boolean }> {
  const row = await markCommentNotNeeded(ctx.db, input.key, input.notNeeded, ctx.now());
  return { found: row !== null, open: row?.open === 1 };
}
