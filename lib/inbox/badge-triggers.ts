/**
 * The messages after which the toolbar badge may change: comments seen or marked, a send that
 * answers one, "Hapus riwayat", and a maintenance run (retention deletes old comments).
 */
const BADGE_TRIGGERS: ReadonlySet<string> = new Set(['comments.seen', 'comments.mark', 'reply.record', 'history.wipe', 'maintenance.run', 'settings.update']);

/** Does this (unvalidated) message change what the badge counts? */
export function changesBadge(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && BADGE_TRIGGERS.has(type);
}
