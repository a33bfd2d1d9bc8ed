import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

// "Rekam struktur halaman" in the built extension: the options page lists the open platform
// tabs, a click saves one HTML file from that tab's content script, and the file holds the
// page's structure (its language, the editors, the UI words) but none of its people.

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launchExtension();
  options = await h.openExtensionPage('options.html');
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'settings.update',
      payload: { patch: { setupDone: true, uiLanguage: 'id' } },
    }),
  );
});
afterAll(async () => {
  await h?.close();
});

describe('Rekam struktur halaman', () => {
  it('options page: one button per open platform tab; the saved file keeps the structure and none of the people', async () => {
    const fb = await h.openPlatform('facebook', '/', 'id');
    await fb.waitForSelector('[data-lexical-editor="true"]');
    const ig = await h.openPlatform('instagram', '/', 'en');
    await ig.waitForSelector('textarea');
    await options.goto(`chrome-extension://${h.extensionId}/options.html#data`);
    await options.bringToFront();
    await options.waitForFunction(() => document.documentElement.lang === 'id');

    const cases = [
      { platform: 'facebook', lang: 'id', kept: ['data-lexical-editor="true"', 'role="textbox"', 'role="article"'], people: ['Humas Kota Contoh', 'Siti', 'Rahma', 'Budi Santoso', 'budi.santoso.id', 'siti.rahma.77', 'Lestari'] },
      { platform: 'instagram', lang: 'en', kept: ['<textarea', 'role="button"', 'aria-label="Like"'], people: ['humaskotacontoh', 'Humas Kota Contoh'] },
    ] as const;
    for (const c of cases) {
      const button = options.getByTestId(`page-capture-${c.platform}`);
      await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1);
      // the content script answers once it has started on that tab
      let file = '';
      let name = '';
      await expect
        .poll(
          async () => {
            const downloaded = options.waitForEvent('download', { timeout: 3000 }).catch(() => null);
            await button.click();
            const d = await downloaded;
            if (!d) return false;
            name = d.suggestedFilename();
            file = readFileSync(await d.path()).toString('utf8');
            return true;
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(true);
      expect(name).toMatch(new RegExp(`^pranata-capture-${c.platform}-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}\\.html$`));
      expect(file).toContain(`<html lang="${c.lang}">`);
      for (const k of c.kept) expect(file).toContain(k);
      expect(c.people.filter((p) => file.toLowerCase().includes(p.toLowerCase()))).toEqual([]);
      await expect.poll(() => options.getByTestId('page-capture').getByRole('status').textContent()).toContain('Tersimpan:');
    }
    await fb.close();
    await ig.close();
  });

  it('popup: on a tab that is not a platform page, it says what to open instead of saving anything', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.waitForFunction(() => document.documentElement.lang === 'id');
    await popup.getByTestId('page-capture-start').click();
    await expect.poll(() => popup.getByTestId('page-capture').getByRole('status').textContent()).toBe('Buka halaman X, Facebook, atau Instagram di tab ini dulu.');
    await popup.close();
  });
});
