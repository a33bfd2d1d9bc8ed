import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { dbRows } from './cdp';

// The Templates section of the options page, driven from the keyboard where an admin would, and
// the way its changes reach the palette in an open platform tab.

// What these tests wait for crosses processes (page, content script, background, database) on a
// machine shared by several test runs: polls get 10 s instead of 1 s before they fail.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

interface TemplateRow {
  id: string;
  title: string;
  body: string;
  shortcut?: string;
  favorite: boolean;
  starterId?: string;
}

interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

let h: Harness;
let options: Page;

/** The tag name and data-testid of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()}:${el?.getAttribute('data-testid') ?? ''}`;
  });

beforeAll(async () => {
  h = await launchExtension({ lang: 'id' });
  const opened = (): Page | undefined => h.context.pages().find((p) => p.url().includes('/options.html'));
  for (let i = 0; i < 50 && !opened(); i++) await new Promise((r) => setTimeout(r, 100));
  options = opened() ?? (await h.openExtensionPage('options.html'));
  await options.waitForLoadState();
  for (let i = 0; i < 150 && (await dbRows<TemplateRow>(options, 'templates')).length < 15; i++) await options.waitForTimeout(100);
  // Past the first-run setup, in Indonesian.
  await options.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'settings.update', payload: { patch: { uiLanguage: 'id', setupDone: true } } }),
  );
  await options.goto(options.url().replace(/#.*$/, '').replace(/\?.*$/, '') + '#templates');
  await options.reload();
});

afterAll(async () => {
  await h?.close();
});

describe('options page: Templates', () => {
  it('lists the starter pack; search and the category filter narrow it', async () => {
    const rows = options.getByTestId('template-row');
    const count = (await dbRows<TemplateRow>(options, 'templates')).length;
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(count);
    await options.getByTestId('templates-search').fill('hoaks');
    await expect.poll(() => rows.first().locator('.template-title').textContent()).toBe('Klarifikasi hoaks');
    await options.getByTestId('templates-search').fill('');
    await options.getByTestId('templates-category').selectOption('darurat');
    await expect.poll(() => rows.count()).toBe(2);
    await options.getByTestId('templates-category').selectOption('all');
    await expect.poll(() => rows.count()).toBe(count);
  });

  it('create: errors at the field, live preview, saved to the database, focus back on the new row', async () => {
    await options.getByTestId('template-new').focus();
    await options.keyboard.press('Enter');
    const editor = options.getByTestId('template-editor');
    await expect.poll(() => editor.isVisible()).toBe(true);
    expect(await focused(options)).toBe('input:template-title');

    // Saving an empty form: errors at the title and the body, the focus on the first one.
    await options.getByTestId('template-save').click();
    await expect.poll(() => options.getByTestId('template-title-error').textContent()).toBe('Judul wajib diisi.');
    expect(await options.getByTestId('template-body-error').textContent()).toBe('Isi balasan wajib diisi.');
    expect(await options.getByTestId('template-title').getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByTestId('template-title').getAttribute('aria-describedby')).toContain('template-title-error');
    expect(await focused(options)).toBe('input:template-title');
    expect(await options.getByTestId('template-error-summary').textContent()).toContain('2');

    await options.getByTestId('template-title').fill('Jadwal posyandu');
    await options.getByTestId('template-body').fill('{sapaan}, {nama}. Posyandu buka hari {isian:hari|Hari}. {nmaa} {admin}');
    await options.getByTestId('template-shortcut').fill('/hoaks');
    await expect.poll(() => options.getByTestId('template-body-error').textContent()).toContain('{nmaa}');
    expect(await options.getByTestId('template-shortcut-error').textContent()).toBe('Pintasan /hoaks sudah dipakai oleh "Klarifikasi hoaks".');
    await options.getByTestId('template-shortcut').fill('/jam layanan');
    await expect.poll(() => options.getByTestId('template-shortcut-error').textContent()).toContain('garis miring');

    await options.getByTestId('template-body').fill('{sapaan}, {nama}. Posyandu buka hari {isian:hari|Hari}. <b>Bawa buku KIA</b>. {admin}');
    await options.getByTestId('template-shortcut').fill('posyandu');
    await expect.poll(() => options.getByTestId('template-error-summary').count()).toBe(0);
    // Live preview, filled in like the palette does, with the length on each platform.
    const preview = options.getByTestId('template-preview-text');
    await expect.poll(() => preview.textContent()).toMatch(/^Selamat (pagi|siang|sore|malam), Siti Rahma\. Posyandu buka hari …\. <b>Bawa buku KIA<\/b>\. -Admin$/);
    expect(await options.getByTestId('template-length-x').textContent()).toMatch(/^X: \d+\/280$/);
    expect(await options.getByTestId('template-length-instagram').textContent()).toMatch(/^Instagram: \d+\/2\.200$/);

    await options.getByTestId('template-body').focus();
    await options.keyboard.press('Tab'); // the category
    await options.getByTestId('template-save').focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);
    const saved = (await dbRows<TemplateRow>(options, 'templates')).find((t) => t.title === 'Jadwal posyandu');
    expect(saved).toMatchObject({ shortcut: '/posyandu', body: '{sapaan}, {nama}. Posyandu buka hari {isian:hari|Hari}. <b>Bawa buku KIA</b>. {admin}' });
    await expect.poll(() => focused(options)).toBe('button:template-edit');
    expect(await options.evaluate(() => document.activeElement?.closest('[data-template-id]')?.getAttribute('data-template-id'))).toBe(saved?.id);
    expect(await options.getByTestId('templates-status').textContent()).toBe('Templat "Jadwal posyandu" disimpan.');
  });

  it('favourite, duplicate, delete with undo', async () => {
    const row = (title: string) => options.getByTestId('template-row').filter({ has: options.locator('.template-title', { hasText: title }) });
    const target = row('Terima kasih atas masukan');
    const star = target.getByTestId('template-favorite');
    expect(await star.getAttribute('aria-label')).toBe('Favorit: Terima kasih atas masukan');
    await star.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    expect((await dbRows<TemplateRow>(options, 'templates')).find((t) => t.title === 'Terima kasih atas masukan')?.favorite).toBe(true);
    // Favourites come first.
    await expect.poll(() => options.getByTestId('template-row').first().locator('.template-title').textContent()).toBe('Terima kasih atas masukan');

    await target.getByTestId('template-duplicate').click();
    await expect.poll(() => options.getByTestId('template-title').inputValue()).toBe('Terima kasih atas masukan (salinan)');
    expect(await options.getByTestId('template-shortcut').inputValue()).toBe('');
    await options.keyboard.press('Escape'); // the copy is saved; Esc closes the editor
    await expect.poll(() => options.getByTestId('template-editor').count()).toBe(0);
    const copy = row('Terima kasih atas masukan (salinan)');
    await expect.poll(() => copy.count()).toBe(1);

    const before = (await dbRows<TemplateRow>(options, 'templates')).length;
    await copy.getByTestId('template-delete').click();
    await expect.poll(() => copy.count()).toBe(0);
    expect((await dbRows<TemplateRow>(options, 'templates')).length).toBe(before - 1);
    const toast = options.getByTestId('template-undo-toast');
    expect(await toast.textContent()).toContain('Templat "Terima kasih atas masukan (salinan)" dihapus.');
    expect(await focused(options)).toBe('button:template-undo');
    expect(await options.getByRole('button', { name: 'Urungkan' }).count()).toBe(1);
    await options.keyboard.press('Enter');
    await expect.poll(() => copy.count()).toBe(1);
    expect((await dbRows<TemplateRow>(options, 'templates')).length).toBe(before);
    await expect.poll(() => focused(options)).toBe('button:template-edit');
    expect(await toast.count()).toBe(0);
  });

  it('an open platform tab picks up a new and an edited template for its palette', async () => {
    const page = await h.openPlatform('x', '/sitirahma_/status/1867455500000000202');
    const box = page.locator('[data-testid="tweetTextarea_0"]');
    await box.waitFor();
    await box.focus();
    await page.keyboard.type('/posyandu');
    const dialog = page.getByTestId('pranata-palette');
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    const first = page.getByTestId('pranata-palette-item').first();
    const id = (await dbRows<TemplateRow>(options, 'templates')).find((t) => t.title === 'Jadwal posyandu')?.id;
    await expect.poll(() => first.getAttribute('data-template-id')).toBe(id);
    expect(await page.getByTestId('pranata-palette-field').count()).toBe(1);
    await page.keyboard.press('Escape');

    // Renamed on the options page; the tab gets the focus back (the admin switches to it).
    await options.bringToFront();
    const row = options.getByTestId('template-row').filter({ has: options.locator('.template-title', { hasText: 'Jadwal posyandu' }) });
    await row.getByTestId('template-edit').click();
    await options.getByTestId('template-title').fill('Jadwal posyandu balita');
    await options.getByTestId('template-save').click();
    await expect.poll(async () => (await dbRows<TemplateRow>(options, 'templates')).some((t) => t.title === 'Jadwal posyandu balita')).toBe(true);

    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' /posyandu');
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => first.textContent()).toContain('Jadwal posyandu balita');
    await page.close();
  });
});
