import { describe, expect, it } from 'vitest';
import { readCommentsIn } from '@/lib/inbox/queue';
import { inboxStats } from '@/lib/inbox/stats';
import { commentRow, testContext } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const H = 3_600_000;

describe('readCommentsIn: the comments that came in a range, open and answered', () => {
  it('reads both halves of the [open+sortAt] index, bounds included, and nothing outside', async () => {
    const { db } = testContext(NOW);
    const from = NOW - 48 * H;
    await db.comments.bulkPut([
      commentRow({ key: 'x:1', id: '1', sortAt: from, open: 1 }),
      commentRow({ key: 'x:2', id: '2', sortAt: NOW - 5 * H, sentAt: NOW - 4 * H, open: 0 }),
      commentRow({ key: 'x:3', id: '3', sortAt: NOW, notNeededAt: NOW, open: 0 }),
      commentRow({ key: 'x:4', id: '4', sortAt: from - 1, open: 1 }),
      commentRow({ key: 'x:5', id: '5', sortAt: NOW + 1, sentAt: NOW + 2, open: 0 }),
    ]);
    const rows = await readCommentsIn(db, from, NOW);
    expect(rows.map((r) => r.id).sort()).toEqual(['1', '2', '3']);
    const s = inboxStats(rows, { from, to: NOW }, NOW, 24 * H);
    expect(s.total).toMatchObject({ received: 3, unanswered: 1, answered: 1, notNeeded: 1, oldestWaitingMs: 48 * H, due: 2, withinTarget: 1, withinTargetShare: 0.5, medianAnswerMs: H });
  });
});
