import { describe, expect, it } from 'vitest';
import { replyEventSchema } from '@/lib/schemas/reply-event';
import { templateInsertedEvent } from '@/entrypoints/overlay.content/ui/palette/usage-event';
import type { ReplyTarget } from '@/lib/platforms/types';

const AT = Date.parse('2026-03-02T09:30:00+07:00');
const MIN = 60_000;

describe('templateInsertedEvent: the reply-log row of an insertion', () => {
  it.each<[string, ReplyTarget | null, Record<string, unknown>]>([
    [
      'a comment posted 12 minutes ago',
      { kind: 'comment', id: '880011223344551', authorName: 'Siti 🌸 Rahma', authorHandle: 'siti', postedAt: AT - 12 * MIN },
      { targetId: '880011223344551', targetAt: AT - 12 * MIN, responseMs: 12 * MIN },
    ],
    ['a post without a known time', { kind: 'post', id: '1867455500000000202' }, { targetId: '1867455500000000202' }],
    [
      'an item from two months ago: its time, but no response time',
      { kind: 'post', id: 'p1', postedAt: AT - 60 * 86_400_000 },
      { targetId: 'p1', targetAt: AT - 60 * 86_400_000 },
    ],
    ['an item "posted" after the insertion (clock skew): no response time', { kind: 'post', id: 'p2', postedAt: AT + 5000 }, { targetId: 'p2', targetAt: AT + 5000 }],
    ['no target (a new post)', null, {}],
  ])('%s', (_name, target, expected) => {
    const event = templateInsertedEvent({ id: 'e1', platform: 'facebook', at: AT, templateId: 't1', target });
    expect(event).toEqual({ id: 'e1', kind: 'template-inserted', platform: 'facebook', at: AT, templateId: 't1', ...expected });
    expect(replyEventSchema.safeParse(event).success).toBe(true);
  });

  it('never stores the citizen’s name or handle', () => {
    const event = templateInsertedEvent({
      id: 'e2',
      platform: 'x',
      at: AT,
      templateId: 't1',
      target: { kind: 'comment', id: 'c1', authorName: 'Siti 🌸 Rahma', authorHandle: 'sitirahma_', permalink: 'https://x.com/sitirahma_/status/1' },
    });
    expect(JSON.stringify(event)).not.toMatch(/Siti|sitirahma/);
  });
});
