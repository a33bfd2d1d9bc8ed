import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbRows } from './cdp';
import { launchExtension, type Harness } from './harness';

// Issue 18: YouTube end to end, the built extension on playground/youtube.html served as
// https://www.youtube.com/watch?v=… (markup after ../shared/fixtures/real/next/, see
// playground/README.md): the palette in the top-level box, the check panel and the QC gate in a
// reply box (Ctrl+Enter and the send button), the reply logged with its response time, and the
// agency's own video snapshotted with a badge, an other channel's video not.

const AGENCY = 'humaskotacontoh';
const OWN_VIDEO = 'Kd8Qw3Ls9Xa';
const OTHER_VIDEO = 'Zx7Pq2Mn4Rt';
/** Siti's comment, "12 jam yang lalu" on the playground. */
const SITI = 'UgzK7tP0q1W2e3R4t5Y6AaABAg';
const HOUR = 3_600_000;
const BAD_DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001';
const GOOD_DRAFT = 'Selamat pagi, Kak Siti. Jadwal KTP keliling di Kecamatan Melati kami umumkan Senin. -Admin';

interface SnapshotRow {
  kind: 'post' | 'profile';
  platform: string;
  account: string;
  postId: string;
  permalink?: string;
  counts: Record<string, { value: number; exact: boolean }>;
}
interface EventRow {
  kind: string;
  platform: string;
  targetId?: string;
  targetAt?: number;
  responseMs?: number;
  at: number;
}

let h: Harness;
let options: Page;
let page: Page;

beforeAll(async () => {
  h = await launchExtension();
  options = await h.openExtensionPage('options.html');
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'settings.update',
      payload: { patch: { setupDone: true, uiLanguage: 'id' } },
    }),
  );
  await options.goto(`chrome-extension://${h.extensionId}/options.html#accounts`);
  await options.waitForFunction(() => document.documentElement.lang === 'id');
});
afterAll(async () => {
  await h?.close();
});

const sentCount = (p: Page) => p.evaluate(() => window.__playground.sent.length);
const editorText = (p: Page, index: number) => p.evaluate((i) => window.__playground.contenteditableText(i), index);
const ruleIds = (p: Page) => p.getByTestId('pranata-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));

/** Opens the reply box under Siti's comment (its "Balas" button) and returns its editor. */
async function sitiReplyBox(p: Page): Promise<Locator> {
  const comment = p.locator('ytd-comment-thread-renderer').first().locator('#comment-container ytd-comment-view-model');
  await comment.locator('#reply-button-end button').click();
  const box = comment.locator('ytd-comment-reply-dialog-renderer #contenteditable-root');
  await box.waitFor();
  return box;
}

describe('YouTube watch page end to end (Indonesian UI)', () => {
  it('the channel is added by its @handle URL in the options page', async () => {
    await options.getByTestId('account-handle-youtube').fill('https://www.youtube.com/@HumasKotaContoh');
    await options.getByTestId('account-add-youtube').click();
    await expect.poll(async () => (await dbRows<{ value: { accounts: unknown[] } }>(options, 'settings'))[0]?.value.accounts).toEqual([{ platform: 'youtube', handle: AGENCY, role: 'own' }]);
  });

  it("the agency's video: exact likes and views, the comment count, the subscribers, a badge beside the views", async () => {
    page = await h.openPlatform('youtube', `/watch?v=${OWN_VIDEO}`);
    await expect.poll(() => page.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(async () => (await dbRows<SnapshotRow>(options, 'snapshots')).map((r) => `${r.kind}:${r.postId}`).sort(), { timeout: 15_000 })
      .toEqual([`post:${OWN_VIDEO}`, `profile:${AGENCY}`]);
    const rows = await dbRows<SnapshotRow>(options, 'snapshots');
    expect(rows.find((r) => r.kind === 'post')).toMatchObject({
      platform: 'youtube',
      account: AGENCY,
      permalink: `https://www.youtube.com/watch?v=${OWN_VIDEO}`,
      counts: { likes: { value: 4321, exact: true }, views: { value: 1_234_567, exact: true }, replies: { value: 1024, exact: true } },
    });
    expect(rows.find((r) => r.kind === 'profile')?.counts).toEqual({ followers: { value: 12_300, exact: false } });
    const badge = page.locator(`[data-testid="pranata-post-badge"][data-post-id="${OWN_VIDEO}"]`);
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => badge.evaluate((el) => el.textContent ?? '')).toMatch(/dari 1\.234\.567 tayangan/);
    // Drawn in Pranata's layer, not inside the site's elements.
    expect(await page.locator('ytd-watch-flexy [data-testid="pranata-post-badge"]').count()).toBe(0);
  });

  it("after an in-page navigation (yt-navigate-finish) to another channel's video: no badge, no snapshot", async () => {
    await page.locator(`a.yt-next[data-video="${OTHER_VIDEO}"]`).click();
    await expect.poll(() => page.locator(`ytd-watch-flexy[video-id="${OTHER_VIDEO}"]`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('pranata-post-badge').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(2500); // a scan and a snapshot batch (1 s) would have gone by
    expect((await dbRows<SnapshotRow>(options, 'snapshots')).some((r) => r.postId === OTHER_VIDEO)).toBe(false);
    // Back to the agency's video: its badge again.
    await page.goBack();
    await expect.poll(() => page.locator(`[data-testid="pranata-post-badge"][data-post-id="${OWN_VIDEO}"]`).count(), { timeout: 15_000 }).toBe(1);
  });

  it('the palette inserts a template into the top-level box; the site takes it (its Komentar button enables)', async () => {
    await page.locator('#placeholder-area').click();
    const box = page.locator('ytd-comment-simplebox-renderer #contenteditable-root');
    await box.waitFor();
    await box.focus();
    const button = page.getByTestId('pranata-template-button');
    await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
    await button.click();
    await expect.poll(() => page.getByTestId('pranata-palette').isVisible()).toBe(true);
    await page.keyboard.type('apresiasi');
    // The preview is polled, not the item count: a count > 0 already holds before the query applies.
    await expect.poll(() => page.getByTestId('pranata-palette-preview-text').textContent()).toContain('Terima kasih atas apresiasi');
    const expected = (await page.getByTestId('pranata-palette-preview-text').textContent()) ?? '';
    expect(expected).toContain('Terima kasih atas apresiasi');
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page, 0)).toBe(expected);
    expect(await page.locator('ytd-comment-simplebox-renderer #submit-button button').isEnabled()).toBe(true);
    await expect
      .poll(async () => (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.kind === 'template-inserted').map((e) => [e.platform, e.targetId]), { timeout: 10_000 })
      .toEqual([['youtube', OWN_VIDEO]]);
    expect(await sentCount(page)).toBe(0);
    // Typing goes on after the template.
    await page.keyboard.type(' Salam.');
    await expect.poll(() => editorText(page, 0)).toBe(`${expected} Salam.`);
    await page.locator('ytd-comment-simplebox-renderer #cancel-button button').click();
  });

  it('typing /terima-kasih in the box opens the palette on that template; Enter replaces the shortcut', async () => {
    await page.locator('#placeholder-area').click();
    const box = page.locator('ytd-comment-simplebox-renderer #contenteditable-root');
    await box.waitFor();
    await box.focus();
    await page.keyboard.type('/terima-kasih', { delay: 60 });
    await expect.poll(() => page.getByTestId('pranata-palette').isVisible(), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page, 0)).toContain('Terima kasih atas apresiasi');
    expect(await editorText(page, 0)).not.toContain('/terima-kasih');
    expect(await sentCount(page)).toBe(0);
    await page.locator('ytd-comment-simplebox-renderer #cancel-button button').click();
    await expect.poll(() => box.count()).toBe(0);
  });

  it('a reply box under a comment: the check panel underlines the draft; a fix goes through the editor', async () => {
    const box = await sitiReplyBox(page);
    await box.click();
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => editorText(page, 0)).toBe(BAD_DRAFT);
    await expect.poll(() => page.getByTestId('pranata-check-panel').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => ruleIds(page)).toEqual(expect.arrayContaining(['slang', 'personal-nik']));
    await expect.poll(() => page.getByTestId('pranata-highlight').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length)).toBeGreaterThanOrEqual(2);
    expect(await box.locator('[data-testid="pranata-highlight"]').count()).toBe(0);
    await page.locator('[data-testid="pranata-finding"][data-rule-id="slang"] [data-testid="pranata-finding-fix"]').first().click();
    await expect.poll(() => editorText(page, 0)).toBe(BAD_DRAFT.replace('gak', 'tidak'));
  });

  it('the QC gate holds Ctrl+Enter and the Balas button on a draft with an error; Enter is a new line', async () => {
    const box = page.locator('ytd-comment-reply-dialog-renderer #contenteditable-root');
    const submit = page.locator('ytd-comment-reply-dialog-renderer #submit-button button');
    const confirm = page.getByTestId('pranata-send-confirm');
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await page.getByTestId('pranata-send-fix').click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await sentCount(page)).toBe(0);

    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await sentCount(page)).toBe(0);
    expect(await editorText(page, 0)).toBe(BAD_DRAFT.replace('gak', 'tidak'));

    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await confirm.count()).toBe(0);
    expect(await sentCount(page)).toBe(0);
  });

  it('a good reply sent with Ctrl+Enter is logged against the comment with its response time; the popup moves', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const box = page.locator('ytd-comment-reply-dialog-renderer #contenteditable-root');
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => editorText(page, 0)).toBe('');
    await page.keyboard.type(GOOD_DRAFT);
    await expect.poll(() => editorText(page, 0)).toBe(GOOD_DRAFT);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => sentCount(page)).toBe(1);
    expect(await page.getByTestId('pranata-send-confirm').count()).toBe(0);
    await expect
      .poll(async () => (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.kind === 'sent').length, { timeout: 15_000 })
      .toBe(1);
    const sent = (await dbRows<EventRow>(options, 'replyEvents')).find((e) => e.kind === 'sent');
    expect(sent).toMatchObject({ platform: 'youtube', targetId: SITI });
    // "12 jam yang lalu": known to the hour.
    expect(sent?.responseMs).toBeGreaterThan(11 * HOUR);
    expect(sent?.responseMs).toBeLessThan(13 * HOUR);
    expect(JSON.stringify(sent)).not.toMatch(/Siti|Melati/i);
    await expect.poll(() => popup.getByTestId('replies-per-platform').locator('[data-platform="youtube"] strong').textContent(), { timeout: 15_000 }).toBe('1');
    expect(await popup.getByTestId('replies-per-platform').locator('[data-platform="youtube"]').textContent()).toContain('YouTube');
    await popup.close();
  });
});

describe('"Perlu dibalas" on YouTube', () => {
  interface CommentRow {
    id: string;
    platform: string;
    postId: string;
    open: number;
    authorHandle: string;
    answeredBy?: string;
  }
  const comments = async () =>
    (await dbRows<CommentRow>(options, 'comments'))
      .filter((r) => r.platform === 'youtube')
      .map((r) => [r.authorHandle, r.open] as const)
      .sort((a, b) => a[0].localeCompare(b[0]));

  it("the citizens' comments under the agency's video wait; the one Pranata sent an answer to does not; folded replies hide nothing wrongly", async () => {
    // Siti was answered by the send above; Budi's and Ani's wait (Ani's answer is folded behind "1 balasan").
    await expect
      .poll(comments, { timeout: 15_000 })
      .toEqual([
        ['ani.lestari', 1],
        ['siti_rahma', 0],
        ['warga.budi', 1],
      ]);
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('inbox-summary').textContent(), { timeout: 10_000 }).toMatch(/^Perlu dibalas: 2, terlama 14 hari/);
    const oldest = popup.getByTestId('inbox-item').first();
    expect(await oldest.getByTestId('inbox-open').getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${OWN_VIDEO}&lc=UgxJ4l5n6M7b8V9c0X1AaABAg`);
    await popup.close();
  });

  it("opening Ani's replies shows the channel's answer: her comment leaves the queue", async () => {
    const ani = page.locator('ytd-comment-thread-renderer', { hasText: 'Syarat KTP keliling' });
    await ani.locator('#more-replies button').click();
    await expect.poll(() => ani.locator('ytd-comment-replies-renderer ytd-comment-view-model').count()).toBe(1);
    await expect
      .poll(comments, { timeout: 15_000 })
      .toEqual([
        ['ani.lestari', 0],
        ['siti_rahma', 0],
        ['warga.budi', 1],
      ]);
  });

  it("another channel's video: none of its comments are kept", async () => {
    const other = await h.openPlatform('youtube', `/watch?v=${OTHER_VIDEO}`);
    await expect.poll(() => other.getByTestId('pranata-overlay').count(), { timeout: 15_000 }).toBe(1);
    await other.waitForTimeout(1500);
    expect((await dbRows<CommentRow>(options, 'comments')).filter((r) => r.postId === OTHER_VIDEO)).toEqual([]);
    await other.close();
  });
});

describe('YouTube watch page end to end (English UI, Pranata in English)', () => {
  const BUDI_REPLY = `${SITI}.A1Rp0000001`;

  it('the badge reads the English page ("1,234,567 views")', async () => {
    await options.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'settings.update',
        payload: { patch: { uiLanguage: 'en' } },
      }),
    );
    await page.close();
    page = await h.openPlatform('youtube', `/watch?v=${OWN_VIDEO}`, 'en');
    const badge = page.locator(`[data-testid="pranata-post-badge"][data-post-id="${OWN_VIDEO}"]`);
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => badge.evaluate((el) => el.textContent ?? '')).toMatch(/1,234,567 views/);
  });

  it('a reply to a reply: the palette inserts, the Reply button sends, logged against the reply ("45 minutes ago")', async () => {
    // The replies are folded behind "1 reply" until opened, as on YouTube.
    await page.locator('ytd-comment-thread-renderer').first().locator('#more-replies button').click();
    const reply = page.locator('ytd-comment-replies-renderer ytd-comment-view-model').first();
    await reply.locator('#reply-button-end button').click();
    const box = reply.locator('ytd-comment-reply-dialog-renderer #contenteditable-root');
    await box.waitFor();
    await box.focus();
    const button = page.getByTestId('pranata-template-button');
    await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
    await button.click();
    await expect.poll(() => page.getByTestId('pranata-palette').isVisible()).toBe(true);
    await page.keyboard.type('apresiasi');
    // The preview is polled, not the item count: a count > 0 already holds before the query applies.
    await expect.poll(() => page.getByTestId('pranata-palette-preview-text').textContent()).toContain('Terima kasih atas apresiasi');
    const expected = (await page.getByTestId('pranata-palette-preview-text').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page, 0)).toBe(expected);
    const before = (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.kind === 'sent').length;
    await reply.locator('ytd-comment-reply-dialog-renderer #submit-button button').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await expect
      .poll(async () => (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.kind === 'sent').length, { timeout: 15_000 })
      .toBe(before + 1);
    const sent = (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.kind === 'sent').find((e) => e.targetId === BUDI_REPLY);
    expect(sent?.responseMs).toBeGreaterThan(44 * 60_000);
    expect(sent?.responseMs).toBeLessThan(47 * 60_000);
  });

  it('the gate asks in English before the Reply button sends a draft with an error', async () => {
    const box = await sitiReplyBox(page);
    await box.click();
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => editorText(page, 0)).toBe(BAD_DRAFT);
    await page.locator('ytd-comment-reply-dialog-renderer #submit-button button').click();
    const confirm = page.getByTestId('pranata-send-confirm');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await page.getByTestId('pranata-send-fix').textContent()).toMatch(/fix/i);
    await page.getByTestId('pranata-send-fix').click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await sentCount(page)).toBe(1);
  });
});

describe('YouTube page health in the popup', () => {
  it('healthy on the playground; a send button YouTube renamed is named, with what still works', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const p = await h.openPlatform('youtube', `/watch?v=${OWN_VIDEO}`);
    await p.locator('#placeholder-area').click();
    await p.locator('ytd-comment-simplebox-renderer #contenteditable-root').waitFor();
    const row = popup.getByTestId('platform-health-youtube');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 20_000 }).toBe('ok');
    // The site renames its button: the box stays, its send control is gone from the adapter's view.
    await p.evaluate(() => {
      for (const b of Array.from(document.querySelectorAll('#submit-button'))) b.id = 'post-button';
      document.body.append(document.createElement('div')); // a mutation, so the page is scanned again
    });
    await expect.poll(() => row.locator('[data-code="send-not-found"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('problem');
    expect(await row.locator('[data-code="send-not-found"]').textContent()).toContain('YouTube');
    await p.close();
    await popup.close();
  });
});
