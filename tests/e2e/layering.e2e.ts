import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness, type PlaygroundPlatform } from './harness';
import { AGENCY, FB_DIALOG, FB_FEED, IG_MODAL, IG_POST, X_DIALOG, X_THREAD, sentCount, type Place } from './places';

// What a person can press, and what Pranata leaves alone:
// - In X's reply dialog (opened from the timeline's reply icon, over its backdrop) and on the plain
//   pages, the template button, the panel's fix button and the gate's two buttons are what
//   document.elementFromPoint finds at their centre (Pranata's host, then the button inside its
//   shadow root), and pressing them with the mouse works. The underlines let clicks through by
//   design: at their centre the site's editor is hit, not a backdrop, and they are drawn in the
//   host that sits in the top layer.
// - The site's key boxes keep their size and position with Pranata on vs. off, and no badge covers them.
// - The panel and the gate stay inside the window with their buttons visible.

const BAD_DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001';
const SIZES = [
  { width: 1280, height: 800, scale: 1 },
  { width: 1366, height: 768, scale: 1 },
  { width: 1366, height: 768, scale: 1.25 },
];

const PLACES: Place[] = [X_DIALOG, FB_DIALOG, IG_MODAL, X_THREAD, FB_FEED, IG_POST];

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
  const options = await h.openExtensionPage('options.html');
  // The agency's own account on each site (as the options page saves it): its posts get badges.
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
  await h?.close();
});

async function sized(page: Page, size: (typeof SIZES)[number]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(size.width / size.scale),
    height: Math.round(size.height / size.scale),
    deviceScaleFactor: size.scale,
    mobile: false,
  });
}

/** What the pointer finds at the element's centre: Pranata's host, and inside it the element itself. */
async function pressable(el: Locator): Promise<{ host: boolean; inside: boolean; inViewport: boolean }> {
  return el.evaluate((target) => {
    const r = target.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const root = target.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    const hit = document.elementFromPoint(x, y);
    const inner = root instanceof ShadowRoot ? root.elementFromPoint(x, y) : hit;
    return {
      host: hit !== null && hit === host,
      inside: inner !== null && (inner === target || target.contains(inner)),
      inViewport: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
    };
  });
}

async function centre(el: Locator): Promise<{ x: number; y: number }> {
  const b = await el.boundingBox();
  if (!b) throw new Error('not rendered');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

describe.each(SIZES)('at $width×$height, scale $scale', (size) => {
  describe.each(PLACES)('$name', (place) => {
    let page: Page;
    beforeAll(async () => {
      page = await h.openPlatform(place.platform, place.path);
      await sized(page, size);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('the template button, a fix and the gate are on top and work with the mouse', async () => {
      const editor = await place.open(page);
      await editor.waitFor();
      await editor.click();
      await page.keyboard.type(BAD_DRAFT);

      // Pranata's host is in the top layer, above the site's dialog and backdrop.
      expect(await page.getByTestId('pranata-overlay').evaluate((el) => el.matches(':popover-open'))).toBe(true);
      if (place.dialog) {
        // The agency's posts behind the backdrop keep no badge over it: any badge shown is inside the dialog.
        const stray = () => page.locator(place.dialog ?? '').evaluate((dialog) => {
          const d = dialog.getBoundingClientRect();
          const host = document.querySelector('[data-testid="pranata-overlay"]');
          const shown = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="pranata-post-badge"]') ?? []).filter((b) => !b.hidden && b.getClientRects().length > 0);
          return shown.map((b) => b.getBoundingClientRect()).filter((r) => r.left < d.left || r.top < d.top || r.right > d.right || r.bottom > d.bottom).length;
        });
        await expect.poll(stray).toBe(0);
      }

      const button = page.getByTestId('pranata-template-button');
      await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await pressable(button)).toEqual({ host: true, inside: true, inViewport: true });

      // An underline: drawn in the top-layer host; at its centre the site's editor (not a backdrop).
      const mark = page.locator('[data-testid="pranata-highlight"][data-rule-id="slang"]').first();
      await expect.poll(() => mark.isVisible()).toBe(true);
      const m = await centre(mark);
      const underEditor = await editor.evaluate((ed, p) => {
        const hit = document.elementFromPoint(p.x, p.y);
        return hit !== null && (ed === hit || ed.contains(hit));
      }, m);
      expect(underEditor).toBe(true);

      // The panel's fix button, pressed with the mouse: the word is replaced in the editor.
      const panel = page.getByTestId('pranata-check-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      const fix = page.locator('[data-testid="pranata-finding"][data-rule-id="slang"] [data-testid="pranata-finding-fix"]').first();
      // In a short room (X's dialog at 125 %) the second finding can sit below the panel's one
      // scroll area, whose "Perbaiki semua" footer stays visible: scrolled to it as a person would.
      await fix.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      expect(await pressable(fix)).toEqual({ host: true, inside: true, inViewport: true });
      const at = await centre(fix);
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => editor.textContent()).toContain('tidak bisa');

      // The gate (the NIK is an error), both buttons on top and inside the window.
      const before = await sentCount(page);
      await place.send(page).click();
      const gate = page.getByTestId('pranata-send-confirm');
      await expect.poll(() => gate.isVisible()).toBe(true);
      const fixFirst = page.getByTestId('pranata-send-fix');
      const sendAnyway = page.getByTestId('pranata-send-anyway');
      expect(await pressable(fixFirst)).toEqual({ host: true, inside: true, inViewport: true });
      expect(await pressable(sendAnyway)).toEqual({ host: true, inside: true, inViewport: true });
      const g = await gate.boundingBox();
      expect(g && g.y >= 0 && g.y + g.height <= size.height / size.scale).toBe(true);
      const f = await centre(fixFirst);
      await page.mouse.click(f.x, f.y);
      await expect.poll(() => gate.isVisible()).toBe(false);
      expect(await sentCount(page)).toBe(before);
      await place.send(page).click();
      await expect.poll(() => gate.isVisible()).toBe(true);
      const s = await centre(sendAnyway);
      await page.mouse.click(s.x, s.y);
      await expect.poll(() => sentCount(page)).toBe(before + 1);
    });
  });
});

// Closing the site's dialog takes Pranata's UI for its reply box with it: the template button,
// the underlines, the check panel and a held send's gate do not stay behind on the page.
const CLOSING: { name: string; platform: PlaygroundPlatform; path: string; open(page: Page): Promise<Locator>; send(page: Page): Locator; close(page: Page): Promise<void> }[] = [
  {
    name: "X's reply dialog, closed with its close button",
    platform: 'x',
    path: '/home',
    open: X_DIALOG.open,
    send: X_DIALOG.send,
    close: (page) => page.locator('[role="dialog"] [data-testid="app-bar-close"]').click(),
  },
  {
    name: "Facebook's post dialog, closed with its close button",
    platform: 'facebook',
    path: '/',
    open: FB_DIALOG.open,
    send: FB_DIALOG.send,
    close: (page) => page.locator('[role="dialog"] .fb-dialog-close').click(),
  },
  {
    name: "Instagram's post modal from the feed, closed by a click on the backdrop",
    platform: 'instagram',
    path: '/',
    async open(page) {
      await page.locator('article a[href^="/p/"].ig-muted').first().click();
      return page.locator('[role="dialog"][aria-modal="true"] textarea');
    },
    send: IG_MODAL.send,
    close: (page) => page.mouse.click(8, 8),
  },
];

describe.each(CLOSING)('$name', (place) => {
  it("Pranata's panel, gate and template button close with the dialog", async () => {
    const page = await h.openPlatform(place.platform, place.path);
    const editor = await place.open(page);
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type(BAD_DRAFT);
    const button = page.getByTestId('pranata-template-button');
    const panel = page.getByTestId('pranata-check-panel');
    const gate = page.getByTestId('pranata-send-confirm');
    // Underlines are pooled and hidden, not removed: the ones a person could see.
    const marks = page.locator('[data-testid="pranata-highlight"]:not([hidden])');
    await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => panel.isVisible()).toBe(true);
    await place.send(page).click();
    await expect.poll(() => gate.isVisible()).toBe(true);
    // The gate holds the focus (an alertdialog): the admin leaves it with the mouse, the way out of the site's dialog.
    await page.getByTestId('pranata-send-fix').click();
    await expect.poll(() => gate.isVisible()).toBe(false);
    await place.send(page).click();
    await expect.poll(() => gate.isVisible()).toBe(true);
    // The site's dialog is closed while the gate still holds the send.
    await place.close(page);
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await expect.poll(() => gate.isVisible()).toBe(false);
    await expect.poll(() => panel.isVisible()).toBe(false);
    await expect.poll(() => marks.count()).toBe(0);
    await expect.poll(() => button.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__playground.sent.length)).toBe(0);
    await page.close();
  });
});

describe('a native modal <dialog> the site opens after Pranata mounted', () => {
  it('Pranata is raised above it and stays usable (moved into it while it is open, back after)', async () => {
    const page = await h.openPlatform('x', '/sitirahma_/status/1867455500000000202');
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await editor.click();
    await page.keyboard.type(BAD_DRAFT);
    const button = page.getByTestId('pranata-template-button');
    await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => {
      const d = document.createElement('dialog');
      d.id = 'site-dialog';
      d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0';
      d.textContent = 'site dialog';
      document.body.append(d);
      d.showModal();
    });
    await expect.poll(() => page.getByTestId('pranata-overlay').evaluate((el) => el.parentElement?.id)).toBe('site-dialog');
    expect(await pressable(button)).toEqual({ host: true, inside: true, inViewport: true });
    await page.evaluate(() => (document.getElementById('site-dialog') as HTMLDialogElement).close());
    await expect.poll(() => page.getByTestId('pranata-overlay').evaluate((el) => el.parentElement === document.documentElement)).toBe(true);
    expect(await page.getByTestId('pranata-overlay').evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.close();
  });
});
