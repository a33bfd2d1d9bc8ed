import type { ReplyEvent } from '@/lib/schemas/reply-event';
// The zod-free constant: the content script computes response times too.
import { MAX_RESPONSE_MS } from '@/lib/schemas/response-limit';

export { MAX_RESPONSE_MS };

/**
 * How long the reply took, from the answered item's timestamp to the send. Null when it cannot
 * be trusted: a missing or non-finite time, a negative span (clock skew, a wrong item), or more
 * than 30 days (an old post answered by chance would drag every median).
 */
export function responseTimeMs(targetAt: number | null | undefined, sentAt: number | null | undefined): number | null {
  if (targetAt == null || sentAt == null) return null;
  if (!Number.isFinite(targetAt) || !Number.isFinite(sentAt)) return null;
  return validSpan(sentAt - targetAt);
}

/**
 * The response time of a 'sent' event: the recorded `responseMs` when it is plausible, else
 * computed from `targetAt`. Other kinds have no response time.
 */
export function eventResponseMs(event: Pick<ReplyEvent, 'kind' | 'at' | 'targetAt' | 'responseMs'>): number | null {
  if (event.kind !== 'sent') return null;
  if (event.responseMs !== undefined) {
    const recorded = validSpan(event.responseMs);
    if (recorded !== null) return recorded;
  }
  return responseTimeMs(event.targetAt, event.at);
}

/**
 * The ± margin of a 'sent' event's response time, when it has one and it came from an
 * approximate time (see ReplyEvent.responseMarginMs); null when exact or absent.
 */
export function eventResponseMarginMs(event: Pick<ReplyEvent, 'kind' | 'at' | 'targetAt' | 'responseMs' | 'responseMarginMs'>): number | null {
  if (event.responseMarginMs === undefined || eventResponseMs(event) === null) return null;
  return Number.isFinite(event.responseMarginMs) && event.responseMarginMs > 0 ? Math.round(event.responseMarginMs) : null;
}

/** The margin to record for a target's time: its resolution, when read from relative text. */
export function targetMarginMs(resolutionMs: number | undefined): number | undefined {
  if (resolutionMs === undefined || !Number.isFinite(resolutionMs) || resolutionMs < 1) return undefined;
  return Math.min(Math.round(resolutionMs), 400 * 86_400_000);
}

function validSpan(ms: number): number | null {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_RESPONSE_MS) return null;
  return Math.round(ms);
}
