import type { PlatformId } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { ReplyTarget } from '@/lib/platforms/types';
import { responseTimeMs, targetMarginMs } from '@/lib/engagement/response-time';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';

/**
 * The 'template-inserted' row of the reply log: which template, on which platform, answering
 * which item (the site's own id) and, when the item's time is known, how long after it was posted.
 * No names and no text: the log never identifies the citizen beyond the site's item id.
 */
export function templateInsertedEvent(input: {
  id: string;
  platform: PlatformId;
  at: number;
  templateId: string;
  target: ReplyTarget | null;
}): ReplyEvent {
  const event: ReplyEvent = {
    id: input.id,
    kind: 'template-inserted',
    platform: input.platform,
    at: Math.round(input.at),
    templateId: input.templateId,
  };
  const target = input.target;
  if (target?.id) event.targetId = target.id.slice(0, MESSAGE_LIMITS.idLength);
  if (target?.postedAt !== undefined && Number.isFinite(target.postedAt) && target.postedAt >= 0) {
    event.targetAt = Math.round(target.postedAt);
    const ms = responseTimeMs(target.postedAt, input.at);
    if (ms !== null) event.responseMs = ms;
    // A time read from "2 j" / "5 menit yang lalu": the response time is known to ± that much.
    const margin = targetMarginMs(target.postedAtResolutionMs);
    if (margin !== undefined) event.responseMarginMs = margin;
  }
  return event;
}
