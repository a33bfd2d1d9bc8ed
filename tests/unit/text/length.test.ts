import { describe, expect, it } from 'vitest';
import { platformLength } from '@/lib/text/length';

describe('platformLength', () => {
  it.each<[string, 'x' | 'facebook' | 'instagram', number]>([
    ['Selamat pagi, Kak.', 'x', 18],
    ['Selamat pagi, Kak.', 'facebook', 18],
    ['Info: https://lapor.go.id/laporan/12345', 'x', 6 + 23],
    ['Info: https://lapor.go.id/laporan/12345', 'instagram', 39],
    ['Terima kasih 🙏', 'x', 13 + 2],
    ['Terima kasih 🙏', 'facebook', 14],
    ['你好', 'x', 4],
    ['', 'x', 0],
  ])('%j on %s → %i', (text, platform, expected) => {
    expect(platformLength(text, platform)).toBe(expected);
  });
});
