import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_EXTENSION_DIR, launchExtension, type PlaygroundPlatform } from '../e2e/harness';
import { median, printTable, quantile, round } from './report';

// The check panel while typing, in Chromium on the playground's real editors: per keystroke, the
// in-page check (read the draft + checkText + score, the panel's data-check-ms), the time from
// the key to the panel showing the new check, and the main-thread script time the extension
// adds per keystroke (CDP ScriptDuration, with vs without the extension).

const REPLY =
  'Selamat pagi, Kak. Terima kasih atas laporannya. Jalan berlubang di Jl. Melati sudah kami teruskan ke Dinas PU, ' +
  'gak lama lagi diperbaiki ya. Info lengkap di bit.ly/jalan-melati. -Admin';

const SITES: { platform: PlaygroundPlatform; path: string; editor: string }[] = [
  { platform: 'x', path: '/sitirahma_/status/1867455500000000202', editor: '[data-testid="tweetTextarea_0"]' },
  { platform: 'facebook', path: '/', editor: '[data-lexical-editor="true"]' },
  { platform: 'instagram', path: '/p/C9xAbC12dEf/', editor: 'textarea' },
];

type W = { __bench: { down: number; input: number; check: number[]; panel: number[]; afterInput: number[] } };

async function scriptMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

type FocusProbe = { __focus?: { at: number; ready?: number } };

/**
 * First focus → UI ready: from the focus of the reply box to the template button, drawn by
 * overlay-ui.js once it and the word list have loaded (issue 19: ≤ 50 ms). Installed before
 * the first click; read with firstFocusMs after it.
 */
async function watchFirstFocus(page: Page): Promise<void> {
  await page.getByTestId('pranata-overlay').waitFor({ state: 'attached', timeout: 15_000 });
  await page.evaluate(() => {
    const w = window as unknown as FocusProbe;
    window.addEventListener('focusin', () => (w.__focus ??= { at: performance.now() }), { capture: true });
    const root = document.querySelector('[data-testid="pranata-overlay"]')?.shadowRoot;
    if (!root) throw new Error('no overlay');
    const observer = new MutationObserver(() => {
      if (w.__focus && root.querySelector('[data-testid="pranata-template-button"]')) {
        w.__focus.ready = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

async function firstFocusMs(page: Page): Promise<number | null> {
  await page.getByTestId('pranata-template-button').waitFor({ timeout: 15_000 });
  return page.evaluate(() => {
    const f = (window as unknown as FocusProbe).__focus;
    return f?.ready !== undefined ? f.ready - f.at : null;
  });
}

async function typeReply(withExtension: boolean, site: (typeof SITES)[number]) {
  // The e2e build: the same extension with the overlay's root open, so the probe can watch the panel.
  const h = await launchExtension({ withExtension, extensionDir: E2E_EXTENSION_DIR });
  try {
    const page = await h.openPlatform(site.platform, site.path);
    let firstFocus: number | null = null;
    if (withExtension) await watchFirstFocus(page);
    await page.locator(site.editor).first().click();
    if (withExtension) {
      firstFocus = await firstFocusMs(page);
    }
    await page.keyboard.type('Halo');
    if (withExtension) {
      await page.getByTestId('pranata-check-panel').waitFor({ timeout: 15_000 });
      await page.evaluate(() => {
        const w = window as unknown as W;
        w.__bench = { down: 0, input: 0, check: [], panel: [], afterInput: [] };
        window.addEventListener('keydown', () => (w.__bench.down = performance.now()), true);
        // The editor's own update: its input event (Playwright sends keydown and the text as
        // separate DevTools calls, so keydown → input holds the harness's round trip too). In this
        // headless, software-rendered Chromium, any loaded extension (an empty content script
        // too) delays the first task after a keystroke by ~50 ms (a page's setTimeout(0): 55 ms
        // with one, 5 ms without; probed 2026-12-04), so both columns carry that floor.
        window.addEventListener('input', () => (w.__bench.input = performance.now()), true);
        const root = document.querySelector('[data-testid="pranata-overlay"]')?.shadowRoot;
        if (!root) throw new Error('no overlay');
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.attributeName !== 'data-checked-length' || !(r.target instanceof Element)) continue;
            w.__bench.check.push(Number(r.target.getAttribute('data-check-ms')));
            if (w.__bench.down > 0) w.__bench.panel.push(performance.now() - w.__bench.down);
            if (w.__bench.input > 0) w.__bench.afterInput.push(performance.now() - w.__bench.input);
            w.__bench.down = 0;
            w.__bench.input = 0;
          }
        }).observe(root, { attributes: true, subtree: true, attributeFilter: ['data-checked-length'] });
      });
    }
    const scriptMs = await scriptMeter(page);
    const before = await scriptMs();
    for (const ch of REPLY) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(25); // a fast typist: 40 characters a second
    }
    await page.waitForTimeout(200);
    const script = (await scriptMs()) - before;
    const samples = withExtension ? await page.evaluate(() => (window as unknown as W).__bench) : { check: [], panel: [], afterInput: [] };
    return { scriptPerKey: script / REPLY.length, check: samples.check, panel: samples.panel, afterInput: samples.afterInput, firstFocus };
  } finally {
    await h.close();
  }
}

/**
 * First focus → UI ready when the admin's pointer rests on the box first, as a person's does
 * before a click (300 ms here): the UI loads on the pointer over the box (ui-features.ts).
 */
async function firstFocusAfterHover(site: (typeof SITES)[number]): Promise<number | null> {
  const h = await launchExtension({ extensionDir: E2E_EXTENSION_DIR });
  try {
    const page = await h.openPlatform(site.platform, site.path);
    await watchFirstFocus(page);
    const box = page.locator(site.editor).first();
    await box.hover();
    await page.waitForTimeout(300);
    await box.click();
    return await firstFocusMs(page);
  } finally {
    await h.close();
  }
}

it('check panel per keystroke, in Chromium', async () => {
  const rows = [];
  for (const site of SITES) {
    const without = await typeReply(false, site);
    const withExt = await typeReply(true, site);
    const hovered = await firstFocusAfterHover(site);
    rows.push({
      editor: site.platform,
      keys: REPLY.length,
      'first focus → UI ready ms': withExt.firstFocus === null ? '–' : round(withExt.firstFocus, 1),
      'ratio (≤ 50 ms)': withExt.firstFocus === null ? '–' : round(withExt.firstFocus / 50, 2),
      'same, pointer on the box 300 ms first': hovered === null ? '–' : round(hovered, 1),
      'check ms p50': round(median(withExt.check), 3),
      'check ms p95': round(quantile(withExt.check, 0.95), 3),
      'key→panel ms p50': round(median(withExt.panel), 1),
      'key→panel ms p95': round(quantile(withExt.panel, 0.95), 1),
      'editor input→panel ms p50': round(median(withExt.afterInput), 1),
      'editor input→panel ms p95': round(quantile(withExt.afterInput, 0.95), 1),
      ratio: round(median(withExt.afterInput) / 16.7, 2),
      'script ms/key without': round(without.scriptPerKey, 2),
      'script ms/key with': round(withExt.scriptPerKey, 2),
      'added ms/key': round(withExt.scriptPerKey - without.scriptPerKey, 2),
      target: 'input→panel p50 ≤ 16.7 ms (within a frame after the editor)',
    });
  }
  printTable('Check panel while typing (in-page, Chromium headless, software rendering)', rows);
  expect(rows.length).toBe(3);
});
