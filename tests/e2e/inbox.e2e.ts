import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { dbRows } from './cdp';

/** The playground's agency account (playground/README.md). */
const AGENCY = 'humaskotacontoh';
/** Citizens' replies under two agency posts on the X playground (playground/src/x/data.ts). */
const WATER_REPLY = '1867402222222222010';
const VACCINE_REPLY = '1867403333333333011';

interface CommentRow {
  id: string;
  platform: string;
  postId: string;
  category: string;
  open: number;
  excerpt?: string;
  authorHandle: string;
}

let h: Harness;
let options: Page;

function sendMessage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

/** The toolbar icon's badge text, read from an extension page (chrome.action is there too). */
function badgeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

beforeAll(async () => {
  h = await launchExtension();
  options = await h.openExtensionPage('options.html');
  await sendMessage(options, {
    type: 'settings.update',
    payload: { patch: { setupDone: true, uiLanguage: 'id', accounts: [{ platform: 'x', handle: AGENCY, role: 'own' }] } },
  });
});
afterAll(async () => {
  await h?.close();
});

describe('"Perlu dibalas" end to end (X playground)', () => {
  it('with nothing seen yet the toolbar badge is empty', async () => {
    await expect.poll(() => badgeText(options)).toBe('');
  });

  it("the queue fills from the agency's threads only, and the popup shows it oldest first with the suggested templates", async () => {
    const water = await h.openPlatform('x', `/${AGENCY}/status/1867401234567890101`);
    const vaccine = await h.openPlatform('x', `/${AGENCY}/status/1400000000000000505`);
    // A citizen's thread (replies answer Siti, not the agency): nothing of it is kept.
    const citizen = await h.openPlatform('x', '/sitirahma_/status/1867455500000000202');
    await expect.poll(async () => (await dbRows<CommentRow>(options, 'comments')).map((r) => r.id).sort(), { timeout: 15_000 }).toEqual([WATER_REPLY, VACCINE_REPLY].sort());
    await citizen.waitForTimeout(1500);
    const rows = await dbRows<CommentRow>(options, 'comments');
    expect(rows.map((r) => r.id).sort()).toEqual([WATER_REPLY, VACCINE_REPLY].sort());
    expect(rows.find((r) => r.id === VACCINE_REPLY)).toMatchObject({ category: 'complaint', open: 1, postId: '1400000000000000505', authorHandle: 'jokowarga' });
    // excerpts are off by default: no text of the citizen is kept
    expect(rows.every((r) => r.excerpt === undefined)).toBe(true);
    for (const p of [water, vaccine, citizen]) await p.close();

    const popup = await h.openExtensionPage('popup.html');
    const summary = popup.getByTestId('inbox-summary');
    // The complaint is days old, past the default 24-hour target; the water question is recent.
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 2, terlama \d+ hari · 1 lewat target$/);
    await expect.poll(() => badgeText(popup)).toBe('1');
    const items = popup.getByTestId('inbox-item');
    expect(await items.first().getAttribute('data-due')).toBe('past');
    expect(await items.nth(1).getAttribute('data-due')).not.toBe('past');
    expect(await items.first().getByTestId('inbox-due').textContent()).toBe('lewat target 24 jam');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))).toEqual(['complaint', 'question']);
    const first = items.first();
    expect(await first.textContent()).toContain('Keluhan');
    expect(await first.getByTestId('inbox-suggested').textContent()).toBe('Templat yang disarankan: Pengaduan, Permohonan maaf');
    expect(await first.getByTestId('inbox-open').getAttribute('href')).toBe(`https://x.com/jokowarga/status/${VACCINE_REPLY}`);
    expect(await items.nth(1).getByTestId('inbox-suggested').textContent()).toBe('Templat yang disarankan: Informasi layanan');

    // "Tidak perlu dibalas" with the keyboard, then undo
    await first.getByTestId('inbox-not-needed').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => summary.textContent()).toMatch(/^Perlu dibalas: 1, /);
    await expect.poll(() => badgeText(popup)).toBe('');
    expect(await popup.getByTestId('inbox-marked').textContent()).toContain('@jokowarga');
    await popup.getByTestId('inbox-undo').click();
    await expect.poll(() => summary.textContent()).toMatch(/^Perlu dibalas: 2, /);
    await expect.poll(() => badgeText(popup)).toBe('1');
    await popup.close();
  });

  it('answering the oldest comment through the palette offers its templates first, and the send takes it off the queue', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const summary = popup.getByTestId('inbox-summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 2, /);
    const page = await h.openPlatform('x', `/${AGENCY}/status/1400000000000000505`);
    await expect.poll(() => page.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
    const comment = page.locator('article[data-testid="tweet"]', { hasText: 'Antri dari jam 7' });
    await comment.locator('[data-testid="reply"]').click();
    const dialog = page.getByRole('dialog').filter({ has: page.locator('[data-testid="tweetTextarea_0"]') });
    const box = dialog.locator('[data-testid="tweetTextarea_0"]');
    await box.waitFor();
    await box.focus();
    const button = page.getByTestId('pranata-template-button');
    await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
    await button.click();
    const first = page.getByTestId('pranata-palette-item').first();
    await expect.poll(() => first.getAttribute('data-template-id'), { timeout: 10_000 }).not.toBeNull();
    // The complaint's categories first (by title the starter pack would begin pengaduan, ppid, darurat, …).
    const templates = await dbRows<{ id: string; category: string }>(options, 'templates');
    const ids = await page.getByTestId('pranata-palette-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')));
    const categories = ids.map((id) => templates.find((t) => t.id === id)?.category);
    expect(categories.slice(0, 4)).toEqual(['pengaduan', 'pengaduan', 'permohonan-maaf', 'permohonan-maaf']);
    await page.keyboard.press('Enter');
    await expect.poll(() => box.textContent(), { timeout: 10_000 }).not.toBe('');
    await dialog.locator('[data-testid="tweetButton"]').click();
    await expect.poll(async () => (await dbRows<CommentRow>(options, 'comments')).find((r) => r.id === VACCINE_REPLY)?.open, { timeout: 15_000 }).toBe(0);
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 1, /);
    // The answered complaint was the one past the target: the badge empties.
    await expect.poll(() => badgeText(popup)).toBe('');
    await page.close();
    await popup.close();
  });

  it('"Hapus riwayat" in Pengaturan → Data deletes the comments, and the open popup follows', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const summary = popup.getByTestId('inbox-summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: \d+, /);
    // The options page's delete-all path (the same message its button sends after confirming).
    await options.goto(`chrome-extension://${h.extensionId}/options.html#data`);
    await expect.poll(() => options.getByTestId('count-comments').textContent(), { timeout: 10_000 }).toBe('2');
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: /Hapus riwayat/ }).click();
    await expect.poll(() => options.getByTestId('count-comments').textContent()).toBe('0');
    await expect.poll(() => summary.textContent()).toBe('Tidak ada komentar warga yang menunggu balasan.');
    // Nothing waits: the badge is empty, not "0".
    await expect.poll(() => badgeText(popup)).toBe('');
    await popup.close();
  });
});
