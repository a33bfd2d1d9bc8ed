import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { dbRows } from './cdp';
import { SUGGESTED_TEMPLATES, type CommentCategory } from '@/lib/inbox/classify';

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
  sortAt: number;
  sentAt?: number;
}

/** The month ('yyyy-MM') of an instant in WIB, the default zone (settings.timeZone). */
const monthWib = (at: number) => new Date(at + 7 * 3_600_000).toISOString().slice(0, 7);

/** Replies to a comment under the agency's post with the palette's "/terima-kasih" template. */
async function answerThroughPalette(page: Page, commentText: string): Promise<void> {
  await expect.poll(() => page.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
  const comment = page.locator('article[data-testid="tweet"]', { hasText: commentText });
  await comment.locator('[data-testid="reply"]').click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('[data-testid="tweetTextarea_0"]') });
  const box = dialog.locator('[data-testid="tweetTextarea_0"]');
  await box.waitFor();
  await box.focus();
  const button = page.getByTestId('pranata-template-button');
  await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
  await button.click();
  await expect.poll(() => page.getByTestId('pranata-palette-item').first().getAttribute('data-template-id'), { timeout: 10_000 }).not.toBeNull();
  // A template without fields to fill (the suggested ones ask for the service's hours and link).
  await page.getByTestId('pranata-palette-search').fill('/terima-kasih');
  await expect.poll(() => page.getByTestId('pranata-palette-item').first().textContent()).toContain('Terima kasih atas apresiasi');
  await page.keyboard.press('Enter');
  await expect.poll(() => box.textContent(), { timeout: 10_000 }).not.toBe('');
  await dialog.locator('[data-testid="tweetButton"]').click();
}

/** The monthly report's inbox CSV, downloaded with its button: rows of cells (';', no quoted cells here). */
async function reportInboxCsv(report: Page): Promise<string[][]> {
  const [download] = await Promise.all([report.waitForEvent('download'), report.getByTestId('report-inbox-csv').click()]);
  const text = readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, '');
  return text.trim().split('\r\n').map((line) => line.split(';'));
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

    // The popup's link opens the full queue in Pengaturan → Perlu dibalas.
    const [queuePage] = await Promise.all([h.context.waitForEvent('page'), popup.getByTestId('inbox-all').click()]);
    await queuePage.waitForLoadState();
    expect(new URL(queuePage.url()).hash).toBe('#queue');
    await popup.close();
    const section = queuePage.getByTestId('queue-section');
    await expect.poll(() => queuePage.getByTestId('queue-summary').textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 2, terlama \d+ hari · 1 lewat target$/);
    const queueRows = section.getByTestId('inbox-item');
    expect(await queueRows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-platform'), e.getAttribute('data-category'), e.getAttribute('data-due')]))).toEqual([
      ['x', 'complaint', 'past'],
      ['x', 'question', expect.not.stringMatching(/^past$/)],
    ]);
    // Keyboard only: the platform radios (arrow keys), then "Tidak perlu dibalas" and its undo.
    await queuePage.getByTestId('queue-filter-all').focus();
    await queuePage.keyboard.press('ArrowRight'); // X
    await expect.poll(() => queuePage.getByTestId('queue-filter-x').isChecked()).toBe(true);
    expect(await queueRows.count()).toBe(2);
    await queuePage.keyboard.press('ArrowRight'); // Facebook: none waits there
    await expect.poll(() => queuePage.getByTestId('queue-summary').textContent()).toBe('Tidak ada komentar Facebook yang menunggu balasan.');
    expect(await queueRows.count()).toBe(0);
    await queuePage.keyboard.press('ArrowLeft');
    await queuePage.keyboard.press('ArrowLeft'); // back to all
    await expect.poll(() => queueRows.count()).toBe(2);
    await queueRows.first().getByTestId('inbox-not-needed').focus();
    await queuePage.keyboard.press('Enter');
    await expect.poll(() => queuePage.getByTestId('queue-summary').textContent()).toMatch(/^Perlu dibalas: 1, /);
    // The row is gone; the undo button has the focus, so Enter undoes.
    await expect.poll(() => queuePage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('inbox-undo');
    await queuePage.keyboard.press('Enter');
    await expect.poll(() => queuePage.getByTestId('queue-summary').textContent()).toMatch(/^Perlu dibalas: 2, /);
    await expect.poll(() => badgeText(queuePage)).toBe('1');
    await queuePage.close();
  });

  it('answering the oldest comment through the palette offers its templates first, and the send takes it off the queue', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const summary = popup.getByTestId('inbox-summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 2, /);
    // The options page's queue stays open in its own tab while the admin answers on X.
    const queuePage = await h.openExtensionPage('options.html', '#queue');
    await expect.poll(() => queuePage.getByTestId('inbox-item').count(), { timeout: 10_000 }).toBe(2);
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
    // Live in the other tab too: only the water question is left.
    await expect.poll(() => queuePage.getByTestId('inbox-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))).toEqual(['question']);
    await page.close();
    await popup.close();
    await queuePage.close();
  });

  it('the report and its CSV count each comment in the month it came, answered late or in time; the popup tells the share within the target', async () => {
    // Answer the water question too (minutes to hours old: within the 24-hour target).
    const page = await h.openPlatform('x', `/${AGENCY}/status/1867401234567890101`);
    await answerThroughPalette(page, 'Kec. Mawar kena juga');
    await expect.poll(async () => (await dbRows<CommentRow>(options, 'comments')).find((r) => r.id === WATER_REPLY)?.open, { timeout: 15_000 }).toBe(0);
    await page.close();
    const rows = await dbRows<CommentRow>(options, 'comments');
    const water = rows.find((r) => r.id === WATER_REPLY);
    const vaccine = rows.find((r) => r.id === VACCINE_REPLY);
    if (!water?.sentAt || !vaccine?.sentAt) throw new Error('both comments should be answered by a recorded send');
    const minutes = (r: CommentRow) => String(Math.round(((r.sentAt ?? 0) - r.sortAt) / 60_000));

    // The popup: the last 30 days hold the water question only (the complaint came in December 2024).
    const popup = await h.openExtensionPage('popup.html');
    const line = popup.getByTestId('inbox-stats');
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^30 hari terakhir: dijawab dalam target 100% · median \d+ (detik|menit|jam)/);
    const popupMedian = (await line.textContent())?.split(' · median ')[1];
    await popup.close();

    // This month's report: the water question, answered in time; the same median as the popup.
    const report = await h.context.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html?month=${monthWib(water.sortAt)}`);
    await expect.poll(() => report.getByTestId('report-inbox-received').textContent(), { timeout: 15_000 }).toBe('1');
    expect(await report.getByTestId('report-inbox-answered').textContent()).toBe('1');
    expect(await report.getByTestId('report-inbox-unanswered').textContent()).toBe('0');
    expect(await report.getByTestId('report-inbox-within').textContent()).toBe('100% (1 / 1)');
    expect(await report.getByTestId('report-inbox-median').textContent()).toBe(popupMedian);
    expect(await report.getByTestId('report-inbox-intro').textContent()).toContain('Target tanggapan: 24 jam.');
    const xRow = report.locator('[data-testid="report-inbox-platform"][data-platform="x"] td');
    expect(await xRow.first().textContent()).toBe('1');
    let [head, ...csv] = await reportInboxCsv(report);
    const col = (name: string) => head?.indexOf(name) ?? -1;
    let total = csv.find((r) => r[0] === 'Semua');
    expect(total?.[col('Masuk')]).toBe('1');
    expect(total?.[col('Dibalas')]).toBe('1');
    expect(total?.[col('Dijawab dalam target (%)')]).toBe('100');
    expect(total?.[col('Median waktu menjawab (menit)')]).toBe(minutes(water));
    expect(total?.[col('Target (jam)')]).toBe('24');
    expect(csv.find((r) => r[0] === 'Platform' && r[1] === 'X')?.[col('Masuk')]).toBe('1');

    // December 2024's report: the complaint, answered today (after its month), past the target.
    await report.goto(`chrome-extension://${h.extensionId}/report.html?month=${monthWib(vaccine.sortAt)}`);
    await expect.poll(() => report.getByTestId('report-inbox-within').textContent(), { timeout: 15_000 }).toBe('0% (0 / 1)');
    expect(await report.getByTestId('report-inbox-received').textContent()).toBe('1');
    expect(await report.getByTestId('report-inbox-answered').textContent()).toBe('1');
    expect(await report.getByTestId('report-inbox-median').textContent()).toMatch(/^\d+ hari( \d+ jam)?$/);
    [head, ...csv] = await reportInboxCsv(report);
    total = csv.find((r) => r[0] === 'Semua');
    expect(total?.[col('Dijawab dalam target (%)')]).toBe('0');
    expect(total?.[col('Median waktu menjawab (menit)')]).toBe(minutes(vaccine));
    expect(csv.find((r) => r[0] === 'Jenis komentar' && r[1] === 'Keluhan')?.[col('Masuk')]).toBe('1');
    await report.close();
  });

  it('"Hapus riwayat" in Pengaturan → Data deletes the comments, and the open popup follows', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const summary = popup.getByTestId('inbox-summary');
    // Both comments were answered above: nothing waits, and the 30 days' share is shown.
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toBe('Tidak ada komentar warga yang menunggu balasan.');
    await expect.poll(() => popup.getByTestId('inbox-stats').count()).toBe(1);
    // The options page's delete-all path (the same message its button sends after confirming).
    await options.goto(`chrome-extension://${h.extensionId}/options.html#data`);
    await expect.poll(() => options.getByTestId('count-comments').textContent(), { timeout: 10_000 }).toBe('2');
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: /Hapus riwayat/ }).click();
    await expect.poll(() => options.getByTestId('count-comments').textContent()).toBe('0');
    await expect.poll(() => popup.getByTestId('inbox-stats').count()).toBe(0);
    // Nothing waits: the badge is empty, not "0".
    await expect.poll(() => badgeText(popup)).toBe('');
    await popup.close();
  });
});

/**
 * Inserts the palette's "/terima-kasih" template into the focused reply box (no fields to fill).
 * With `category` (the comment's kind), the palette must first list the templates suggested for it.
 */
async function insertThanks(page: Page, category?: CommentCategory): Promise<void> {
  const button = page.getByTestId('pranata-template-button');
  await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
  await button.click();
  await expect.poll(() => page.getByTestId('pranata-palette-item').first().getAttribute('data-template-id'), { timeout: 10_000 }).not.toBeNull();
  if (category) {
    const templates = await dbRows<{ id: string; category: string }>(options, 'templates');
    const ids = await page.getByTestId('pranata-palette-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')));
    const categories = ids.map((id) => templates.find((t) => t.id === id)?.category ?? '');
    const wanted: readonly string[] = SUGGESTED_TEMPLATES[category];
    const suggested = categories.filter((c) => wanted.includes(c)).length;
    expect(suggested).toBeGreaterThan(0);
    // The suggested ones lead the list, in the order of the suggestion.
    expect(categories.slice(0, suggested).every((c) => wanted.includes(c))).toBe(true);
    expect(categories[0]).toBe(wanted.find((w) => categories.includes(w)));
  }
  await page.getByTestId('pranata-palette-search').fill('/terima-kasih');
  await expect.poll(() => page.getByTestId('pranata-palette-item').first().textContent()).toContain('Terima kasih atas apresiasi');
  await page.keyboard.press('Enter');
}

/** The comments table as id → open (1 waiting, 0 answered or marked). */
async function openById(platform: string): Promise<Record<string, number>> {
  const rows = (await dbRows<CommentRow>(options, 'comments')).filter((r) => r.platform === platform);
  return Object.fromEntries(rows.map((r) => [r.id, r.open]));
}

/** How many rows of one platform the popup's queue lists. */
function rowsOn(items: Locator, platform: string): Promise<number> {
  return items.evaluateAll((els, p) => els.filter((e) => e.getAttribute('data-platform') === p).length, platform);
}

/**
 * The thanks template into the focused reply box, sent with the site's own control: the comment
 * leaves the database's queue and the open popup, which still lists `left` rows of the platform.
 */
async function answerWithThanks(o: { category?: CommentCategory; page: Page; items: Locator; platform: string; id: string; handle: string; draft: () => Promise<string>; send: Locator; left: number }): Promise<void> {
  await insertThanks(o.page, o.category);
  await expect.poll(o.draft, { timeout: 10_000 }).toContain('Terima kasih atas apresiasi');
  await o.send.click();
  await expect.poll(async () => (await openById(o.platform))[o.id], { timeout: 15_000 }).toBe(0);
  await expect.poll(() => rowsOn(o.items, o.platform), { timeout: 10_000 }).toBe(o.left);
  expect(await o.items.filter({ hasText: `@${o.handle}` }).count()).toBe(0);
}

// The Facebook and Instagram playgrounds (playground/src/facebook/data.ts, playground/src/instagram/data.ts).
const FB_SITI = '880011223344551';
const FB_BUDI = '880011223344552';
const FB_JOKO = '880011223344553';
const FB_DEWI = '880011220000001';
const IG_SITI = '17890000000000001';
const IG_BUDI = '17890000000000002';
const IG_DEWI = '17890000000000003';

describe('"Perlu dibalas" on Facebook and Instagram (playground)', () => {
  it('the Facebook feed fills the queue; a reply of the page already there answers one; answering Siti through the palette takes hers off', async () => {
    await sendMessage(options, {
      type: 'settings.update',
      payload: {
        patch: {
          accounts: [
            { platform: 'x', handle: AGENCY, role: 'own' },
            { platform: 'facebook', handle: AGENCY, role: 'own' },
            { platform: 'instagram', handle: AGENCY, role: 'own' },
          ],
        },
      },
    });
    const page = await h.openPlatform('facebook', '/');
    // Budi's question has the page's own reply under it: seen as answered, never queued as waiting.
    // Dewi's own post (a citizen's) has no comments to keep, and nothing of it is recorded.
    await expect.poll(() => openById('facebook'), { timeout: 15_000 }).toEqual({ [FB_SITI]: 1, [FB_BUDI]: 0, [FB_JOKO]: 1, [FB_DEWI]: 1 });
    const rows = (await dbRows<CommentRow>(options, 'comments')).filter((r) => r.platform === 'facebook');
    expect(rows.find((r) => r.id === FB_SITI)).toMatchObject({ category: 'info-request', postId: '1029384756102938', authorHandle: 'siti.rahma.77' });

    const popup = await h.openExtensionPage('popup.html');
    const items = popup.getByTestId('inbox-item');
    await expect.poll(() => rowsOn(items, 'facebook'), { timeout: 10_000 }).toBe(3);
    const siti = items.filter({ hasText: '@siti.rahma.77' });
    expect(await siti.getByTestId('inbox-open').getAttribute('href')).toBe(`https://www.facebook.com/${AGENCY}/posts/1029384756102938?comment_id=${FB_SITI}`);

    // "Balas" under Siti's comment, the thanks template, then the page's own send control.
    await expect.poll(() => page.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
    const comment = page.locator('[role="article"][aria-label^="Komentar oleh Siti"]');
    await comment.getByRole('button', { name: 'Balas', exact: true }).click();
    const box = page.getByRole('textbox', { name: 'Balas sebagai Humas Kota Contoh' });
    await box.waitFor();
    await box.focus();
    // The open popup follows: Siti's row is gone, Joko's and Dewi's still wait.
    const send = page.locator('.fb-box').filter({ has: box }).locator('.fb-send');
    await answerWithThanks({ category: 'info-request', page, items, platform: 'facebook', id: FB_SITI, handle: 'siti.rahma.77', draft: async () => (await box.textContent()) ?? '', send, left: 2 });
    await popup.close();
    await page.close();
  });

  it('an Instagram post page fills the queue; answering Siti with "Balas" and the palette takes hers off', async () => {
    const page = await h.openPlatform('instagram', '/p/C9xAbC12dEf/');
    await expect.poll(() => openById('instagram'), { timeout: 15_000 }).toEqual({ [IG_SITI]: 1, [IG_BUDI]: 1, [IG_DEWI]: 1 });
    const rows = (await dbRows<CommentRow>(options, 'comments')).filter((r) => r.platform === 'instagram');
    expect(rows.find((r) => r.id === IG_SITI)).toMatchObject({ category: 'info-request', postId: 'C9xAbC12dEf', authorHandle: 'sitirahma_' });

    const popup = await h.openExtensionPage('popup.html');
    const items = popup.getByTestId('inbox-item');
    await expect.poll(() => rowsOn(items, 'instagram'), { timeout: 10_000 }).toBe(3);
    expect(await items.filter({ hasText: '@sitirahma_' }).getByTestId('inbox-open').getAttribute('href')).toBe(`https://www.instagram.com/p/C9xAbC12dEf/c/${IG_SITI}/`);

    await expect.poll(() => page.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
    const comment = page.locator('li.ig-comment', { hasText: 'sitirahma_' }).first();
    await comment.getByRole('button', { name: 'Balas', exact: true }).click();
    const box = page.locator('textarea');
    await expect.poll(() => box.inputValue()).toBe('@sitirahma_ ');
    await box.focus();
    const send = box.locator('xpath=ancestor::*[contains(@class, "ig-comment-form")][1]').locator('.ig-post-button');
    await answerWithThanks({ category: 'info-request', page, items, platform: 'instagram', id: IG_SITI, handle: 'sitirahma_', draft: () => box.inputValue(), send, left: 2 });
    await popup.close();
    await page.close();
  });

  it('a shorter retention in Pengaturan → Data deletes the comments not seen since, at once', async () => {
    // Ten days pass for the Facebook rows: their last sight moves back (the test cannot wait that long).
    await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('pranata');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const store = db.transaction('comments', 'readwrite').objectStore('comments');
      await new Promise<void>((resolve, reject) => {
        const req = store.openCursor();
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return resolve();
          const row = cursor.value as { platform: string; lastSeenAt: number };
          if (row.platform === 'facebook') cursor.update({ ...row, lastSeenAt: row.lastSeenAt - 10 * 86_400_000 });
          cursor.continue();
        };
      });
      db.close();
    });
    await options.goto(`chrome-extension://${h.extensionId}/options.html#data`);
    const count = options.getByTestId('count-comments');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe('7');
    await options.getByTestId('comment-retention-days').fill('7');
    await options.getByTestId('comment-retention-save').click();
    // The four Facebook comments go; the three Instagram ones, seen today, stay.
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe('3');
    expect(Object.keys(await openById('facebook'))).toEqual([]);
    expect(Object.keys(await openById('instagram')).sort()).toEqual([IG_SITI, IG_BUDI, IG_DEWI].sort());
  });
});
