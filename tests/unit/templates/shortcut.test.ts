import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { findShortcut, matchShortcut } from '@/lib/templates/shortcut';

/** '‸' marks the caret in the cases below; it is removed from the text. */
function at(marked: string): [string, number] {
  const caret = marked.indexOf('‸');
  return [marked.replace('‸', ''), caret];
}

describe('findShortcut', () => {
  it.each<[string, string, string | null]>([
    ['alone in the box', '/hoaks‸', '/hoaks'],
    ['after a greeting', 'Halo Kak /hoaks‸', '/hoaks'],
    ['at the start of a new line', 'Selamat pagi.\n/lapor‸', '/lapor'],
    ['after a no-break space (contenteditable)', 'Halo\u00A0/dm‸', '/dm'],
    ['after a zero-width space', 'Halo\u200B/dm‸', '/dm'],
    ['after an opening bracket', 'Silakan (/ppid‸', '/ppid'],
    ['after an opening quote', 'Balas “/maaf‸', '/maaf'],
    ['with dashes', 'Halo /jam-layanan‸', '/jam-layanan'],
    ['half typed, ending in a dash', 'Halo /jam-‸', '/jam-'],
    ['capitalised by the phone keyboard', 'Halo /Hoaks‸', '/hoaks'],
    ['digits', 'Info /112‸', '/112'],
    ['one letter', '/a‸', '/a'],
    ['thirty characters', `Halo /${'a'.repeat(30)}‸`, `/${'a'.repeat(30)}`],
    ['caret followed by a space', 'Halo /hoaks‸ terima kasih', '/hoaks'],
    ['caret followed by a full stop', 'Halo /hoaks‸.', '/hoaks'],
    ['caret followed by a new line', 'Halo /dm‸\nSalam', '/dm'],
    ['thirty-one characters', `Halo /${'a'.repeat(31)}‸`, null],
    ['inside "dan/atau"', 'dan/atau‸', null],
    ['a fraction', 'sebanyak 1/2‸', null],
    ['a unit', 'kecepatan 60 km/jam‸', null],
    ['a price per unit', 'Rp10.000/kg‸', null],
    ['the path of a URL', 'lihat https://x.com/a‸', null],
    ['a URL path that looks like a shortcut', 'https://lapor.go.id/lapor‸', null],
    ['a bare domain path', 'x.com/hoaks‸', null],
    ['the slashes of a scheme', 'https://‸', null],
    ['a lone slash', 'Halo /‸', null],
    ['two slashes', 'Halo //hoaks‸', null],
    ['a second path segment', 'Halo /info/jam‸', null],
    ['starting with a dash', 'Halo /-abc‸', null],
    ['an underscore (not a shortcut character)', 'Halo /hoaks_‸', null],
    ['caret in the middle of the word', 'Halo /hoa‸ks', null],
    ['caret after a later word', 'Halo /hoaks terima‸', null],
    ['caret before the slash', 'Halo ‸/hoaks', null],
    ['a slash right after the caret', 'Halo /ppid‸/', null],
    ['after an e-mail address', 'humas@contoh.go.id/dm‸', null],
    ['glued to an emoji', 'Terima kasih 🙏/dm‸', null],
    ['empty text', '‸', null],
  ])('%s: %j → %s', (_label, marked, expected) => {
    const [text, caret] = at(marked);
    const found = findShortcut(text, caret);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found?.shortcut).toBe(expected);
    // start/end cover exactly what was typed, so the palette can replace it.
    expect(found && text.slice(found.start, found.end).toLowerCase()).toBe(expected);
    expect(found?.end).toBe(caret);
  });

  it.each([-1, 0, 1, 99, 2.5, Number.NaN])('caret %s outside the text or not an index → null', (caret) => {
    expect(findShortcut('/dm', caret)).toBeNull();
  });

  it('gives positions that replace the typed shortcut with the reply', () => {
    const text = 'Halo Kak,\u00A0/lapor dan terima kasih';
    const found = findShortcut(text, 16);
    expect(found).toEqual({ shortcut: '/lapor', start: 10, end: 16 });
    const replaced = found ? text.slice(0, found.start) + 'Silakan lapor di lapor.go.id' + text.slice(found.end) : text;
    expect(replaced).toBe('Halo Kak,\u00A0Silakan lapor di lapor.go.id dan terima kasih');
  });
});

function tpl(over: Partial<Template> & { id: string }): Template {
  return {
    title: over.id,
    body: 'Isi',
    category: 'sapaan',
    tags: [],
    platforms: [],
    language: 'id',
    favorite: false,
    usageCount: 0,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

describe('matchShortcut', () => {
  const templates = [
    tpl({ id: 'hoaks', shortcut: '/hoaks' }),
    tpl({ id: 'lapor', shortcut: '/lapor' }),
    tpl({ id: 'dm-fb', shortcut: '/dm', platforms: ['facebook'] }),
    tpl({ id: 'dm-x', shortcut: '/dm', platforms: ['x'] }),
    tpl({ id: 'maaf-a', shortcut: '/maaf', usageCount: 3 }),
    tpl({ id: 'maaf-b', shortcut: '/maaf', usageCount: 9 }),
    tpl({ id: 'maaf-fav', shortcut: '/maaf', favorite: true, usageCount: 1, platforms: ['instagram'] }),
    tpl({ id: 'none' }),
  ];

  it.each<[string, { platform?: 'x' | 'facebook' | 'instagram' }, string | null]>([
    ['/hoaks', {}, 'hoaks'],
    ['/HOAKS', {}, 'hoaks'],
    ['hoaks', {}, 'hoaks'],
    ['/hoak', {}, null],
    ['/hoaks-lama', {}, null],
    ['/', {}, null],
    ['', {}, null],
    ['/dm', { platform: 'x' }, 'dm-x'],
    ['/dm', { platform: 'facebook' }, 'dm-fb'],
    ['/dm', { platform: 'instagram' }, null],
    ['/maaf', { platform: 'x' }, 'maaf-b'],
    ['/maaf', { platform: 'instagram' }, 'maaf-fav'],
    ['/maaf', {}, 'maaf-fav'],
  ])('%j %j → %s', (shortcut, opts, id) => {
    expect(matchShortcut(templates, shortcut, opts)?.id ?? null).toBe(id);
  });
});
