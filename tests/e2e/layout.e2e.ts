import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness, type PlaygroundPlatform } from './harness';

// Pranata never changes the site's layout: on every playground page, in both languages and at two
// window sizes, the site's key boxes have the same size and position with the extension on as in
// the same browser without it, and no badge of Pranata's covers one of them.

const AGENCY = 'humaskotacontoh';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];
const LANGS = ['id', 'en'] as const;

/** Key boxes of each page (the playground's own markup), by a name for the failure message. */
const PAGES: { platform: PlaygroundPlatform; path: string; boxes: Record<string, string> }[] = [
  {
    platform: 'x',
    path: '/home',
    boxes: { navigation: 'nav[role="navigation"]', composer: '[data-testid="tweetTextarea_0"]', send: '[data-testid="tweetButtonInline"]', posts: '[data-testid="cellInnerDiv"]' },
  },
  {
    platform: 'x',
    path: '/sitirahma_/status/1867455500000000202',
    boxes: { navigation: 'nav[role="navigation"]', composer: '[data-testid="tweetTextarea_0"]', send: '[data-testid="tweetButtonInline"]', posts: 'article[data-testid="tweet"]' },
  },
  {
    platform: 'facebook',
    path: '/',
    boxes: { navigation: '[role="banner"] nav', posts: 'div[role="article"][aria-posinset]', comments: '.fb-comments', composer: '[data-lexical-editor="true"]', send: '.fb-send' },
  },
  {
    platform: 'instagram',
    path: '/',
    boxes: { navigation: '[role="navigation"]', posts: 'article', composer: 'textarea', send: '.ig-post-button' },
  },
  {
    platform: 'instagram',
    path: '/p/C9xAbC12dEf/',
    // The citizens' comments (the caption is the list's first row: the badge sits after its date).
    boxes: { navigation: '[role="navigation"]', media: '.ig-post-media', comments: '.ig-comment:not(.ig-caption-item)', composer: 'textarea', send: '.ig-post-button' },
  },
];

type Rect = [number, number, number, number];

async function boxesOf(page: Page, boxes: Record<string, string>): Promise<Record<string, Rect[]>> {
  return page.evaluate((sels) => {
    const out: Record<string, [number, number, number, number][]> = {};
    for (const [name, sel] of Object.entries(sels)) {
      out[name] = Array.from(document.querySelectorAll(sel)).map((el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
      });
    }
    return out;
  }, boxes);
}

async function badgeRects(page: Page): Promise<Rect[]> {
  return page.getByTestId('pranata-post-badge').evaluateAll((els) =>
    els
      .filter((e) => !(e as HTMLElement).hidden)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return [r.left, r.top, r.width, r.height] as [number, number, number, number];
      }),
  );
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

let on: Harness;
let off: Harness;

beforeAll(async () => {
  on = await launchExtension();
  off = await launchExtension({ withExtension: false });
  const options = await on.openExtensionPage('options.html');
  await options.evaluate(async (handle) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    await runtime.sendMessage({
      type: 'settings.update',
      payload: { patch: { accounts: ['x', 'facebook', 'instagram'].map((platform) => ({ platform, handle, role: 'own' })) } },
    });
  }, AGENCY);
  await options.close();
});
afterAll(async () => {
  await on?.close();
  await off?.close();
});

describe.each(SIZES)('at $width×$height', (size) => {
  describe.each(LANGS)('UI language %s', (lang) => {
    it.each(PAGES)('$platform $path: the same key boxes with Pranata on and off, none covered by a badge', async (p) => {
      const withIt = await on.openPlatform(p.platform, p.path, lang);
      const without = await off.openPlatform(p.platform, p.path, lang);
      try {
        await withIt.setViewportSize(size);
        await without.setViewportSize(size);
        // The own posts' badges are drawn once the page was scanned and the summaries came back.
        if (p.boxes.posts || p.boxes.media) await expect.poll(() => badgeRects(withIt).then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(0);
        const a = await boxesOf(withIt, p.boxes);
        const b = await boxesOf(without, p.boxes);
        for (const name of Object.keys(p.boxes)) expect(b[name]?.length, `${name} found`).toBeGreaterThan(0);
        expect(a).toEqual(b);
        const badges = await badgeRects(withIt);
        for (const [name, rects] of Object.entries(a)) {
          if (name === 'posts') continue; // a badge belongs on its post (after its date, or on its bottom edge)
          for (const r of rects) for (const badge of badges) expect(overlaps(badge, r), `a badge covers ${name}`).toBe(false);
        }
      } finally {
        await withIt.close();
        await without.close();
      }
    });
  });
});
