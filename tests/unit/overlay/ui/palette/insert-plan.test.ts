import { describe, expect, it } from 'vitest';
import { planInsertion, type OpenSnapshot } from '@/entrypoints/overlay.content/ui/palette/insert-plan';

const at = (over: Partial<OpenSnapshot>): OpenSnapshot => ({ text: '', selection: null, shortcut: null, ...over });

describe('planInsertion: where the text goes', () => {
  it.each<[string, string, OpenSnapshot, ReturnType<typeof planInsertion>]>([
    [
      'the typed shortcut is replaced',
      'Halo /hoaks',
      at({ text: 'Halo /hoaks', selection: { start: 11, end: 11 }, shortcut: { shortcut: '/hoaks', start: 5, end: 11 } }),
      { kind: 'replace', start: 5, end: 11 },
    ],
    [
      'a capitalised shortcut too',
      '/Hoaks',
      at({ text: '/Hoaks', shortcut: { shortcut: '/hoaks', start: 0, end: 6 } }),
      { kind: 'replace', start: 0, end: 6 },
    ],
    [
      'the shortcut where it was even if text was added after it',
      '@budi /maaf ya',
      at({ text: '@budi /maaf', shortcut: { shortcut: '/maaf', start: 6, end: 11 } }),
      { kind: 'replace', start: 6, end: 11 },
    ],
    [
      'a shortcut no longer there: at the caret',
      'Halo /hoak',
      at({ text: 'Halo /hoaks', shortcut: { shortcut: '/hoaks', start: 5, end: 11 } }),
      { kind: 'caret' },
    ],
    [
      'a shortcut past the end of a shortened draft: at the caret',
      '/ho',
      at({ text: '/hoaks', shortcut: { shortcut: '/hoaks', start: 0, end: 6 } }),
      { kind: 'caret' },
    ],
    [
      'the caret left when the palette opened',
      'Oke. Sampai jumpa',
      at({ text: 'Oke. Sampai jumpa', selection: { start: 5, end: 5 } }),
      { kind: 'replace', start: 5, end: 5 },
    ],
    [
      'the selection at opening is replaced',
      'Halo SALAH ya',
      at({ text: 'Halo SALAH ya', selection: { start: 5, end: 10 } }),
      { kind: 'replace', start: 5, end: 10 },
    ],
    [
      'the draft changed since: at the caret',
      'Oke. Sampai jumpa!',
      at({ text: 'Oke. Sampai jumpa', selection: { start: 5, end: 5 } }),
      { kind: 'caret' },
    ],
    ['no caret known: at the caret (the end)', 'Oke.', at({ text: 'Oke.' }), { kind: 'caret' }],
    ['an impossible selection: at the caret', 'Oke.', at({ text: 'Oke.', selection: { start: 3, end: 9 } }), { kind: 'caret' }],
  ])('%s', (_name, current, snapshot, expected) => {
    expect(planInsertion(current, snapshot)).toEqual(expected);
  });
});
