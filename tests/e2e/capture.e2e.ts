import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchEditorsBrowser, type EditorsBrowser, type EditorsPage } from './editors-browser';
import type { PlaygroundPlatform } from './harness';

// "Rekam struktur halaman" on the playground pages, in Chromium, both UI languages: the capture
// of a live page holds none of the page's names, handles, ids or texts, and the adapters, run on
// the capture (at the capture's own address shape), find the same composers, send controls,
// targets, times and counts as on the page.

let browser: EditorsBrowser;
let current: EditorsPage | null = null;

beforeAll(async () => {
  browser = await launchEditorsBrowser('tests/e2e/capture-bundle.ts');
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await current?.page.close();
  current = null;
});

const PAGES: { platform: PlaygroundPlatform; path: string }[] = [
  { platform: 'x', path: '/home' },
  { platform: 'x', path: '/sitirahma_/status/1867455500000000202' },
  { platform: 'facebook', path: '/' },
  { platform: 'instagram', path: '/' },
  { platform: 'instagram', path: '/p/C9xAbC12dEf/' },
  { platform: 'instagram', path: '/reel/C9rEeL78uIo/' },
];
const CASES = PAGES.flatMap((c) => (['id', 'en'] as const).map((lang) => ({ ...c, lang, label: `${c.platform} ${c.path} (${lang})` })));

interface Result {
  before: unknown;
  after: unknown;
  composers: number;
  posts: number;
  personal: string[];
  leaked: string[];
  leakedPersonal: string[];
  truncated: boolean;
}

describe('page capture of the playground pages', () => {
  it.each(CASES)('$label', async (c) => {
    const p = (current = await browser.open(c.platform, c.path, c.lang));
    // let the page's lazy parts (counts, comments) render
    await p.page.waitForTimeout(300);
    const r = await p.run<Result>(
      `const C = globalThis.__pranataCaptureTest;
       const ui = new Set(C.uiWords);
       // relative times ("5 mnt") are read against the clock of each read: compare them to the minute
       const minute = (t) => (t == null ? null : Math.round(t / 60000));
       const read = (doc) => {
         const adapter = A.adapterForHost(location.hostname);
         const composers = adapter.findComposers(doc).map((c) => ({
           kind: c.kind, editor: c.editor,
           send: c.sendButton ? (c.sendButton.getAttribute('aria-label') || c.sendButton.getAttribute('data-testid') || c.sendButton.textContent.trim()) : null,
           target: c.target ? { kind: c.target.kind, postedAt: minute(c.target.postedAt) } : null,
         }));
         const posts = adapter.findPosts(doc).map((p) => ({ counts: p.counts, postedAt: minute(p.postedAt) }));
         return { composers, posts, problems: adapter.problems().map((x) => x.code) };
       };
       const adapter = A.adapterForHost(location.hostname);
       const personal = [];
       for (const p of adapter.findPosts(document)) personal.push(p.id, p.authorName ?? '', p.authorHandle ?? '');
       for (const c of adapter.findComposers(document)) if (c.target) personal.push(c.target.id, c.target.authorName ?? '', c.target.authorHandle ?? '');
       const wordsOf = (doc) => {
         const texts = [];
         const w = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
         for (let n = w.nextNode(); n; n = w.nextNode()) texts.push(n.nodeValue ?? '');
         for (const el of doc.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-placeholder]'))
           for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-placeholder']) texts.push(el.getAttribute(a) ?? '');
         return new Set((texts.join(' ').match(/\\p{L}{4,}/gu) ?? []).map((x) => x.toLowerCase()));
       };
       const before = read(document);
       const cap = C.capturePage(document, { url: location.href, platform: args.platform, capturedAt: new Date() });
       const parsed = new DOMParser().parseFromString(cap.html, 'text/html');
       const capWords = wordsOf(parsed);
       const leaked = [...wordsOf(document)].filter((x) => !ui.has(x) && capWords.has(x));
       const lower = cap.html.toLowerCase();
       const leakedPersonal = personal.filter((s) => s.length >= 3 && lower.includes(s.toLowerCase()));
       // load the capture as a maintainer would: in place of the page, at its own (shaped) address
       // (the adapters read the address through the document, which a parsed one lacks)
       const shaped = new URL(parsed.querySelector('meta[name="fixture-url"]').content);
       history.replaceState(null, '', shaped.pathname + shaped.search);
       const root = document.documentElement;
       for (const a of Array.from(root.attributes)) root.removeAttribute(a.name);
       for (const a of Array.from(parsed.documentElement.attributes)) root.setAttribute(a.name, a.value);
       root.replaceChildren(...Array.from(parsed.documentElement.childNodes).map((n) => document.adoptNode(n)));
       const after = read(document);
       return { before, after, composers: before.composers.length, posts: before.posts.length, personal, leaked, leakedPersonal, truncated: cap.truncated };`,
      { platform: c.platform },
    );
    expect(r.composers + r.posts).toBeGreaterThan(0);
    expect(r.personal.length).toBeGreaterThan(0);
    expect(r.truncated).toBe(false);
    expect(r.leakedPersonal).toEqual([]);
    expect(r.leaked).toEqual([]);
    expect(r.after).toEqual(r.before);
  });
});
