import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, SHIPPED_EXTENSION_DIR, type Harness } from './harness';
import { closedRootBoxes } from './cdp';

/**
 * Issue 21 item 4, on the build we ship (every other e2e file runs the e2e build, whose overlay
 * root is open so Playwright's locators can reach inside). Here the root is closed: a page script
 * sees the host and nothing in it, and the admin's flows still work — the ones whose listeners
 * sit outside the root and must find what was pressed inside it (inner-target.ts): Tab through
 * Pranata's stops, a fix chosen in a word's popover, a click inside the palette. What is inside
 * is seen through the DevTools protocol (closedRootBoxes), as a person sees the screen.
 */
let h: Harness;
beforeAll(async () => {
  h = await launchExtension({ extensionDir: SHIPPED_EXTENSION_DIR });
});
afterAll(async () => {
  await h?.close();
});

const BAD_DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001';
const text = (page: Page) => page.locator('[data-testid="tweetTextarea_0"]').first().evaluate((el) => el.textContent ?? '');
const activeIsHost = (page: Page) => page.evaluate(() => document.activeElement?.tagName === 'PRANATA-OVERLAY');

async function clickFirst(page: Page, testId: string, within?: string): Promise<void> {
  let box: { x: number; y: number } | undefined;
  await expect.poll(async () => (box = (await closedRootBoxes(page, testId, within))[0]) !== undefined).toBe(true);
  if (!box) throw new Error(`${testId} not on screen`);
  await page.mouse.click(box.x, box.y);
}

describe('the shipped build: the overlay closed to the page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.openPlatform('x', '/sitirahma_/status/1867455500000000202');
    await page.setViewportSize({ width: 1280, height: 800 });
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await editor.click();
    await page.keyboard.type(BAD_DRAFT);
    // (expect.poll is for tests, not hooks: a plain wait for the panel.)
    for (let i = 0; i < 150 && (await closedRootBoxes(page, 'pranata-check-panel')).length === 0; i++) await page.waitForTimeout(100);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('a page script sees the host and nothing inside it: no shadowRoot, no buttons, no templates', async () => {
    const seen = await page.evaluate(() => {
      const host = document.querySelector('pranata-overlay');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        ours: document.querySelectorAll('[data-testid^="pranata-"]:not(pranata-overlay)').length,
        text: host?.textContent ?? '',
      };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, ours: 0, text: '' });
    const [panel] = await closedRootBoxes(page, 'pranata-check-panel');
    expect(panel?.closedRoot).toBe(true);
  });

  it('Tab walks from the reply box through Pranata and on to the site', async () => {
    await page.locator('[data-testid="tweetTextarea_0"]').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await activeIsHost(page)).toBe(true);
    let stops = 0;
    while (stops < 30 && (await activeIsHost(page))) {
      await page.keyboard.press('Tab');
      stops++;
    }
    // The template button, two underlines and the panel's buttons: several stops inside, then the site's next one.
    expect(stops).toBeGreaterThanOrEqual(4);
    expect(stops).toBeLessThan(30);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  });

  it('a click on an underlined word opens its fixes; a click on a fix there corrects the draft', async () => {
    // The slang's underline: the one over "gak" (the NIK's is further right on the same line).
    const marks = await closedRootBoxes(page, 'pranata-highlight');
    const leftmost = marks.sort((a, b) => a.x - b.x)[0];
    if (!leftmost) throw new Error('no underline');
    await page.mouse.click(leftmost.x, leftmost.y);
    await clickFirst(page, 'pranata-finding-fix', 'pranata-fixes');
    await expect.poll(() => text(page)).toBe(BAD_DRAFT.replace('gak', 'tidak'));
  });

  it('the palette opens from its button and stays open when clicked inside; Escape closes it', async () => {
    await clickFirst(page, 'pranata-template-button');
    await expect.poll(() => closedRootBoxes(page, 'pranata-palette').then((b) => b.length)).toBe(1);
    await clickFirst(page, 'pranata-palette-search');
    await page.waitForTimeout(300);
    expect(await closedRootBoxes(page, 'pranata-palette').then((b) => b.length)).toBe(1);
    await page.keyboard.type('zzz');
    await page.keyboard.press('Escape');
    await expect.poll(() => closedRootBoxes(page, 'pranata-palette').then((b) => b.length)).toBe(0);
  });
});
