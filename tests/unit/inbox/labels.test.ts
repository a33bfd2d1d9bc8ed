import { describe, expect, it } from 'vitest';
import { COMMENT_CATEGORY_KEY, waitingAge } from '@/lib/inbox/labels';
import { COMMENT_CATEGORIES } from '@/lib/inbox/classify';
import { t } from '@/lib/i18n';

describe('waitingAge', () => {
  it.each([
    [0, 'inbox.age.minutes', 0],
    [59 * 60_000, 'inbox.age.minutes', 59],
    [60 * 60_000, 'inbox.age.hours', 1],
    [5.5 * 3_600_000, 'inbox.age.hours', 5],
    [47 * 3_600_000, 'inbox.age.hours', 47],
    [48 * 3_600_000, 'inbox.age.days', 2],
    [-5000, 'inbox.age.minutes', 0],
  ] as const)('%d ms → %s %d', (ms, key, n) => {
    expect(waitingAge(ms)).toEqual({ key, n });
  });

  it('every kind has a label in both languages', () => {
    for (const k of COMMENT_CATEGORIES) {
      expect(t('id', COMMENT_CATEGORY_KEY[k])).not.toBe(COMMENT_CATEGORY_KEY[k]);
      expect(t('en', COMMENT_CATEGORY_KEY[k])).not.toBe(t('id', COMMENT_CATEGORY_KEY[k]));
    }
  });
});
