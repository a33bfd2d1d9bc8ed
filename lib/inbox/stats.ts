import { median } from '@/lib/engagement/percentile';
import { COMMENT_CATEGORIES, type CommentCategory } from '@/lib/inbox/classify/types';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { CommentRow } from '@/lib/schemas/comment';
import { targetState } from './target';

/** The row fields the report reads (no handle, no excerpt: a report needs no citizen's data). */
export type StatsRow = Pick<CommentRow, 'platform' | 'category' | 'sortAt' | 'firstSeenAt' | 'replySeenAt' | 'sentAt' | 'notNeededAt'>;

/** One line of the inbox report: a platform, a category, or all. */
export interface InboxStatsGroup {
  /** Comments that came in the range (their sortAt: posted, else first seen). */
  received: number;
  /** Of those, still waiting now (no reply and not marked "Tidak perlu dibalas"). */
  unanswered: number;
  /** How long the oldest of those has waited, now; null when none waits. */
  oldestWaitingMs: number | null;
  /** Answered by a reply: one Pranata recorded sending, or one seen under the comment. */
  answered: number;
  /** Marked "Tidak perlu dibalas": neither answered nor waiting, and left out of the target share. */
  notNeeded: number;
  /** Replies whose time is not known (already under the comment when Pranata first saw it). */
  untimed: number;
  /** The share's denominator: answers whose time decides the target, and comments waiting past it. */
  due: number;
  /** Answered before the target ran out. */
  withinTarget: number;
  /** withinTarget / due, null when nothing is due yet. */
  withinTargetShare: number | null;
  /** Median time to answer over the timed answers (nearest rank: the lower middle of an even count). */
  medianAnswerMs: number | null;
}

export interface InboxStats {
  total: InboxStatsGroup;
  byPlatform: Record<PlatformId, InboxStatsGroup>;
  byCategory: Record<CommentCategory, InboxStatsGroup>;
}

type Outcome =
  | { kind: 'open'; waitedMs: number }
  | { kind: 'notNeeded' }
  | { kind: 'answered'; ms: number; timed: boolean };

/**
 * How one comment stands at `now`. A reply wins over "Tidak perlu dibalas" (an answer was given).
 * A recorded send has its exact time. A reply seen on the page is timed by when Pranata saw it
 * (lib/inbox/record.ts keeps the first time), so its time is an upper bound; when the reply was
 * already under the comment the first time Pranata saw it (replySeenAt === firstSeenAt), when it
 * came is unknown: it is counted as answered but not timed. A time behind the comment's own time
 * (a relative "5 j" read late) counts as 0.
 */
function outcomeOf(row: StatsRow, now: number): Outcome {
  const { replySeenAt, sentAt } = row;
  const seenUntimed = replySeenAt !== undefined && replySeenAt <= row.firstSeenAt;
  // The earliest answer we know of; it is timed unless it is a reply already there at first sight.
  const candidates = [sentAt, replySeenAt].filter((t): t is number => t !== undefined);
  if (candidates.length > 0) {
    const first = Math.min(...candidates);
    const timed = !(seenUntimed && first === replySeenAt);
    return { kind: 'answered', ms: Math.max(0, first - row.sortAt), timed };
  }
  if (row.notNeededAt !== undefined) return { kind: 'notNeeded' };
  return { kind: 'open', waitedMs: Math.max(0, now - row.sortAt) };
}

function emptyGroup(): InboxStatsGroup {
  return { received: 0, unanswered: 0, oldestWaitingMs: null, answered: 0, notNeeded: 0, untimed: 0, due: 0, withinTarget: 0, withinTargetShare: null, medianAnswerMs: null };
}

/**
 * The inbox report (issue 17 item 5) over the comments that came in [from, to] — each comment
 * belongs to the range it arrived in, and is told as it stands at `now`: a comment of November
 * answered on 2 December counts as answered in November's report, with its real time to answer.
 *
 * The share answered within the target is over the comments whose target has been decided:
 * replies (within when the time to answer is under the target; exactly the target is late, as
 * the queue's targetState counts it) and comments still waiting past the target (late for sure).
 * Left out of it: "Tidak perlu dibalas" (no answer was due: counting it as on time would flatter
 * the share, as late would punish praise and spam), comments still within their target, and
 * untimed replies first seen after the target (they may have come in time or not). An untimed
 * reply first seen within the target was in time, so it counts as within.
 */
export function inboxStats(rows: readonly StatsRow[], range: { from: number; to: number }, now: number, targetMs: number): InboxStats {
  const total = emptyGroup();
  const byPlatform = Object.fromEntries(PLATFORM_IDS.map((p) => [p, emptyGroup()])) as Record<PlatformId, InboxStatsGroup>;
  const byCategory = Object.fromEntries(COMMENT_CATEGORIES.map((c) => [c, emptyGroup()])) as Record<CommentCategory, InboxStatsGroup>;
  const times = new Map<InboxStatsGroup, number[]>([[total, []]]);
  for (const row of rows) {
    if (row.sortAt < range.from || row.sortAt > range.to) continue;
    const outcome = outcomeOf(row, now);
    for (const g of [total, byPlatform[row.platform], byCategory[row.category]]) {
      g.received++;
      if (outcome.kind === 'open') {
        g.unanswered++;
        g.oldestWaitingMs = Math.max(g.oldestWaitingMs ?? 0, outcome.waitedMs);
        if (targetState(outcome.waitedMs, targetMs) === 'past') g.due++;
      } else if (outcome.kind === 'notNeeded') {
        g.notNeeded++;
      } else {
        g.answered++;
        const inTime = targetState(outcome.ms, targetMs) !== 'past';
        if (outcome.timed) {
          g.due++;
          if (inTime) g.withinTarget++;
          const list = times.get(g) ?? [];
          list.push(outcome.ms);
          times.set(g, list);
        } else {
          g.untimed++;
          // First seen already answered, within the target: the reply was in time.
          if (inTime) {
            g.due++;
            g.withinTarget++;
          }
        }
      }
    }
  }
  for (const g of [total, ...Object.values(byPlatform), ...Object.values(byCategory)]) {
    g.withinTargetShare = g.due > 0 ? g.withinTarget / g.due : null;
    g.medianAnswerMs = median(times.get(g) ?? []);
  }
  return { total, byPlatform, byCategory };
}
