/**
 * The protocol's size limits (lib/messaging.ts validates with them), apart from zod so the
 * content script can batch and cut to the same numbers without loading the schemas.
 */
export const MESSAGE_LIMITS = {
  /** Snapshots in one 'snapshots.record'. */
  snapshotsPerMessage: 200,
  /** Diagnostics in one 'diagnostics.record'. */
  diagnosticsPerMessage: 50,
  /** Comments in one 'comments.seen'. */
  commentsPerMessage: 100,
  /** A comment's text sent to be classified (the classifier reads 2000 characters). */
  commentTextLength: 2000,
  /** Post ids in one 'posts.summary'. */
  postIdsPerSummary: 100,
  /** Snapshots per post in a 'posts.summary' answer: the latest and the one before it (the badge's change). */
  summarySnapshots: 2,
  /** An id we mint or read from a page (template ids, post ids, the answered item's id). */
  idLength: 200,
  /** An account handle. */
  accountLength: 100,
  /** Characters of a draft the custom rules see ('rules.custom'); a longer draft is cut here. */
  customCheckText: 20_000,
} as const;
