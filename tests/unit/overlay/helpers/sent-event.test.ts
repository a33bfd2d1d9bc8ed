import { describe, expect, it } from 'vitest';
import { checkedEvent, sentEvent } from '@/entrypoints/overlay.content/helpers/sent-event';
import { replyEventSchema } from '@/lib/schemas/reply-event';

const AT = Date.UTC(2026, 10, 23, 3, 0);

describe('the sent event', () => {
  it('carries the target, the response time and the draft check, and no name or text', () => {
    const e = sentEvent({
      id: 'e1',
      platform: 'facebook',
      at: AT,
      target: { kind: 'comment', id: 'c-123', authorName: 'Siti Rahma', authorHandle: 'sitirahma_', postedAt: AT - 45 * 60_000 },
      draft: { templateId: 'tpl-1', score: 92.5, errorCount: 0, warningCount: 2, gateOverridden: false },
    });
    expect(e).toEqual({
      id: 'e1', kind: 'sent', platform: 'facebook', at: AT, targetId: 'c-123', targetAt: AT - 45 * 60_000, responseMs: 45 * 60_000,
      templateId: 'tpl-1', score: 92.5, errorCount: 0, warningCount: 2, gateOverridden: false,
    });
    expect(JSON.stringify(e)).not.toMatch(/Siti|sitirahma/);
    expect(replyEventSchema.safeParse(e).success).toBe(true);
  });

  it.each([
    ['target from two years ago: no response time (over 30 days)', AT - 2 * 365 * 86_400_000, undefined],
    ['target in the future (clock skew): no response time', AT + 60_000, undefined],
    ['target 30 s before', AT - 30_000, 30_000],
  ])('%s', (_name, postedAt, responseMs) => {
    const e = sentEvent({ id: 'e', platform: 'x', at: AT, target: { kind: 'post', id: '1', postedAt }, draft: undefined });
    expect(e.responseMs).toBe(responseMs);
    expect(e.targetAt).toBe(postedAt);
    expect(replyEventSchema.safeParse(e).success).toBe(true);
  });

  it('without a target or a check it is still a valid sent event', () => {
    const e = sentEvent({ id: 'e', platform: 'instagram', at: AT, target: null, draft: {} });
    expect(e).toEqual({ id: 'e', kind: 'sent', platform: 'instagram', at: AT });
    expect(replyEventSchema.safeParse(e).success).toBe(true);
  });
});

describe('the checked event (one per sent draft, for "Draf diperiksa")', () => {
  const AT2 = Date.UTC(2026, 10, 23, 3, 0, 0);
  it('carries the check figures and the answered item of its send, no text, under its own id', () => {
    const sent = sentEvent({
      id: 's1',
      platform: 'x',
      at: AT2,
      target: { kind: 'post', id: '1867455500000000202', authorName: 'Siti Rahma', postedAt: AT2 - 60_000 },
      draft: { score: 66, errorCount: 1, warningCount: 2, gateOverridden: true, templateId: 'tpl-9' },
    });
    const checked = checkedEvent(sent, 'c1');
    expect(checked).toEqual({ id: 'c1', kind: 'checked', platform: 'x', at: AT2, targetId: '1867455500000000202', score: 66, errorCount: 1, warningCount: 2, templateId: 'tpl-9' });
    expect(replyEventSchema.safeParse(checked).success).toBe(true);
    expect(JSON.stringify(checked)).not.toMatch(/Siti/);
  });

  it.each([
    ['the checker was off (no check result on the draft)', { templateId: 'tpl-1' }],
    ['no draft state at all', undefined],
  ])('none when %s', (_name, draft) => {
    const sent = sentEvent({ id: 's', platform: 'facebook', at: AT2, target: null, draft });
    expect(checkedEvent(sent, 'c')).toBeNull();
  });

  it('a clean draft is a checked draft too (errorCount 0)', () => {
    const sent = sentEvent({ id: 's', platform: 'instagram', at: AT2, target: null, draft: { score: 100, errorCount: 0, warningCount: 0 } });
    expect(checkedEvent(sent, 'c')).toMatchObject({ kind: 'checked', errorCount: 0, score: 100 });
  });
});
