import type { Locator, Page } from 'playwright-core';
import type { PlaygroundPlatform } from './harness';

/**
 * The playground's reply boxes an admin answers in, each with how to open it and its send
 * control: in the sites' dialogs (X's reply dialog from the timeline, Facebook's post dialog,
 * Instagram's post modal) and on the plain pages. One table for the e2e files that walk them all
 * (keyboard, layering).
 */
export interface Place {
  name: string;
  platform: PlaygroundPlatform;
  path: string;
  /** Opens the reply box and returns the editor. */
  open(page: Page): Promise<Locator>;
  send(page: Page): Locator;
  /** The site's dialog the reply box is in, when it is in one. */
  dialog?: string;
}

/** The agency's handle on every playground site. */
export const AGENCY = 'humaskotacontoh';

/** How many replies the playground's sites have sent. */
export const sentCount = (page: Page): Promise<number> => page.evaluate(() => window.__playground.sent.length);

export const X_DIALOG: Place = {
  name: "X's reply dialog from the timeline",
  platform: 'x',
  path: '/home',
  async open(page) {
    await page.locator('[data-testid="reply"]').first().click();
    return page.locator('[role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]');
  },
  send: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]'),
  dialog: '[role="dialog"][aria-modal="true"]',
};

export const FB_DIALOG: Place = {
  // The post opened from the feed by its comment count (playground/src/facebook/PostDialog.tsx).
  name: "Facebook's post dialog from the feed",
  platform: 'facebook',
  path: '/',
  async open(page) {
    await page.locator('[role="article"][aria-posinset="1"] .fb-counts-right [role="button"]').first().click();
    return page.locator('[role="dialog"] .fb-comments > .fb-composer-row [data-lexical-editor="true"]');
  },
  send: (page) => page.locator('[role="dialog"] .fb-comments > .fb-composer-row .fb-send'),
  dialog: '[role="dialog"]',
};

export const IG_MODAL: Place = {
  // A post opened from the profile grid (playground/src/instagram/PostModal.tsx).
  name: "Instagram's post modal from the profile grid",
  platform: 'instagram',
  path: `/${AGENCY}/`,
  async open(page) {
    await page.locator('.ig-grid a').first().click();
    return page.locator('[role="dialog"][aria-modal="true"] textarea');
  },
  send: (page) => page.locator('[role="dialog"] .ig-comment-form [role="button"]'),
  dialog: '[role="dialog"][aria-modal="true"]',
};

export const X_THREAD: Place = {
  name: "X's thread page",
  platform: 'x',
  path: '/sitirahma_/status/1867455500000000202',
  open: async (page) => page.locator('[data-testid="tweetTextarea_0"]').first(),
  send: (page) => page.locator('[data-testid="tweetButtonInline"]').first(),
};

export const FB_FEED: Place = {
  name: "Facebook's feed",
  platform: 'facebook',
  path: '/',
  open: async (page) => page.locator('[data-lexical-editor="true"]').first(),
  send: (page) => page.locator('.fb-box').first().locator('[role="button"]').last(),
};

export const IG_POST: Place = {
  name: "Instagram's post page",
  platform: 'instagram',
  path: '/p/C9xAbC12dEf/',
  open: async (page) => page.locator('textarea').first(),
  send: (page) => page.locator('.ig-comment-form').first().locator('[role="button"]'),
};
