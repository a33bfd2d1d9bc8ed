import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { ReplyRollup, SnapshotRollup } from '@/lib/schemas/rollup';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { summarizePosts, type PostsSummary } from './dashboard-posts';
import { summarizeReplies, type ReplySummary } from './dashboard-replies';
import { rangeBounds, type RangeBounds, type RangeId, type ZoneInput } from './days';

export interface DashboardInput {
  /** Raw reply events; only those in the range and on days without a reply roll-up are read. */
  events: readonly ReplyEvent[];
  replyRollups: readonly ReplyRollup[];
  /**
   * Raw snapshots; only those of keys without a snapshot roll-up are read. Snapshot rows (raw
   * or rolled) of the day before the range may be included: they give the first day's gains a
   * baseline and posts a follower count, and are not counted themselves.
   */
  snapshots: readonly Snapshot[];
  snapshotRollups: readonly SnapshotRollup[];
  /** The agency's accounts; entries with role 'watched' are skipped. */
  ownAccounts: readonly AccountRef[];
  /** A preset ending `now`, or explicit bounds (monthBounds for a report). */
  range: RangeId | RangeBounds;
  now: number;
  timeZone: ZoneInput;
  /** From the active SOP profile: more posts than this on one day is flagged. */
  postsPerDayLimit: number;
  /** Length of the top-templates and top-posts lists (default 5). */
  topLimit?: number;
}

export interface Dashboard {
  range: RangeBounds;
  replies: Pick<ReplySummary, 'total' | 'perPlatform' | 'byDay'>;
  responseTime: ReplySummary['responseTime'];
  compliance: ReplySummary['compliance'];
  topTemplates: ReplySummary['topTemplates'];
  engagementTrend: PostsSummary['engagementTrend'];
  topPosts: PostsSummary['topPosts'];
  postsPerDay: PostsSummary['postsPerDay'];
  snapshots: PostsSummary['snapshots'];
}

/**
 * Everything the popup and the monthly report show, from whatever mix of raw rows and daily
 * roll-ups the database hands over.
 *
 * Contract with the caller: pass roll-ups for the days that have them and raw rows for the days
 * that do not (in practice: roll-ups for finished days, raw rows for today). Overlap is safe,
 * not double counted: a roll-up row is authoritative for its key, and raw rows falling under a
 * key that has a roll-up are ignored. Reply keys are (day, platform); snapshot keys are (day,
 * platform, account, post). Figures from raw rows and from their roll-ups agree exactly, except
 * response-time percentiles, which from roll-ups are within one histogram bucket (about 4.4 %).
 */
export function computeDashboard(input: DashboardInput): Dashboard {
  const bounds = typeof input.range === 'string' ? rangeBounds(input.range, input.now, input.timeZone) : input.range;
  const topLimit = input.topLimit ?? 5;
  const replies = summarizeReplies({
    events: input.events,
    replyRollups: input.replyRollups,
    bounds,
    timeZone: input.timeZone,
    topLimit,
  });
  const posts = summarizePosts({
    snapshots: input.snapshots,
    snapshotRollups: input.snapshotRollups,
    ownAccounts: input.ownAccounts,
    bounds,
    timeZone: input.timeZone,
    postsPerDayLimit: input.postsPerDayLimit,
    topLimit,
  });
  return {
    range: bounds,
    replies: { total: replies.total, perPlatform: replies.perPlatform, byDay: replies.byDay },
    responseTime: replies.responseTime,
    compliance: replies.compliance,
    topTemplates: replies.topTemplates,
    engagementTrend: posts.engagementTrend,
    topPosts: posts.topPosts,
    postsPerDay: posts.postsPerDay,
    snapshots: posts.snapshots,
  };
}
