import { describe, expect, it } from 'vitest';
import { replacementEdit, stillCovers } from '@/entrypoints/overlay.content/ui/checker/edit';
import { applyReplacement } from '@/lib/style';

const span = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};
const applyEdit = (text: string, e: { start: number; end: number; insert: string }) => text.slice(0, e.start) + e.insert + text.slice(e.end);

describe('replacementEdit: the edit the editor makes for a one-click fix', () => {
  it.each<[string, string, string, string]>([
    ['slang → standard', 'Mohon maaf, gak bisa hari ini.', 'gak', 'tidak'],
    ['a misspelling', 'Silahkan datang ke kantor.', 'Silahkan', 'Silakan'],
    ['a particle removed mid-sentence takes its space with it', 'Sudah kok, silakan dicek.', 'kok', ''],
    ['a word removed at the start capitalises what follows', 'sih datanya sudah masuk.', 'sih', ''],
    ['an English term', 'Silakan download formulirnya.', 'download', 'unduh'],
    ['emoji around the word', '🙏 gak apa-apa 🙏', 'gak', 'tidak'],
    ['the last word of a line', 'Terima kasih\nthx', 'thx', 'terima kasih'],
  ])('%s', (_name, text, word, replacement) => {
    const f = span(text, word);
    const e = replacementEdit(text, f, replacement);
    expect(applyEdit(text, e)).toBe(applyReplacement(text, f, replacement));
    // The edit covers the whole finding: whole words are replaced, never stray letters.
    expect(e.start).toBeLessThanOrEqual(f.start);
    expect(e.end).toBeGreaterThanOrEqual(f.end);
  });

  it('keeps the rest of the draft out of the edit', () => {
    const text = 'Halo Kak, gak bisa ya.';
    expect(replacementEdit(text, span(text, 'gak'), 'tidak')).toEqual({ start: 10, end: 13, insert: 'tidak' });
  });

  it('a stale finding past the end is clamped, never throws', () => {
    expect(() => replacementEdit('abc', { start: 10, end: 20 }, 'x')).not.toThrow();
  });
});

describe('stillCovers', () => {
  it.each<[string, { start: number; end: number }, string, boolean]>([
    ['gak bisa', { start: 0, end: 3 }, 'gak', true],
    ['ga bisa', { start: 0, end: 3 }, 'gak', false],
    ['gak', { start: 0, end: 5 }, 'gak', false],
  ])('%s %j %s → %s', (text, f, src, ok) => {
    expect(stillCovers(text, f, src)).toBe(ok);
  });
});
