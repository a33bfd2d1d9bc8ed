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

function validSpan(ms: number): number | null {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_RESPONSE_MS) return null;
  return Math.round(ms);
}
