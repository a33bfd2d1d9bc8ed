import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { fillPlaceholders } from '@/lib/i18n/fill';

describe('plurals through the i18n layer', () => {
  it.each<[number, string]>([
    [0, '0 errors, 0 warnings, 0 notes'],
    [1, '1 error, 1 warning, 1 note'],
    [2, '2 errors, 2 warnings, 2 notes'],
  ])('English: %i', (n, expected) => {
    expect(t('en', 'checker.summary.counts', { errors: n, warnings: n, infos: n })).toBe(expected);
  });

  it('Indonesian keeps its one form', () => {
    expect(t('id', 'checker.summary.counts', { errors: 1, warnings: 2, infos: 0 })).toBe('1 kesalahan, 2 peringatan, 0 catatan');
    expect(t('en', 'checker.gate.title', { count: 1 })).toBe('The reply still has 1 SOP error');
  });

  it('a formatted number keeps its formatting; a missing parameter stays visible', () => {
    expect(fillPlaceholders('{count|# template|# templates}', { count: '1,234' }, 'en')).toBe('1,234 templates');
    expect(fillPlaceholders('{count|# template|# templates} {other}', {}, 'en')).toBe('{count|# template|# templates} {other}');
  });
});
