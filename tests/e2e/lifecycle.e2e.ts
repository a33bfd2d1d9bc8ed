import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { dbRows, evaluateInContentScript } from './cdp';

let h: Harness;
beforeEach(async () => {
  h = await launchExtension();
});
afterEach(async () => {
  await h?.close();
});

const overlayCount = (page: import('playwright-core').Page) => page.locator('[data-testid="pranata-overlay"]').count();

describe('content script lifecycle', () => {
  it('loads the reply-box UI only when needed: not at page load, already on the pointer over a reply box, before its focus', async () => {
    const page = await h.openPlatform('x', '/sitirahma_/status/1867455500000000202');
    await expect.poll(() => overlayCount(page), { timeout: 15_000 }).toBe(1);
    const uiLoaded = () => evaluateInContentScript<boolean>(page, h.extensionId, 'globalThis.__pranataUiFeatures !== undefined');
    await page.waitForTimeout(1000);
    expect(await uiLoaded()).toBe(false);
    const box = page.locator('[data-testid="tweetTextarea_0"]').first();
    await box.hover();
    await expect.poll(uiLoaded, { timeout: 10_000 }).toBe(true);
    // Loaded, not started: nothing is drawn and the box has no focus yet.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)).not.toBe('tweetTextarea_0');
    expect(await page.getByTestId('pranata-template-button').count()).toBe(0);
    await box.click();
    await expect.poll(() => page.getByTestId('pranata-template-button').isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('follows the site through in-page navigation (no reload)', async () => {
    const page = await h.openPlatform('x', '/home');
    await expect.poll(() => overlayCount(page), { timeout: 15_000 }).toBe(1);
    const navigationsBefore = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    await page.evaluate(() => (window as unknown as { __playground: { navigate(p: string): void } }).__playground.navigate('/humaskotacontoh/status/1867401234567890101'));
    await expect.poll(() => page.url()).toContain('/status/1867401234567890101');
    const options = await h.openExtensionPage('options.html');
    // The content script scanned the new page and reported on it, without a page load.
    await expect
      // (Stored as the path's shape: no handle of whoever's page it was, issue 21.)
      .poll(async () => (await dbRows<{ path: string }>(options, 'diagnostics')).some((d) => d.path === '/:name/status/:id'), { timeout: 15_000 })
      .toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(navigationsBefore);
    expect(await overlayCount(page)).toBe(1);
  });

  it('stops cleanly when the extension is reloaded: its UI goes away, the page throws nothing', async () => {
    const page = await h.openPlatform('facebook', '/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect.poll(() => overlayCount(page), { timeout: 15_000 }).toBe(1);
    const options = await h.openExtensionPage('options.html');
    await options.evaluate(() => {
      const ext = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome;
      setTimeout(() => ext.runtime.reload(), 50);
    });
    // The page keeps changing (the site re-renders): the old content script notices it lost its
    // extension and removes its overlay instead of throwing.
    await page.waitForTimeout(1000);
    await page.evaluate(() => (window as unknown as { __playground: { navigate(p: string): void } }).__playground.navigate('/'));
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await expect.poll(() => overlayCount(page), { timeout: 15_000 }).toBe(0);
    expect(errors).toEqual([]);
    // (An extension loaded with --load-extension does not come back after runtime.reload() in
    // headless Chromium, so the test stops here: what matters is that the old script let go.)
  });
});
