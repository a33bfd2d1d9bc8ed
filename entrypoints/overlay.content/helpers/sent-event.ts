import type { PlatformId } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { ReplyTarget } from '@/lib/platforms/types';
import { responseTimeMs, targetMarginMs } from '@/lib/engagement/response-time';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import type { DraftState } from '../drafts';

/** Only replies are logged: a new post of the agency is not an answer to anyone. */
export function isReplyComposer(kind: 'new-post' | 'reply' | 'comment-reply'): boolean {
  return kind !== 'new-post';
}

/**
 * The 'sent' event for the reply log: the answered item's id and time (for the response time)
 * and the draft's check result, template and gate override as the other features left them. No
 * names and no reply text: nothing here identifies the citizen beyond the site's own item id.
 */
export function sentEvent(input: {
  id: string;
  platform: PlatformId;
  at: number;
  target: ReplyTarget | null;
  draft: DraftState | undefined;
}): ReplyEvent {
  const event: ReplyEvent = { id: input.id, kind: 'sent', platform: input.platform, at: input.at };
  const { target, draft } = input;
  if (target?.id) event.targetId = target.id.slice(0, MESSAGE_LIMITS.idLength);
  if (target?.postedAt !== undefined && Number.isFinite(target.postedAt) && target.postedAt >= 0) {
    event.targetAt = Math.round(target.postedAt);
    const ms = responseTimeMs(target.postedAt, input.at);
    if (ms !== null) event.responseMs = ms;
    // A time read from "2 j" / "5 menit yang lalu": the response time is known to ± that much.
    const margin = targetMarginMs(target.postedAtResolutionMs);
    if (margin !== undefined) event.responseMarginMs = margin;
  }
  if (draft?.templateId) event.templateId = draft.templateId;
  if (draft?.score !== undefined && Number.isFinite(draft.score)) event.score = Math.min(100, Math.max(0, draft.score));
  if (draft?.errorCount !== undefined) event.errorCount = Math.max(0, Math.round(draft.errorCount));
  if (draft?.warningCount !== undefined) event.warningCount = Math.max(0, Math.round(draft.warningCount));
  if (draft?.gateOverridden !== undefined) event.gateOverridden = draft.gateOverridden;
  return event;
}

/**
 * The 'checked' event of a draft that went out with a check result: one per sent draft, at send
 * time, with the same check figures and answered item as its 'sent' event (no text), so the
 * report's "Draf diperiksa" counts the drafts the checker judged and the compliance share has
 * the same denominator. Null when the draft carried no check (the checker off).
 */
export function checkedEvent(sent: ReplyEvent, id: string): ReplyEvent | null {
  if (sent.kind !== 'sent' || sent.errorCount === undefined) return null;
  const event: ReplyEvent = { id, kind: 'checked', platform: sent.platform, at: sent.at, errorCount: sent.errorCount };
  if (sent.targetId !== undefined) event.targetId = sent.targetId;
  if (sent.score !== undefined) event.score = sent.score;
  if (sent.warningCount !== undefined) event.warningCount = sent.warningCount;
  if (sent.templateId !== undefined) event.templateId = sent.templateId;
  return event;
}
