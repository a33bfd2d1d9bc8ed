import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EditorKind } from '@/lib/platforms/types';
import type { InsertResult } from '@/lib/platforms/editors';
import { launchEditorsBrowser, type EditorsBrowser, type EditorsPage } from './editors-browser';
import type { PlaygroundPlatform } from './harness';

// lib/platforms/editors/ against the REAL editors of the playground (draft-js, lexical, a
// React-controlled textarea, a plain contenteditable), run from an isolated world like a content
// script. Every result is checked through the editor's OWN state (window.__playground readers).

type StateReader = 'draftText' | 'lexicalText' | 'textareaValue' | 'contenteditableText';

interface EditorCase {
  name: string;
  kind: EditorKind;
  platform: PlaygroundPlatform;
  path: string;
  /** Selects exactly the editors read by `state`, in the same (document) order. */
  selector: string;
  state: StateReader;
  /** How the page's own reading differs from what the admin sees, if it does. */
  normaliseState?: (s: string) => string;
}

const EDITORS: EditorCase[] = [
  {
    name: 'Draft.js (X thread reply)',
    kind: 'draft',
    platform: 'x',
    path: '/sitirahma_/status/1867455500000000202',
    selector: '[data-testid="tweetTextarea_0"]',
    state: 'draftText',
  },
  {
    name: 'Lexical (Facebook comment box)',
    kind: 'lexical',
    platform: 'facebook',
    path: '/',
    selector: '[data-lexical-editor="true"]',
    state: 'lexicalText',
  },
  {
    name: 'React textarea (Instagram post)',
    kind: 'textarea',
    platform: 'instagram',
    path: '/p/C9xAbC12dEf/',
    selector: 'textarea',
    state: 'textareaValue',
  },
  {
    name: 'plain contenteditable (Instagram reel)',
    kind: 'contenteditable',
    platform: 'instagram',
    path: '/reel/C9rEeL78uIo/',
    selector: '[role="textbox"][contenteditable="true"]',
    state: 'contenteditableText',
    // The reel box's state is its innerText, which (per spec) counts an empty
    // <div><br></div> line twice: "b\n\n\nc" for b / (empty line) / c.
    normaliseState: (s) => s.replace(/\n\n\n/g, '\n\n'),
  },
];

const MULTI_LINE = 'Halo Kak Siti 🌸\nTerima kasih atas laporannya 🙏🏽\n\n— Humas Kota Contoh 👨‍👩‍👧';

let browser: EditorsBrowser;
let current: EditorsPage | null = null;

beforeAll(async () => {
  browser = await launchEditorsBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  // No case may break the page: no uncaught errors, no console errors.
  const errors = current?.errors ?? [];
  await current?.page.close();
  current = null;
  expect(errors).toEqual([]);
});

async function open(platform: PlaygroundPlatform, path: string, lang: 'id' | 'en' = 'id'): Promise<EditorsPage> {
  current = await browser.open(platform, path, lang);
  return current;
}

function state(p: EditorsPage, reader: StateReader, index = 0): Promise<string> {
  return p.page.evaluate(([r, i]) => window.__playground[r](i), [reader, index] as const);
}

/** The editor's own state for an EDITORS case (first editor of its kind). */
async function st(p: EditorsPage, c: EditorCase): Promise<string> {
  const raw = await state(p, c.state);
  return c.normaliseState ? c.normaliseState(raw) : raw;
}

function insert(p: EditorsPage, c: Pick<EditorCase, 'selector' | 'kind'>, text: string, index = 0): Promise<InsertResult> {
  return p.run('return E.insertText(pick(args.selector, args.index), args.kind, args.text);', { ...c, text, index });
}

function replace(p: EditorsPage, c: Pick<EditorCase, 'selector' | 'kind'>, start: number, end: number, text: string, index = 0): Promise<InsertResult> {
  return p.run('return E.replaceRange(pick(args.selector, args.index), args.kind, args.start, args.end, args.text);', {
    ...c,
    start,
    end,
    text,
    index,
  });
}

function readText(p: EditorsPage, c: Pick<EditorCase, 'selector' | 'kind'>, index = 0): Promise<string> {
  return p.run('return E.readText(pick(args.selector, args.index), args.kind);', { ...c, index });
}

/** The admin's caret leaves the editor (e.g. a click in the overlay): no selection inside it. */
async function blurEditor(p: EditorsPage): Promise<void> {
  await p.page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.getSelection()?.removeAllRanges();
  });
}

async function clickEditor(p: EditorsPage, c: EditorCase, index = 0): Promise<void> {
  await p.page.locator(c.selector).nth(index).click();
}

async function clipboard(p: EditorsPage): Promise<string> {
  return p.page.evaluate(() => navigator.clipboard.readText());
}

async function resetClipboard(p: EditorsPage): Promise<void> {
  await p.page.evaluate(() => navigator.clipboard.writeText('(clipboard untouched)'));
}

describe.each(EDITORS)('$name', (c) => {
  it('empty editor: multi-line text with emoji lands in the editor state', async () => {
    const p = await open(c.platform, c.path);
    expect(await st(p, c)).toBe('');
    const res = await insert(p, c, MULTI_LINE);
    expect(res).toEqual({ ok: true, text: MULTI_LINE });
    expect(await st(p, c)).toBe(MULTI_LINE);
    expect(await readText(p, c)).toBe(MULTI_LINE);
  });

  it('empty editor: one line, then keyboard typing continues after it', async () => {
    const p = await open(c.platform, c.path);
    const res = await insert(p, c, 'Terima kasih 🙏');
    expect(res.ok).toBe(true);
    await p.page.keyboard.type(' ya, Kak');
    expect(await st(p, c)).toBe('Terima kasih 🙏 ya, Kak');
  });

  it('non-empty editor: inserts at the caret, at the start and in the middle', async () => {
    const p = await open(c.platform, c.path);
    await clickEditor(p, c);
    await p.page.keyboard.type('Terima kasih');
    await p.page.keyboard.press('Home');
    expect((await insert(p, c, 'Halo, ')).ok).toBe(true);
    expect(await st(p, c)).toBe('Halo, Terima kasih');
    // Caret between "Terima" and " kasih".
    await p.page.keyboard.press('End');
    for (let i = 0; i < ' kasih'.length; i++) await p.page.keyboard.press('ArrowLeft');
    expect((await insert(p, c, ' 🌸 banyak')).ok).toBe(true);
    expect(await st(p, c)).toBe('Halo, Terima 🌸 banyak kasih');
    await p.page.keyboard.type('!');
    expect(await st(p, c)).toBe('Halo, Terima 🌸 banyak! kasih');
  });

  it('non-empty editor with a selection: the selected text is replaced', async () => {
    const p = await open(c.platform, c.path);
    await clickEditor(p, c);
    await p.page.keyboard.type('Halo Bapak');
    await p.page.keyboard.down('Shift');
    for (let i = 0; i < 'Bapak'.length; i++) await p.page.keyboard.press('ArrowLeft');
    await p.page.keyboard.up('Shift');
    expect(await insert(p, c, 'Kak Siti 🌸')).toEqual({ ok: true, text: 'Halo Kak Siti 🌸' });
    expect(await st(p, c)).toBe('Halo Kak Siti 🌸');
  });

  it('no selection inside the editor: appends at the end, multi-line', async () => {
    const p = await open(c.platform, c.path);
    await clickEditor(p, c);
    await p.page.keyboard.type('Halo Kak');
    await blurEditor(p);
    const res = await insert(p, c, ' 🌸\nSalam,\nHumas');
    expect(res.ok).toBe(true);
    expect(await st(p, c)).toBe('Halo Kak 🌸\nSalam,\nHumas');
    await p.page.keyboard.type(' Kota');
    expect(await st(p, c)).toBe('Halo Kak 🌸\nSalam,\nHumas Kota');
  });

  it('replaceRange: a word, a range across lines, and a deletion', async () => {
    const p = await open(c.platform, c.path);
    expect((await insert(p, c, MULTI_LINE)).ok).toBe(true);
    let text = MULTI_LINE;

    const kasih = text.indexOf('kasih');
    let res = await replace(p, c, kasih, kasih + 'kasih'.length, 'kasih banyak');
    text = text.slice(0, kasih) + 'kasih banyak' + text.slice(kasih + 5);
    expect(res).toEqual({ ok: true, text });
    expect(await st(p, c)).toBe(text);

    // From "Siti 🌸" to "Terima": across a line break.
    const from = text.indexOf('Siti');
    const to = text.indexOf('Terima');
    res = await replace(p, c, from, to, 'Kak 😊 ');
    text = text.slice(0, from) + 'Kak 😊 ' + text.slice(to);
    expect(res).toEqual({ ok: true, text });
    expect(await st(p, c)).toBe(text);

    const word = text.indexOf(' atas laporannya');
    res = await replace(p, c, word, word + ' atas laporannya'.length, '');
    text = text.slice(0, word) + text.slice(word + ' atas laporannya'.length);
    expect(res).toEqual({ ok: true, text });
    expect(await st(p, c)).toBe(text);
    await p.page.keyboard.type('!');
    expect(await st(p, c)).toBe(text.slice(0, word) + '!' + text.slice(word));
  });

  it('rangeRects: a word sits inside the editor box, a range over two lines gives two rows', async () => {
    const p = await open(c.platform, c.path);
    expect((await insert(p, c, 'Halo Kak\nTerima kasih')).ok).toBe(true);
    const out = await p.run<{ box: { left: number; top: number; right: number; bottom: number }; word: Array<{ x: number; y: number; w: number; h: number }>; two: number[] }>(
      `const el = pick(args.selector);
       const box = el.getBoundingClientRect();
       const rects = (s, e) => E.rangeRects(el, args.kind, s, e);
       return {
         box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
         word: rects(5, 8).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
         two: [...new Set(rects(5, 15).map((r) => Math.round(r.y)))],
       };`,
      { selector: c.selector, kind: c.kind },
    );
    expect(out.word.length).toBeGreaterThanOrEqual(1);
    for (const r of out.word) {
      expect(r.w).toBeGreaterThan(5);
      expect(r.x).toBeGreaterThanOrEqual(out.box.left - 1);
      expect(r.x + r.w).toBeLessThanOrEqual(out.box.right + 1);
      expect(r.y).toBeGreaterThanOrEqual(out.box.top - 1);
      expect(r.y + r.h).toBeLessThanOrEqual(out.box.bottom + 1);
    }
    expect(out.two.length).toBe(2);
  });

  it('the site send button takes the inserted text and empties the editor', async () => {
    const p = await open(c.platform, c.path);
    expect((await insert(p, c, 'Siap, Kak 🙏')).ok).toBe(true);
    const send = {
      x: '[data-testid="tweetButtonInline"]',
      facebook: '[aria-label="Posting komentar"]', // the real Indonesian send control (facebook-id-posting-komentar)
      instagram: 'text=Kirim',
      youtube: 'ytd-commentbox #submit-button button', // youtube-watch-commentbox-selectors-2025-ko.txt
    }[c.platform];
    await p.page.locator(send).first().click();
    const sent = await p.page.evaluate(() => window.__playground.sent.map((s) => [s.platform, s.text]));
    expect(sent).toEqual([[c.platform, 'Siap, Kak 🙏']]);
    expect(await st(p, c)).toBe('');
  });
});

describe('composers in other places', () => {
  it('X reply modal (Balas on a timeline post): Draft.js inside [role="dialog"]', async () => {
    const p = await open('x', '/home');
    const target = p.page.locator('article[data-testid="tweet"]', { hasText: 'lampu jalan' });
    await target.locator('[data-testid="reply"]').click();
    await p.page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
    expect(new URL(p.page.url()).pathname).toBe('/compose/post');
    const dialogEditor = { selector: '[role="dialog"] [data-testid="tweetTextarea_0"]', kind: 'draft' as const };
    expect(await insert(p, dialogEditor, 'Halo Kak Siti 🌸\nSudah kami teruskan.')).toEqual({ ok: true, text: 'Halo Kak Siti 🌸\nSudah kami teruskan.' });
    // Home composer is draft #0, the modal's is #1.
    expect(await state(p, 'draftText', 1)).toBe('Halo Kak Siti 🌸\nSudah kami teruskan.');
    expect(await state(p, 'draftText', 0)).toBe('');
    await p.page.locator('[data-testid="tweetButton"]').click();
    expect(await p.page.evaluate(() => window.__playground.sent.map((s) => s.text))).toEqual(['Halo Kak Siti 🌸\nSudah kami teruskan.']);
  });

  it('X home composer (new post)', async () => {
    const p = await open('x', '/home', 'en');
    const c = { selector: '[data-testid="tweetTextarea_0"]', kind: 'draft' as const };
    expect((await insert(p, c, 'Info: pemadaman air 🚰 Sabtu.')).ok).toBe(true);
    expect(await state(p, 'draftText', 0)).toBe('Info: pemadaman air 🚰 Sabtu.');
  });

  it('Facebook reply to a comment: "Balas" opens a Lexical box under that comment', async () => {
    const p = await open('facebook', '/');
    const comment = p.page.locator('[role="article"][aria-label^="Komentar oleh Siti"]');
    await comment.getByRole('button', { name: 'Balas' }).click();
    const box = '[data-lexical-editor="true"][aria-label="Balas sebagai Humas Kota Contoh"]';
    await p.page.waitForSelector(box);
    const index = await p.page.evaluate((sel) => [...document.querySelectorAll('[data-lexical-editor="true"]')].indexOf(document.querySelector(sel) as Element), box);
    expect(await insert(p, { selector: box, kind: 'lexical' }, 'Bisa, Kak Siti 🌸\nBawa KK lama ya.')).toEqual({ ok: true, text: 'Bisa, Kak Siti 🌸\nBawa KK lama ya.' });
    expect(await state(p, 'lexicalText', index)).toBe('Bisa, Kak Siti 🌸\nBawa KK lama ya.');
    // Enter sends, as on facebook.com.
    await p.page.keyboard.press('Enter');
    expect(await p.page.evaluate(() => window.__playground.sent.map((s) => s.text))).toEqual(['Bisa, Kak Siti 🌸\nBawa KK lama ya.']);
    expect(await state(p, 'lexicalText', index)).toBe('');
  });

  it('Instagram "Balas" fills in "@handle " and the insertion goes after it', async () => {
    const p = await open('instagram', '/p/C9xAbC12dEf/', 'en');
    await p.page.locator('li', { hasText: 'sitirahma_' }).getByRole('button', { name: 'Reply' }).click();
    expect(await state(p, 'textareaValue')).toBe('@sitirahma_ ');
    const c = { selector: 'textarea', kind: 'textarea' as const };
    expect(await insert(p, c, 'bisa, Kak 🌸')).toEqual({ ok: true, text: '@sitirahma_ bisa, Kak 🌸' });
    expect(await state(p, 'textareaValue')).toBe('@sitirahma_ bisa, Kak 🌸');
  });

  it('textarea: execCommand keeps the native undo stack (Ctrl+Z takes the insertion back)', async () => {
    const p = await open('instagram', '/p/C9xAbC12dEf/');
    const c = { selector: 'textarea', kind: 'textarea' as const };
    await p.page.locator('textarea').click();
    await p.page.keyboard.type('Halo ');
    expect((await insert(p, c, 'Kak 🌸')).ok).toBe(true);
    await p.page.keyboard.press('Control+z');
    expect(await state(p, 'textareaValue')).toBe('Halo ');
  });

  it('Lexical: its own history undoes the insertion (Ctrl+Z)', async () => {
    const p = await open('facebook', '/');
    const c = { selector: '[data-lexical-editor="true"]', kind: 'lexical' as const };
    await p.page.locator(c.selector).first().click();
    await p.page.keyboard.type('Halo');
    await p.page.waitForTimeout(1100); // HistoryPlugin merges edits less than 1 s apart
    expect((await insert(p, c, ' Kak 🌸\nSalam')).ok).toBe(true);
    await p.page.keyboard.press('Control+z');
    expect(await state(p, 'lexicalText')).toBe('Halo');
  });
});

describe('why Draft.js only gets a paste', () => {
  it('execCommand("insertText") into the EMPTY Draft composer takes the page down; editors.ts on the same page does not', async () => {
    const p = await open('x', '/sitirahma_/status/1867455500000000202');
    const c = { selector: '[data-testid="tweetTextarea_0"]', kind: 'draft' as const };
    expect((await insert(p, c, 'Halo 🌸')).ok).toBe(true);
    expect(p.errors).toEqual([]);
    await p.page.reload();
    await p.page.waitForSelector(c.selector);
    // What a naive content script would do:
    await p.page.evaluate((sel) => {
      document.querySelector<HTMLElement>(sel)?.focus();
      document.execCommand('insertText', false, 'Halo');
    }, c.selector);
    await p.page.waitForTimeout(300);
    expect(p.errors.some((e) => e.startsWith('pageerror:'))).toBe(true);
    expect(await p.page.locator('article[data-testid="tweet"]').count()).toBe(0); // React unmounted the page
    p.errors.length = 0; // expected here; every other case asserts none
  });
});

describe('mismatch and not editable: nothing half-done, the text goes to the clipboard', () => {
  interface Refusal {
    name: string;
    platform: PlaygroundPlatform;
    selector: string;
    kind: EditorKind;
    state: StateReader;
    stateIndex: number;
    /** Typed first (to check a non-empty editor is restored exactly). */
    typed: string;
    text: string;
    reason: 'mismatch' | 'not-editable';
    /** The state expected afterwards, when it is not the state before. */
    after?: string;
  }
  const REFUSALS: Refusal[] = [
    { name: 'Draft.js whose state refuses every change', platform: 'x', selector: '[data-lab="draft-reject"] [contenteditable="true"]', kind: 'draft', state: 'draftText', stateIndex: 1, typed: '', text: 'Halo Kak 🌸', reason: 'mismatch' },
    { name: 'Draft.js that drops emoji (partial change, undone)', platform: 'x', selector: '[data-lab="draft-strip-emoji"] [contenteditable="true"]', kind: 'draft', state: 'draftText', stateIndex: 2, typed: 'Halo ', text: 'Kak Siti 🌸', reason: 'mismatch' },
    // Undo would also take "Halo " (typed just before): the insertion is redone instead, nothing the admin typed is lost.
    { name: 'Draft.js that drops emoji, undo merged with typing (redone, typing kept)', platform: 'x', selector: '[data-lab="draft-strip-emoji-merging"] [contenteditable="true"]', kind: 'draft', state: 'draftText', stateIndex: 3, typed: 'Halo ', text: 'Kak Siti 🌸', reason: 'mismatch', after: 'Halo Kak Siti ' },
    { name: 'Lexical whose commands swallow every insertion', platform: 'facebook', selector: '[data-lab="lexical-reject"] [data-lexical-editor="true"]', kind: 'lexical', state: 'lexicalText', stateIndex: 1, typed: '', text: 'Halo Kak 🌸\nSalam', reason: 'mismatch' },
    { name: 'Lexical that drops emoji (partial change, undone)', platform: 'facebook', selector: '[data-lab="lexical-strip-emoji"] [data-lexical-editor="true"]', kind: 'lexical', state: 'lexicalText', stateIndex: 2, typed: 'Halo ', text: 'Kak Siti 🌸', reason: 'mismatch' },
    { name: 'Lexical read-only', platform: 'facebook', selector: '[data-lab="lexical-read-only"] [data-lexical-editor="true"]', kind: 'lexical', state: 'lexicalText', stateIndex: 3, typed: '', text: 'Halo', reason: 'not-editable' },
    { name: 'React textarea whose onChange ignores edits', platform: 'instagram', selector: '[data-lab="textarea-reject"] textarea', kind: 'textarea', state: 'textareaValue', stateIndex: 1, typed: '', text: 'Halo Kak 🌸', reason: 'mismatch' },
    { name: 'React textarea with maxLength 20 (cut, undone)', platform: 'instagram', selector: '[data-lab="textarea-max-length"] textarea', kind: 'textarea', state: 'textareaValue', stateIndex: 2, typed: 'Halo ', text: 'Kak Siti, terima kasih banyak 🌸', reason: 'mismatch' },
    { name: 'disabled textarea', platform: 'instagram', selector: '[data-lab="textarea-disabled"] textarea', kind: 'textarea', state: 'textareaValue', stateIndex: 3, typed: '', text: 'Halo', reason: 'not-editable' },
    { name: 'plain contenteditable that refuses every change', platform: 'x', selector: '[data-lab="plain-reject"] [role="textbox"]', kind: 'contenteditable', state: 'contenteditableText', stateIndex: 1, typed: '', text: 'Halo Kak 🌸', reason: 'mismatch' },
    { name: 'non-editable box', platform: 'x', selector: '[data-lab="not-editable"] [role="textbox"]', kind: 'contenteditable', state: 'contenteditableText', stateIndex: 0, typed: '', text: 'Halo', reason: 'not-editable' },
  ];

  it.each(REFUSALS)('$name → ok:false ($reason), state unchanged, text on the clipboard', async (r) => {
    const p = await open(r.platform, '/__lab');
    await resetClipboard(p);
    if (r.typed) {
      await p.page.locator(r.selector).click();
      await p.page.keyboard.type(r.typed);
    }
    const before = r.reason === 'not-editable' && r.kind === 'contenteditable' ? null : await state(p, r.state, r.stateIndex);
    expect(before ?? '').toBe(r.typed);
    const res = await insert(p, r, r.text);
    expect(res).toEqual({ ok: false, reason: r.reason, copied: true });
    expect(await clipboard(p)).toBe(r.text);
    if (before !== null) expect(await state(p, r.state, r.stateIndex)).toBe(r.after ?? before);
  });

  it('replaceRange with offsets past the end of the draft (the draft changed): mismatch, nothing changed', async () => {
    const p = await open('instagram', '/p/C9xAbC12dEf/');
    await resetClipboard(p);
    const c = { selector: 'textarea', kind: 'textarea' as const };
    expect((await insert(p, c, 'Halo')).ok).toBe(true);
    expect(await replace(p, c, 2, 40, 'Kak')).toEqual({ ok: false, reason: 'mismatch', copied: true });
    expect(await state(p, 'textareaValue')).toBe('Halo');
    expect(await clipboard(p)).toBe('Kak');
  });

  it('a good editor after a refused one on the same page still works (lab Draft #0)', async () => {
    const p = await open('x', '/__lab');
    const bad = { selector: '[data-lab="draft-reject"] [contenteditable="true"]', kind: 'draft' as const };
    const good = { selector: '[data-lab="draft-normal"] [contenteditable="true"]', kind: 'draft' as const };
    expect((await insert(p, bad, 'x')).ok).toBe(false);
    expect(await insert(p, good, 'Halo 🌸')).toEqual({ ok: true, text: 'Halo 🌸' });
    expect(await state(p, 'draftText', 0)).toBe('Halo 🌸');
  });
});

describe('playground pages', () => {
  const ROUTES: Array<[PlaygroundPlatform, string, { id: string; en: string }]> = [
    ['x', '/home', { id: 'Apa yang sedang terjadi?', en: 'What’s happening?' }],
    ['x', '/sitirahma_/status/1867455500000000202', { id: 'Posting balasan Anda', en: 'Post your reply' }],
    ['x', '/humaskotacontoh', { id: 'Pengikut', en: 'Followers' }],
    ['x', '/compose/post', { id: 'Apa yang sedang terjadi?', en: 'What’s happening?' }],
    ['facebook', '/', { id: 'Tulis komentar…', en: 'Write a comment…' }],
    ['facebook', '/humaskotacontoh', { id: 'pengikut', en: 'followers' }],
    ['facebook', '/humaskotacontoh/posts/1029384756102938', { id: 'Semua reaksi:', en: 'All reactions:' }],
    ['instagram', '/', { id: 'Tambahkan komentar…', en: 'Add a comment…' }],
    ['instagram', '/p/C9xAbC12dEf/', { id: 'Balas', en: 'Reply' }],
    ['instagram', '/humaskotacontoh/', { id: 'pengikut', en: 'followers' }],
    ['instagram', '/reel/C9rEeL78uIo/', { id: 'Kirim', en: 'Post' }],
  ];
  const CASES = ROUTES.flatMap(([platform, path, words]) => (['id', 'en'] as const).map((lang) => ({ platform, path, lang, word: words[lang] })));

  it.each(CASES)('$platform $path ($lang) renders with its UI words and no errors', async ({ platform, path, lang, word }) => {
    const p = await open(platform, path, lang);
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const found = await p.page.evaluate((w) => {
      const texts = [document.body.innerText];
      for (const el of document.querySelectorAll('[aria-label], [placeholder], [aria-placeholder]')) {
        texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('aria-placeholder') ?? '');
      }
      return texts.some((t) => t.includes(w));
    }, word);
    expect(found).toBe(true);
  });

  it('X: exact counts in the action bar label, truncated compact text, zero and old posts', async () => {
    const p = await open('x', '/home');
    const read = () =>
      p.page.evaluate(() =>
        [...document.querySelectorAll('article[data-testid="tweet"]')].map((a) => ({
          group: a.querySelector('[role="group"]')?.getAttribute('aria-label') ?? null,
          like: a.querySelector('[data-testid="like"]')?.getAttribute('aria-label') ?? null,
          likeShown: a.querySelector('[data-testid="like"] [data-testid="app-text-transition-container"]')?.textContent ?? null,
          views: a.querySelector('a[href$="/analytics"]')?.getAttribute('aria-label') ?? null,
        })),
      );
    const id = await read();
    expect(id[0]).toEqual({ group: '48 balasan, 152 posting ulang, 553 suka, 9 markah, 30142 tayangan', like: '553 Suka. Suka', likeShown: '553', views: '30142 tayangan. Lihat analitik postingan' });
    expect(id[2]?.likeShown).toBe('25\u00a0rb');
    expect(id[3]).toEqual({ group: '3 tayangan', like: 'Suka', likeShown: null, views: '3 tayangan. Lihat analitik postingan' });
    expect(id[5]?.likeShown).toBe('8,8\u00a0rb');
    expect(id[6]?.views).toBeNull();
    expect(id[6]?.group).toBe('12 balasan, 30 posting ulang, 101 suka');
    await p.page.evaluate(() => window.__playground.navigate('/home?lang=en'));
    const en = await read();
    expect(en[0]?.group).toBe('48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views');
    expect(en[4]?.group).toBe('2 replies, 1 like, 1 view');
    expect(en[4]?.like).toBe('1 Like. Like');
    expect(en[5]?.likeShown).toBe('8.8K');
  });

  it('in-page navigation keeps the document and the language (links and __playground.navigate)', async () => {
    const p = await open('x', '/home', 'en');
    await p.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await p.page.locator('article[data-testid="tweet"]', { hasText: 'lampu jalan' }).locator('a[href*="/status/"]').first().click();
    await p.page.waitForSelector('[aria-label="Post text"]');
    const url = new URL(p.page.url());
    expect(url.pathname).toBe('/sitirahma_/status/1867455500000000202');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(await p.page.evaluate(() => [document.documentElement.lang, (window as unknown as { __sameDocument?: boolean }).__sameDocument])).toEqual(['en', true]);
    await p.page.evaluate(() => window.__playground.navigate('/humaskotacontoh'));
    await p.page.waitForSelector('[data-testid="UserName"]');
    expect(new URL(p.page.url()).searchParams.get('lang')).toBe('en');
    await p.page.goBack();
    await p.page.waitForSelector('[data-testid="tweetTextarea_0"]');
    expect(new URL(p.page.url()).pathname).toBe('/sitirahma_/status/1867455500000000202');
  });

  it('Instagram and Facebook headers: profile counts as the sites write them', async () => {
    const ig = await open('instagram', '/humaskotacontoh/');
    const items = await ig.page.evaluate(() => [...document.querySelectorAll('header ul li')].map((li) => li.textContent));
    expect(items).toEqual(['178 postingan', '12,3\u00a0rb pengikut', '892 mengikuti']);
    expect(await ig.page.getAttribute('a[href^="/humaskotacontoh/followers"] span[title]', 'title')).toBe('12.345');
    expect(ig.errors).toEqual([]);
    await ig.page.close();
    const fb = await open('facebook', '/humaskotacontoh', 'en');
    expect(await fb.page.locator('a[href^="/humaskotacontoh/followers"]').textContent()).toBe('12K followers');
    const first = fb.page.locator('[role="article"][aria-posinset="1"]');
    expect(await first.locator('.fb-reaction-count').textContent()).toBe('All reactions: 1.2K');
  });

  it('makes no request outside the three platform hosts', async () => {
    await open('x', '/home');
    const hosts = new Set(browser.requests.map((u) => new URL(u).hostname));
    for (const h of hosts) expect(['x.com', 'www.facebook.com', 'www.instagram.com']).toContain(h);
  });
});
