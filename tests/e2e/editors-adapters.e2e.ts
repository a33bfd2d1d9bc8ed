import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchEditorsBrowser, type EditorsBrowser, type EditorsPage } from './editors-browser';
import type { PlaygroundPlatform } from './harness';

// The insertion path as the overlay runs it, from an isolated world: the platform adapter finds
// every composer on a playground page (and says which editor it is), editors.ts puts a reply in,
// and the page's own editor state (window.__playground) must hold it. Both UI languages.

let browser: EditorsBrowser;
let current: EditorsPage | null = null;

beforeAll(async () => {
  browser = await launchEditorsBrowser('tests/e2e/editors-adapters-bundle.ts');
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const errors = current?.errors ?? [];
  await current?.page.close();
  current = null;
  expect(errors).toEqual([]);
});

interface PageCase {
  platform: PlaygroundPlatform;
  path: string;
  /** Opens more composers first (a reply modal, a reply-to-comment box). */
  prepare?: (p: EditorsPage, lang: 'id' | 'en') => Promise<void>;
  /** How many composers the adapter must find. */
  composers: number;
}

const PAGES: PageCase[] = [
  { platform: 'x', path: '/home', composers: 1 },
  {
    platform: 'x',
    path: '/home',
    composers: 2,
    prepare: async (p) => {
      await p.page.locator('article[data-testid="tweet"]', { hasText: 'lampu jalan' }).locator('[data-testid="reply"]').click();
      await p.page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
    },
  },
  { platform: 'x', path: '/sitirahma_/status/1867455500000000202', composers: 1 },
  { platform: 'facebook', path: '/', composers: 4 },
  {
    platform: 'facebook',
    path: '/',
    composers: 5,
    prepare: async (p, lang) => {
      await p.page.locator('[role="article"][aria-label*="Siti"]').getByRole('button', { name: lang === 'id' ? 'Balas' : 'Reply' }).click();
      await p.page.waitForSelector('[data-lexical-editor="true"][aria-label*="Humas Kota Contoh"]');
    },
  },
  { platform: 'instagram', path: '/', composers: 4 },
  { platform: 'instagram', path: '/p/C9xAbC12dEf/', composers: 1 },
  { platform: 'instagram', path: '/reel/C9rEeL78uIo/', composers: 1 },
];

const CASES = PAGES.flatMap((c) => (['id', 'en'] as const).map((lang) => ({ ...c, lang, label: `${c.platform} ${c.path}${c.prepare ? ' (+ opened box)' : ''} (${lang})` })));

const READERS = {
  draft: 'draftText',
  lexical: 'lexicalText',
  textarea: 'textareaValue',
  contenteditable: 'contenteditableText',
} as const;

describe('adapter-found composers take text from editors.ts', () => {
  it.each(CASES)('$label', async (c) => {
    const p = (current = await browser.open(c.platform, c.path, c.lang));
    await c.prepare?.(p, c.lang);
    const results = await p.run<Array<{ editor: keyof typeof READERS; ok: boolean; text: string }>>(
      `const adapter = A.adapterForHost(location.hostname);
       const out = [];
       const composers = adapter.findComposers(document);
       for (const [i, c] of composers.entries()) {
         const text = 'Terima kasih, Kak 🌸 #' + i + '\\nSalam, Humas';
         const res = await E.insertText(c.element, c.editor, text);
         out.push({ editor: c.editor, ok: res.ok, text });
       }
       return out;`,
    );
    expect(results.length).toBe(c.composers);
    for (const r of results) expect(r.ok).toBe(true);
    // Every text is in exactly one editor's own state.
    const states = await p.page.evaluate((readers) => {
      const all: string[] = [];
      for (const [kind, reader] of Object.entries(readers)) {
        const n = window.__playground.editorCount(kind as 'draft' | 'lexical' | 'textarea' | 'contenteditable');
        for (let i = 0; i < n; i++) all.push(window.__playground[reader](i));
      }
      return all;
    }, READERS);
    for (const r of results) {
      // innerText-based state of a plain box has no blank lines here, so the texts compare exactly.
      expect(states.filter((s) => s === r.text)).toHaveLength(1);
    }
  });
});
