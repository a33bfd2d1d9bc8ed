import fc from 'fast-check';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Count, Snapshot } from '@/lib/schemas/snapshot';
import { DAY, HOUR, wib } from './fixtures';

/** Three local days (WIB) starting Monday 3 March 2025, so rows land on both sides of midnights. */
export const SPAN_START = wib(2025, 3, 3);
export const SPAN_END = SPAN_START + 3 * DAY - 1;

const count = (max: number): fc.Arbitrary<Count> =>
  fc.record({ value: fc.integer({ min: 0, max }), exact: fc.boolean() });

export const snapshotArb: fc.Arbitrary<Omit<Snapshot, 'id'>> = fc
  .record({
    kind: fc.constantFrom<'post' | 'profile'>('post', 'post', 'post', 'profile'),
    platform: fc.constantFrom<'x' | 'facebook'>('x', 'facebook'),
    account: fc.constantFrom('humas_kota', 'dinkes_kota'),
    postId: fc.constantFrom('1890000000000000001', '1890000000000000002', 'pfbid0abc'),
    at: fc.integer({ min: SPAN_START, max: SPAN_END }),
    postedOffset: fc.option(fc.integer({ min: 0, max: 2 * DAY }), { nil: undefined }),
    likes: count(5000),
    replies: count(300),
    views: fc.option(count(100_000), { nil: undefined }),
    followers: count(50_000),
  })
  .map((r) => {
    const base = { kind: r.kind, platform: r.platform, account: r.account, at: r.at };
    if (r.kind === 'profile') return { ...base, postId: r.account, counts: { followers: r.followers } };
    return {
      ...base,
      postId: r.postId,
      ...(r.postedOffset !== undefined ? { postedAt: SPAN_START - DAY + r.postedOffset } : {}),
      counts: { likes: r.likes, replies: r.replies, ...(r.views ? { views: r.views } : {}) },
    };
  });

/** Snapshots with distinct ids. */
export const snapshotsArb = (maxLength = 40): fc.Arbitrary<Snapshot[]> =>
  fc.array(snapshotArb, { maxLength }).map((rows) => rows.map((row, i) => ({ id: `s${i}`, ...row })));

export const replyArb: fc.Arbitrary<Omit<ReplyEvent, 'id'>> = fc
  .record({
    kind: fc.constantFrom<ReplyEvent['kind']>('sent', 'sent', 'template-inserted', 'checked'),
    platform: fc.constantFrom<'x' | 'facebook' | 'instagram'>('x', 'facebook', 'instagram'),
    at: fc.integer({ min: SPAN_START, max: SPAN_END }),
    templateId: fc.option(fc.constantFrom('tpl-salam', 'tpl-info-layanan', 'tpl-maaf'), { nil: undefined }),
    waited: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: undefined }),
    recorded: fc.boolean(),
    errorCount: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    score: fc.option(fc.constantFrom(100, 87.5, 66.667, 40), { nil: undefined }),
    gateOverridden: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const event: Omit<ReplyEvent, 'id'> = { kind: r.kind, platform: r.platform, at: r.at };
    if (r.templateId !== undefined) event.templateId = r.templateId;
    if (r.waited !== undefined) {
      event.targetAt = r.at - r.waited;
      if (r.recorded) event.responseMs = r.waited;
    }
    if (r.errorCount !== undefined) event.errorCount = r.errorCount;
    if (r.score !== undefined) event.score = r.score;
    if (r.gateOverridden !== undefined) event.gateOverridden = r.gateOverridden;
    return event;
  });

export const repliesArb = (maxLength = 60): fc.Arbitrary<ReplyEvent[]> =>
  fc.array(replyArb, { maxLength }).map((rows) => rows.map((row, i) => ({ id: `e${i}`, ...row })));

/** A split instant anywhere in the span, on the hour or not. */
export const splitArb = fc.integer({ min: SPAN_START, max: SPAN_END + HOUR });
