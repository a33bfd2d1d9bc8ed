import { describe, expect, it } from 'vitest';
import { sentEvent } from '@/entrypoints/overlay.content/helpers/sent-event';
import { templateInsertedEvent } from '@/entrypoints/overlay.content/ui/palette/usage-event';
import { eventResponseMarginMs } from '@/lib/engagement/response-time';
import { rollupReplies, mergeReplyRollups } from '@/lib/engagement/rollup-replies';
import { summarizeReplies } from '@/lib/engagement/dashboard-replies';
import { formatMargin, formatResponse } from '@/lib/engagement/format';
import { replyEventSchema, type ReplyEvent } from '@/lib/schemas/reply-event';
import { replyRollupSchema } from '@/lib/schemas/rollup';

const MIN = 60_000;
const HOUR = 60 * MIN;
const AT = Date.UTC(2026, 10, 23, 3, 0);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A response time computed from "2 j" (Facebook's relative post time) is stored and shown as approximate. */
describe('approximate response times', () => {
  it('a target whose time was read from relative text gives a sent event with its margin', () => {
    const e = sentEvent({ id: 'e1', platform: 'facebook', at: AT, target: { kind: 'post', id: 'p1', postedAt: AT - 2 * HOUR, postedAtResolutionMs: HOUR }, draft: undefined });
    expect(e).toMatchObject({ targetAt: AT - 2 * HOUR, responseMs: 2 * HOUR, responseMarginMs: HOUR });
    expect(replyEventSchema.safeParse(e).success).toBe(true);
    const t = templateInsertedEvent({ id: 't1', platform: 'facebook', at: AT, templateId: 'tpl', target: { kind: 'comment', id: 'c1', postedAt: AT - 5 * MIN, postedAtResolutionMs: MIN } });
    expect(t.responseMarginMs).toBe(MIN);
  });

  it('an exact time gives no margin; old rows without one stay valid and exact', () => {
    const e = sentEvent({ id: 'e1', platform: 'x', at: AT, target: { kind: 'post', id: 'p1', postedAt: AT - HOUR }, draft: undefined });
    expect(e.responseMarginMs).toBeUndefined();
    const old = { id: 'old', kind: 'sent', platform: 'facebook', at: AT, targetAt: AT - HOUR, responseMs: HOUR };
    expect(replyEventSchema.safeParse(old).success).toBe(true);
    expect(eventResponseMarginMs(replyEventSchema.parse(old))).toBeNull();
    expect(replyEventSchema.safeParse({ ...old, responseMarginMs: -5 }).success).toBe(false);
  });

  it('roll-ups keep the day’s largest margin; merged rows keep the larger; rows without stay valid', () => {
    const events: ReplyEvent[] = [
      { id: 'a', kind: 'sent', platform: 'facebook', at: AT, targetAt: AT - 2 * HOUR, responseMs: 2 * HOUR, responseMarginMs: HOUR },
      { id: 'b', kind: 'sent', platform: 'facebook', at: AT + MIN, targetAt: AT - 4 * MIN, responseMs: 5 * MIN, responseMarginMs: MIN },
      { id: 'c', kind: 'sent', platform: 'x', at: AT, targetAt: AT - HOUR, responseMs: HOUR },
    ];
    const rows = rollupReplies(events, 'WIB');
    const fb = rows.find((r) => r.platform === 'facebook');
    expect(fb?.responseMarginMs).toBe(HOUR);
    expect(rows.find((r) => r.platform === 'x')?.responseMarginMs).toBeUndefined();
    for (const r of rows) expect(replyRollupSchema.safeParse(r).success).toBe(true);
    const later = rollupReplies([{ id: 'd', kind: 'sent', platform: 'facebook', at: AT + 5 * HOUR, targetAt: AT, responseMs: 5 * HOUR, responseMarginMs: 86_400_000 }], 'WIB');
    expect(mergeReplyRollups(rows, later).find((r) => r.platform === 'facebook')?.responseMarginMs).toBe(86_400_000);
  });

  it('the dashboard carries the margin per platform and in total (exact platforms: null)', () => {
    const events: ReplyEvent[] = [
      { id: 'a', kind: 'sent', platform: 'facebook', at: AT, targetAt: AT - 2 * HOUR, responseMs: 2 * HOUR, responseMarginMs: HOUR },
      { id: 'c', kind: 'sent', platform: 'x', at: AT, targetAt: AT - HOUR, responseMs: HOUR },
    ];
    const bounds = { from: AT - 12 * HOUR, to: AT + 12 * HOUR, days: ['2026-11-23' as const] };
    const s = summarizeReplies({ events, replyRollups: [], bounds, timeZone: 'WIB', topLimit: 5 });
    expect(s.responseTime.perPlatform.facebook).toMatchObject({ medianMs: 2 * HOUR, marginMs: HOUR });
    expect(s.responseTime.perPlatform.x.marginMs).toBeNull();
    expect(s.responseTime.perPlatform.instagram.marginMs).toBeNull();
    expect(s.responseTime.marginMs).toBe(HOUR);
    // From the roll-up of the same day: still approximate, same margin.
    const r = summarizeReplies({ events: [], replyRollups: rollupReplies(events, 'WIB'), bounds, timeZone: 'WIB', topLimit: 5 });
    expect(r.responseTime.perPlatform.facebook.marginMs).toBe(HOUR);
  });

  it.each<[number | null, 'id' | 'en', string]>([
    [HOUR, 'id', '± 1 jam'],
    [HOUR, 'en', '± 1 h'],
    [MIN, 'id', '± 1 menit'],
    [MIN, 'en', '± 1 min'],
    [86_400_000, 'id', '± 1 hari'],
    [7 * 86_400_000, 'en', '± 7 d'],
    [1000, 'id', '± 1 detik'],
    [null, 'id', ''],
    [0, 'en', ''],
  ])('formatMargin(%s, %s) = %j', (ms, lang, want) => {
    expect(plain(formatMargin(ms, lang))).toBe(want);
  });

  it('formatResponse: the value with its margin, or the value alone', () => {
    expect(plain(formatResponse(2 * HOUR + 10 * MIN, HOUR, 'id'))).toBe('2 jam 10 menit ± 1 jam');
    expect(plain(formatResponse(2 * HOUR, null, 'en'))).toBe('2 h');
    expect(formatResponse(null, HOUR, 'id')).toBe('–');
  });
});
