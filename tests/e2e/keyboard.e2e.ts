import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { FB_FEED, IG_POST, X_DIALOG, X_THREAD, sentCount, type Place } from './places';

// Keyboard and fixes (issue 16 item 5, the gate part of issue 20), on the playground's real
// editors: Tab and Shift+Tab between the reply box and Pranata's controls; a click or Enter on an
// underlined word opens its fixes in place; "Perbaiki semua"; the QC gate names its errors, offers
// their fixes, keeps the panel in view, and is answered with the keyboard alone.

const BAD_DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001';
const NIK = '3201012305900001';

const PLACES: Place[] = [X_DIALOG, X_THREAD, FB_FEED, IG_POST];

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

const lastSent = (page: Page) => page.evaluate(() => window.__playground.sent.at(-1)?.text ?? '');

/** The editor's text as the site holds it (a textarea's value; a rich editor's text). */
const textOf = (editor: Locator) => editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));

/** Where the focus is: a Pranata control (by test id), the editor, or another element of the site. */
async function focused(page: Page, editor: Locator): Promise<string> {
  const inEditor = await editor.evaluate((ed) => ed === document.activeElement || ed.contains(document.activeElement));
  if (inEditor) return 'editor';
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="pranata-overlay"]');
    const active = document.activeElement;
    if (active === host) {
      const inner = host?.shadowRoot?.activeElement;
      return `pranata:${inner?.getAttribute('data-testid') ?? inner?.className ?? '?'}`;
    }
    return `site:${active?.tagName ?? 'none'}`;
  });
}

async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => textOf(editor)).toBe('');
  await page.keyboard.type(text);
  await expect.poll(() => textOf(editor)).toBe(text);
  await expect.poll(() => page.getByTestId('pranata-check-panel').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.locator('[data-testid="pranata-highlight"][tabindex]').count()).toBeGreaterThanOrEqual(2);
}

/**
 * Runs the caret moves and waits until the page has been told (selectionchange comes a task
 * later). A person's next key never comes before it; a test's can, and Lexical then takes the
 * focus back when the late event arrives — a race no admin meets.
 */
async function caretMoved(page: Page, moves: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __caretMoved?: boolean };
    w.__caretMoved = false;
    document.addEventListener('selectionchange', () => (w.__caretMoved = true), { once: true });
  });
  await moves();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __caretMoved?: boolean }).__caretMoved)).toBe(true);
}

async function centre(el: Locator): Promise<{ x: number; y: number }> {
  const b = await el.boundingBox();
  if (!b) throw new Error('not rendered');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe.each(PLACES)('$name', (place) => {
  let page: Page;
  let editor: Locator;

  beforeAll(async () => {
    page = await h.openPlatform(place.platform, place.path);
    await page.setViewportSize({ width: 1280, height: 800 });
    editor = await place.open(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('Tab goes from the reply box to the template button, each underline and the panel, then on to the site; Shift+Tab comes back with the caret where it was', async () => {
    await typeInto(page, editor, BAD_DRAFT);
    await page.keyboard.press('Tab');
    expect(await focused(page, editor)).toBe('pranata:pranata-template-button');
    const order: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const at = await focused(page, editor);
      order.push(at);
      if (!at.startsWith('pranata:')) break;
    }
    // Errors first: the NIK's underline, then the slang's; then the panel's buttons.
    expect(order.slice(0, 2)).toEqual(['pranata:pranata-highlight', 'pranata:pranata-highlight']);
    expect(order).toContain('pranata:pranata-finding-fix');
    expect(order).toContain('pranata:pranata-fix-all');
    // The last Tab leaves Pranata for the site's next stop after the reply box (not the box, not the page's start).
    const last = order.at(-1) ?? '';
    expect(last.startsWith('site:') && last !== 'site:BODY').toBe(true);

    // Back: Tab to the template button, Shift+Tab to the reply box; typing goes on at the end.
    await caretMoved(page, async () => {
      await editor.click();
      await page.keyboard.press('End');
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page, editor)).toBe('pranata:pranata-highlight');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page, editor)).toBe('pranata:pranata-template-button');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page, editor)).toBe('editor');
    await page.keyboard.type(' ok');
    await expect.poll(() => textOf(editor)).toBe(`${BAD_DRAFT} ok`);
  });

  it('a click on an underlined word opens its fixes under it; a fix there corrects the editor', async () => {
    await typeInto(page, editor, BAD_DRAFT);
    const mark = page.locator('[data-testid="pranata-highlight"][data-rule-id="slang"]').first();
    const m = await centre(mark);
    await page.mouse.click(m.x, m.y);
    const fixes = page.getByTestId('pranata-fixes');
    await expect.poll(() => fixes.isVisible()).toBe(true);
    expect(await fixes.getAttribute('data-rule-id')).toBe('slang');
    // In place: just under (or over) the word, not in the panel.
    const f = await fixes.boundingBox();
    expect(f && Math.abs(f.x - (m.x - ((await mark.boundingBox())?.width ?? 0) / 2)) < 40).toBe(true);
    const fix = fixes.getByTestId('pranata-finding-fix').first();
    expect(await fix.textContent()).toBe('tidak');
    await fix.click();
    await expect.poll(() => textOf(editor)).toBe(BAD_DRAFT.replace('gak', 'tidak'));
    await expect.poll(() => fixes.count()).toBe(0);
  });

  it('Enter on an underlined word opens its fixes with the focus on the first; Enter makes it; Escape closes', async () => {
    await typeInto(page, editor, BAD_DRAFT);
    await page.keyboard.press('Tab'); // the template button
    await page.keyboard.press('Tab'); // the NIK's underline
    await page.keyboard.press('Tab'); // the slang's underline
    expect(await focused(page, editor)).toBe('pranata:pranata-highlight');
    await page.keyboard.press('Enter');
    const fixes = page.getByTestId('pranata-fixes');
    await expect.poll(() => fixes.isVisible()).toBe(true);
    await expect.poll(() => focused(page, editor)).toBe('pranata:pranata-finding-fix');
    await page.keyboard.press('Escape');
    await expect.poll(() => fixes.count()).toBe(0);
    expect(await focused(page, editor)).toBe('pranata:pranata-highlight');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page, editor)).toBe('pranata:pranata-finding-fix');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(editor)).toBe(BAD_DRAFT.replace('gak', 'tidak'));
    await expect.poll(() => fixes.count()).toBe(0);
  });

  it('"Perbaiki semua" makes every fix that has a single suggestion', async () => {
    const draft = 'Halo, gak bisa ya, udah kami cek yg kemarin. NIK 3201012305900001';
    await typeInto(page, editor, draft);
    const all = page.getByTestId('pranata-fix-all');
    await expect.poll(() => all.textContent()).toBe('Perbaiki semua (4)');
    await all.click();
    await expect.poll(() => textOf(editor)).toMatch(/^Halo, tidak bisa ya, sudah kami cek yang kemarin\. NIK (?!3201012305900001)[\d*•]+$/);
    await expect.poll(() => page.locator('[data-testid="pranata-finding"][data-rule-id="slang"]').count()).toBe(0);
    await expect.poll(() => all.count()).toBe(0);
  });

  it('the gate names its errors, offers their fixes, keeps the panel in view, and is answered with the keyboard', async () => {
    await typeInto(page, editor, BAD_DRAFT);
    const before = await sentCount(page);
    await place.send(page).click();
    const gate = page.getByTestId('pranata-send-confirm');
    await expect.poll(() => gate.isVisible()).toBe(true);
    expect(await gate.getByTestId('pranata-gate-rule').allTextContents()).toEqual(['NIK di balasan publik']);
    expect(await gate.getByTestId('pranata-gate-error').textContent()).toContain(NIK);
    // The panel stays, beside the gate (not under it), both inside the window.
    const panel = page.getByTestId('pranata-check-panel');
    expect(await panel.isVisible()).toBe(true);
    const g = await gate.boundingBox();
    const p = await panel.boundingBox();
    expect(g && p && !overlaps(g, p)).toBe(true);
    expect(g && g.y >= 0 && g.y + g.height <= 800).toBe(true);

    // Keyboard only: the gate has the focus; Tab to the NIK's fix, Enter makes it.
    await expect.poll(() => focused(page, editor)).toBe('pranata:pranata-send-confirm');
    await page.keyboard.press('Tab');
    expect(await focused(page, editor)).toBe('pranata:pranata-gate-fix');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(editor)).not.toContain(NIK);
    await expect.poll(() => gate.getAttribute('data-errors')).toBe('0');
    expect(await gate.locator('h2').textContent()).toBe('Semua kesalahan sudah diperbaiki. Kirim sekarang?');
    // The focus stayed in the gate, on "Kirim"; Enter sends the fixed reply.
    await expect.poll(() => focused(page, editor)).toBe('pranata:pranata-send-anyway');
    expect(await page.getByTestId('pranata-send-anyway').textContent()).toBe('Kirim');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentCount(page)).toBe(before + 1);
    expect(await lastSent(page)).toContain('gak bisa');
    expect(await lastSent(page)).not.toContain(NIK);
  });
});

describe('when Pranata shows nothing, Tab is the site’s own', () => {
  it("from the page's start to the reply box, the same stops as without the extension", async () => {
    const plain = await launchExtension({ withExtension: false });
    try {
      const walk = async (hh: Harness): Promise<string[]> => {
        const page = await hh.openPlatform('x', '/sitirahma_/status/1867455500000000202');
        await page.locator('[data-testid="tweetTextarea_0"]').first().waitFor();
        const stops: string[] = [];
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          const at = await page.evaluate(() => {
            const a = document.activeElement;
            if (!a || a === document.body) return 'BODY';
            return `${a.tagName}:${a.getAttribute('data-testid') ?? a.getAttribute('aria-label') ?? a.textContent?.slice(0, 20) ?? ''}`;
          });
          stops.push(at);
          if (at.includes('tweetTextarea_0')) break;
        }
        await page.close();
        return stops;
      };
      const withIt = await walk(h);
      const without = await walk(plain);
      expect(without.at(-1)).toContain('tweetTextarea_0');
      expect(withIt).toEqual(without);
    } finally {
      await plain.close();
    }
  });
});
