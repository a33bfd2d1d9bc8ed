import { describe, expect, it } from 'vitest';
import { inboxStats, type StatsRow } from '@/lib/inbox/stats';

const M = 60_000;
const H = 60 * M;
const TARGET = 24 * H;
/** November 2026 in WIB (UTC+7): 1 Nov 00:00 WIB … 30 Nov 23:59:59.999 WIB. */
const NOV = { from: Date.UTC(2026, 9, 31, 17), to: Date.UTC(2026, 10, 30, 17) - 1 };
const NOW = Date.UTC(2026, 11, 3, 3); // 3 Dec, 10:00 WIB
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 7, minute);

/** A comment that came on `posted` and was first seen `seenAfter` later. */
function row(posted: number, patch: Partial<StatsRow> = {}, seenAfter = 5 * M): StatsRow {
  return { platform: 'x', category: 'question', sortAt: posted, firstSeenAt: posted + seenAfter, ...patch };
}

describe('inboxStats: empty and one row', () => {
  it('no comments: zeros, and no share, no median, no oldest (shown as "–", never 0 %)', () => {
    const s = inboxStats([], NOV, NOW, TARGET);
    expect(s.total).toEqual({ received: 0, unanswered: 0, oldestWaitingMs: null, answered: 0, notNeeded: 0, untimed: 0, due: 0, withinTarget: 0, withinTargetShare: null, medianAnswerMs: null });
    expect(s.byPlatform.facebook.withinTargetShare).toBeNull();
    expect(s.byCategory.complaint.received).toBe(0);
  });

  it('one question answered by a send 2 jam 10 menit after it came', () => {
    const s = inboxStats([row(at(10, 9), { sentAt: at(10, 11, 10) })], NOV, NOW, TARGET);
    expect(s.total).toMatchObject({ received: 1, answered: 1, unanswered: 0, due: 1, withinTarget: 1, withinTargetShare: 1, medianAnswerMs: 2 * H + 10 * M });
    expect(s.byPlatform.x).toEqual(s.total);
    expect(s.byCategory.question).toEqual(s.total);
    expect(s.byPlatform.instagram.received).toBe(0);
  });

  it('one complaint still waiting since 28 Nov 08:00 WIB: unanswered, oldest 5 hari 2 jam, due and late', () => {
    const s = inboxStats([row(at(28, 8), { category: 'complaint', platform: 'facebook' })], NOV, NOW, TARGET);
    expect(s.total).toMatchObject({ received: 1, unanswered: 1, oldestWaitingMs: NOW - at(28, 8), answered: 0, due: 1, withinTarget: 0, withinTargetShare: 0, medianAnswerMs: null });
    expect(s.byCategory.complaint.unanswered).toBe(1);
    expect(s.byPlatform.facebook.oldestWaitingMs).toBe(5 * 24 * H + 2 * H);
  });
});

describe('inboxStats: medians (nearest rank, like the report\'s reply times)', () => {
  it.each<[string, number[], number]>([
    ['odd count: the middle one', [30 * M, 3 * H + 10 * M, 26 * H], 3 * H + 10 * M],
    ['even count: the lower middle (a time that really occurred)', [30 * M, 2 * H, 5 * H, 30 * H], 2 * H],
    ['two answers', [10 * M, 50 * M], 10 * M],
  ])('%s', (_name, answerMs, expected) => {
    const rows = answerMs.map((ms, i) => row(at(5 + i, 8), { sentAt: at(5 + i, 8) + ms }));
    expect(inboxStats(rows, NOV, NOW, TARGET).total.medianAnswerMs).toBe(expected);
  });
});

describe('inboxStats: the target boundary (24 jam; exactly the target is late, as in the queue)', () => {
  it.each<[string, number, boolean]>([
    ['23 jam 59 menit', 24 * H - M, true],
    ['exactly 24 jam', 24 * H, false],
    ['24 jam 1 menit', 24 * H + M, false],
    ['a send timed before the comment (relative time read late) counts as 0', -10 * M, true],
  ])('answered after %s: within = %s', (_name, ms, within) => {
    const s = inboxStats([row(at(12, 9), { sentAt: at(12, 9) + ms })], NOV, NOW, TARGET);
    expect(s.total.withinTarget).toBe(within ? 1 : 0);
    expect(s.total.due).toBe(1);
  });

  it('waiting: a comment of 2 jam ago is not due yet; one waiting exactly the target is', () => {
    const range = { from: NOV.from, to: NOW };
    const s = inboxStats([row(NOW - 2 * H), row(NOW - TARGET)], range, NOW, TARGET);
    expect(s.total).toMatchObject({ received: 2, unanswered: 2, due: 1, withinTarget: 0, withinTargetShare: 0, oldestWaitingMs: TARGET });
  });
});

describe('inboxStats: which comments, which answers', () => {
  const rows: StatsRow[] = [
    // Came 30 Nov 22:00 WIB, answered 1 Dec 08:00 WIB (after the range): November's, answered in 10 jam.
    row(at(30, 22), { sentAt: Date.UTC(2026, 11, 1, 1) }),
    // Came 31 Oct 23:00 WIB (before the range) and 1 Dec (after): not November's.
    row(Date.UTC(2026, 9, 31, 16), { category: 'complaint' }),
    row(Date.UTC(2026, 11, 1, 2), { category: 'complaint' }),
    // Praise marked "Tidak perlu dibalas": neither answered nor in the share.
    row(at(15, 10), { category: 'thanks', platform: 'instagram', notNeededAt: at(15, 12) }),
    // A reply seen under it 3 jam after (Pranata saw it open first): timed by when it was seen.
    row(at(20, 8), { platform: 'facebook', replySeenAt: at(20, 11) }, 30 * M),
    // A reply already under it when first seen 2 hari later: answered, time unknown, not in the share.
    row(at(3, 8), { platform: 'facebook', category: 'info-request', replySeenAt: at(5, 8) }, 48 * H),
    // … and one first seen answered 6 jam after it came: in time for sure.
    row(at(4, 8), { platform: 'facebook', category: 'info-request', replySeenAt: at(4, 14) }, 6 * H),
    // A reply seen AND marked "Tidak perlu dibalas": the reply counts.
    row(at(21, 9), { category: 'hoax-question', replySeenAt: at(21, 9, 40), notNeededAt: at(21, 9, 20) }, 10 * M),
    // A send recorded before the reply was seen: the send's time counts.
    row(at(22, 9), { sentAt: at(22, 9, 45), replySeenAt: at(22, 12) }),
  ];
  const s = inboxStats(rows, NOV, NOW, TARGET);

  it('counts the range by arrival, answered after the range included', () => {
    expect(s.total).toMatchObject({ received: 7, answered: 6, notNeeded: 1, unanswered: 0, untimed: 2, oldestWaitingMs: null });
  });

  it('the share leaves out "Tidak perlu dibalas" and the untimed reply first seen after the target', () => {
    // due: 10 jam, 3 jam, 6 jam (untimed, in time), 40 menit, 45 menit = 5; all within.
    expect(s.total).toMatchObject({ due: 5, withinTarget: 5, withinTargetShare: 1 });
    expect(s.byPlatform.instagram).toMatchObject({ received: 1, notNeeded: 1, due: 0, withinTargetShare: null });
    expect(s.byCategory['info-request']).toMatchObject({ received: 2, answered: 2, untimed: 2, due: 1, withinTarget: 1, medianAnswerMs: null });
  });

  it('the median is over the timed answers only: 40 menit, 45 menit, 3 jam, 10 jam → 45 menit', () => {
    expect(s.total.medianAnswerMs).toBe(45 * M);
    expect(s.byPlatform.facebook.medianAnswerMs).toBe(3 * H);
    expect(s.byCategory['hoax-question']).toMatchObject({ answered: 1, notNeeded: 0, medianAnswerMs: 40 * M });
  });

  it('per platform and per category add up to the total', () => {
    const sum = (groups: { received: number; due: number; withinTarget: number }[]) =>
      groups.reduce((a, g) => ({ received: a.received + g.received, due: a.due + g.due, withinTarget: a.withinTarget + g.withinTarget }), { received: 0, due: 0, withinTarget: 0 });
    expect(sum(Object.values(s.byPlatform))).toEqual({ received: 7, due: 5, withinTarget: 5 });
    expect(sum(Object.values(s.byCategory))).toEqual({ received: 7, due: 5, withinTarget: 5 });
  });

  it('a reply already there at first sight and a later send: the earlier, untimed reply decides', () => {
    const seenThenSent = row(at(6, 8), { replySeenAt: at(8, 8), sentAt: at(8, 9) }, 48 * H);
    const sentThenSeen = row(at(7, 8), { replySeenAt: at(7, 20), sentAt: at(7, 10) }, 12 * H);
    const s2 = inboxStats([seenThenSent, sentThenSeen], NOV, NOW, TARGET);
    expect(s2.total).toMatchObject({ answered: 2, untimed: 1, due: 1, withinTarget: 1, medianAnswerMs: 2 * H });
  });

  it('a late answer and a comment waiting past the target bring the share down', () => {
    const mixed = inboxStats(
      [
        row(at(10, 8), { sentAt: at(10, 9) }),
        row(at(11, 8), { sentAt: at(12, 20) }),
        row(at(12, 8), { sentAt: at(12, 12) }),
        row(at(29, 8), { category: 'complaint' }),
      ],
      NOV,
      NOW,
      TARGET,
    );
    expect(mixed.total).toMatchObject({ due: 4, withinTarget: 2, withinTargetShare: 0.5, unanswered: 1, oldestWaitingMs: NOW - at(29, 8), medianAnswerMs: 4 * H });
  });
});
