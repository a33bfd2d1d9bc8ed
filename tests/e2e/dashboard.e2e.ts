import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { dbRows } from './cdp';

/** The playground's agency account (the same handle on all three sites, see playground/README.md). */
const AGENCY = 'humaskotacontoh';
/** Agency posts on the X home timeline; the other three are citizens'. */
const X_AGENCY_POSTS = ['1867401234567890101', '1866000000000000303', '1865000000000000707', '1400000000000000505'];
const X_CITIZEN_POSTS = ['1867455500000000202', '1867460000000000404', '1867470000000000606'];
const SITI_POST = '1867455500000000202';

interface SnapshotRow {
  kind: 'post' | 'profile';
  platform: string;
  account: string;
  postId: string;
  counts: Record<string, { value: number; exact: boolean }>;
}
interface EventRow {
  kind: string;
  platform: string;
  targetId?: string;
  [k: string]: unknown;
}

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launchExtension();
  // Past the first-run wizard (tested elsewhere), in Indonesian whatever the browser's language:
  // the assertions read Indonesian formats. A settings message from an extension page.
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

async function addAccount(platform: 'x' | 'facebook' | 'instagram', handle: string): Promise<void> {
  await options.getByTestId(`account-handle-${platform}`).fill(handle);
  await options.getByTestId(`account-add-${platform}`).click();
}

/** Parses the CSV the history section downloads (BOM, ';' under Indonesian, quoted fields). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** What the badge says (its shadow root's text, without the style sheet). */
function badgeText(badge: ReturnType<Page['locator']>): Promise<string> {
  return badge.evaluate((el) => el.textContent ?? '');
}

/** The table's cells as the CSV writes them (data-csv), and as the table shows them. */
async function tableCells(page: Page, shown = false): Promise<string[][]> {
  return page.getByTestId('history-table').evaluate(
    (table, asShown) =>
      Array.from(table.querySelectorAll('tr')).map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((c) => (asShown ? (c.textContent ?? '') : (c.getAttribute('data-csv') ?? ''))),
      ),
    shown,
  );
}

describe('engagement dashboard end to end', () => {
  it('sets the agency accounts in the options page and refuses a duplicate at the field', async () => {
    await addAccount('x', '@HumasKotaContoh');
    await expect.poll(() => options.getByTestId('account-row').count()).toBe(1);
    await addAccount('x', 'https://x.com/humaskotacontoh');
    const error = options.getByTestId('account-error-x');
    await expect.poll(() => error.textContent()).toContain('@humaskotacontoh');
    expect(await options.getByTestId('account-handle-x').getAttribute('aria-invalid')).toBe('true');
    await addAccount('x', 'humas kota');
    await expect.poll(() => error.textContent()).toMatch(/tidak sah/);
    await addAccount('facebook', AGENCY);
    await addAccount('instagram', AGENCY);
    await expect.poll(() => options.getByTestId('account-row').count()).toBe(3);
    const [settings] = await dbRows<{ value: { accounts: unknown[] } }>(options, 'settings');
    expect(settings?.value.accounts).toEqual([
      { platform: 'x', handle: AGENCY, role: 'own' },
      { platform: 'facebook', handle: AGENCY, role: 'own' },
      { platform: 'instagram', handle: AGENCY, role: 'own' },
    ]);
  });

  it('browsing X snapshots the agency posts only and puts a badge on each of them, none on citizens', async () => {
    const page = await h.openPlatform('x', '/home');
    const badges = page.getByTestId('pranata-post-badge');
    await expect.poll(async () => (await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')))).sort(), { timeout: 15_000 }).toEqual([...X_AGENCY_POSTS].sort());
    for (const id of X_CITIZEN_POSTS) {
      expect(await page.locator(`[data-testid="pranata-post-badge"][data-post-id="${id}"]`).count()).toBe(0);
    }
    // Drawn in Pranata's layer, never inside the site's posts.
    expect(await page.locator('article [data-testid="pranata-post-badge"]').count()).toBe(0);
    await expect.poll(async () => (await dbRows<SnapshotRow>(options, 'snapshots')).length, { timeout: 15_000 }).toBe(X_AGENCY_POSTS.length);
    const rows = await dbRows<SnapshotRow>(options, 'snapshots');
    expect(new Set(rows.map((r) => r.account))).toEqual(new Set([AGENCY]));
    expect(rows.map((r) => r.postId).sort()).toEqual([...X_AGENCY_POSTS].sort());
    const water = rows.find((r) => r.postId === '1867401234567890101');
    expect(water?.counts).toMatchObject({ likes: { value: 553, exact: true }, views: { value: 30142, exact: true } });
    // The water notice's badge: rate by views (no follower count yet), denominator named.
    const waterBadge = page.locator('[data-testid="pranata-post-badge"][data-post-id="1867401234567890101"]');
    await expect.poll(() => badgeText(waterBadge)).toContain('2,5% dari 30.142 tayangan');
    await page.close();
  });

  it('the profile page gives a follower snapshot, and badges then show the rate by followers', async () => {
    const page = await h.openPlatform('x', `/${AGENCY}`);
    await expect
      .poll(async () => (await dbRows<SnapshotRow>(options, 'snapshots')).filter((r) => r.kind === 'profile').map((r) => [r.postId, r.counts.followers?.value]), { timeout: 15_000 })
      .toEqual([[AGENCY, 12300]]);
    const badge = page.locator('[data-testid="pranata-post-badge"][data-post-id="1867401234567890101"]');
    await expect.poll(() => badgeText(badge), { timeout: 15_000 }).toMatch(/\d+ interaksi · ≈\d+,\d% dari 12\.300 pengikut · 2,5% dari 30\.142 tayangan/);
    await page.close();
  });

  it('a reply sent with the site button moves the open popup without a reload; nothing of the citizen is stored', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const replies = popup.getByTestId('stat-replies');
    await expect.poll(() => replies.textContent()).toBe('0');
    const page = await h.openPlatform('x', `/sitirahma_/status/${SITI_POST}`);
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await page.keyboard.type('Halo Kak Siti, terima kasih laporannya. Kami teruskan ke Dishub.');
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __playground: { sent: unknown[] } }).__playground.sent.length)).toBe(1);
    await expect.poll(() => replies.textContent(), { timeout: 15_000 }).toBe('1');
    expect(await popup.getByTestId('replies-per-platform').locator('[data-platform="x"] strong').textContent()).toBe('1');
    // The engagement chart (uPlot, loaded after the figures) draws today's own posts.
    await expect.poll(() => popup.locator('[data-testid="chart-engagement"] canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await popup.getByTestId('stat-snapshots').textContent()).toMatch(/^\d+$/);
    const events = await dbRows<EventRow>(options, 'replyEvents');
    // The send, and its draft's one check record (for the report's "Draf diperiksa").
    expect(events.map((e) => e.kind).sort()).toEqual(['checked', 'sent']);
    expect(events.find((e) => e.kind === 'sent')).toMatchObject({ kind: 'sent', platform: 'x', targetId: SITI_POST });
    expect(events.find((e) => e.kind === 'checked')).toMatchObject({ kind: 'checked', platform: 'x', targetId: SITI_POST, errorCount: 0 });
    const stored = JSON.stringify(events);
    expect(stored).not.toMatch(/Siti|sitirahma|terima kasih|Dishub/i);
    await page.close();
    await popup.close();
  });

  it('Enter in a Facebook comment box is a send too (the site submits on Enter)', async () => {
    const page = await h.openPlatform('facebook', '/');
    const box = page.locator('[data-lexical-editor="true"][aria-label^="Tulis komentar"]').first();
    await box.click();
    await page.keyboard.type('Terima kasih, informasinya sudah kami catat.');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await dbRows<EventRow>(options, 'replyEvents')).filter((e) => e.platform === 'facebook' && e.kind === 'sent').length, { timeout: 15_000 })
      .toBe(1);
    // Agency posts on Facebook get badges; the citizen's post does not.
    await expect.poll(() => page.getByTestId('pranata-post-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const citizenPostIds = await page.locator('div[role="article"][aria-posinset]').evaluateAll((articles) =>
      articles
        .filter((a) => !a.querySelector('a[href^="/humaskotacontoh"]'))
        .flatMap((a) => Array.from(a.querySelectorAll('a[href*="/posts/"]')).map((l) => /\/posts\/([^/?#]+)/.exec(l.getAttribute('href') ?? '')?.[1] ?? '')),
    );
    expect(citizenPostIds.length).toBeGreaterThan(0);
    const badgeIds = await page.getByTestId('pranata-post-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));
    expect(badgeIds.filter((id) => citizenPostIds.includes(id ?? ''))).toEqual([]);
    await page.close();
  });

  it('the monthly report shows the month and prints to PDF without its controls', async () => {
    const month = await options.evaluate(() => {
      const d = new Date(Date.now() + 7 * 3_600_000); // the agency zone (WIB)
      return d.toISOString().slice(0, 7);
    });
    const report = await h.context.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html?month=${month}`);
    await expect.poll(() => report.getByTestId('report-sent').textContent(), { timeout: 15_000 }).toBe('2');
    // Both replies went out with a check result: two drafts checked, not 0.
    expect(await report.getByTestId('report-checked').textContent()).toBe('2');
    await expect.poll(() => report.locator('[data-testid="report-chart-engagement"] canvas').count()).toBeGreaterThan(0);
    // Per platform: the X reply and the Facebook one.
    const perPlatform = await report.getByTestId('report-replies').locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]),
    );
    expect(perPlatform).toEqual([
      ['X', '1'],
      ['Facebook', '1'],
      ['Instagram', '0'],
      ['YouTube', '0'], // issue 18: every platform of lib/platforms/meta.ts has its row
    ]);
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByTestId('report-print').isVisible()).toBe(false);
    const pdf = await report.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await report.close();
  });

  it.each(['replies', 'snapshots'] as const)('the %s CSV download holds exactly what the table shows', async (tab) => {
    await options.goto(`chrome-extension://${h.extensionId}/options.html#history`);
    await options.getByTestId(`history-tab-${tab}`).click();
    const count = options.getByTestId('history-count');
    await expect.poll(async () => Number(await count.getAttribute('data-count'))).toBeGreaterThan(0);
    const shown = await tableCells(options);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('history-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^pranata-(balasan|rekaman)-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = parseCsv(file.toString('utf8'), ';');
    expect(csv).toEqual(shown);
    // The table shows the same records readably: times as "23 Nov 2026 14.05", not "2026-11-23 14:05".
    const readable = await tableCells(options, true);
    expect(readable.length).toBe(csv.length);
    expect(readable[1]?.[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2}$/);
    expect(csv[1]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(csv.length).toBe(Number(await count.getAttribute('data-count')) + 1);
    // Filtering the table filters the download the same way.
    await options.getByTestId('history-platform').selectOption('instagram');
    await expect.poll(async () => Number(await count.getAttribute('data-count'))).toBe(0);
  });
  it('the same numbers in the popup, the report and the CSV downloads (one database, seeded by the browsing above)', async () => {
    // The CSVs (history, last 7 days: everything above happened today).
    const csvOf = async (tab: 'replies' | 'snapshots'): Promise<string[][]> => {
      await options.goto(`chrome-extension://${h.extensionId}/options.html#history`);
      await options.getByTestId(`history-tab-${tab}`).click();
      await expect.poll(async () => Number(await options.getByTestId('history-count').getAttribute('data-count'))).toBeGreaterThan(0);
      // Every column inside the window (1280 px wide): none cut off at its edge (issue 16).
      const right = await options.getByTestId('history-table').evaluate((t) => [t.getBoundingClientRect().right, document.documentElement.clientWidth]);
      expect(right[0]).toBeLessThanOrEqual(right[1] ?? 0);
      const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('history-export').click()]);
      return parseCsv(readFileSync(await download.path()).toString('utf8'), ';');
    };
    const [replyHead, ...replyCsv] = await csvOf('replies');
    const [, ...snapshotCsv] = await csvOf('snapshots');
    const col = (name: string) => replyHead?.indexOf(name) ?? -1;
    const sent = replyCsv.filter((r) => r[col('Jenis')] === 'Balasan terkirim');
    const sentOn = (platform: string) => sent.filter((r) => r[col('Platform')] === platform).length;
    const checkedSent = sent.filter((r) => r[col('Kesalahan')] !== '').length;
    const measured = sent.filter((r) => r[col('Waktu tanggap (detik)')] !== '');
    expect(sent.length).toBe(2);
    // The playground's comments are fresh (minutes to hours old): the X reply has a response time.
    expect(measured.length).toBeGreaterThan(0);

    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('stat-replies').textContent(), { timeout: 15_000 }).toBe(String(sent.length));
    const perPlatform = await popup.getByTestId('replies-per-platform').locator('li').evaluateAll((items) => items.map((li) => li.querySelector('strong')?.textContent));
    expect(perPlatform).toEqual([String(sentOn('X')), String(sentOn('Facebook')), String(sentOn('Instagram')), String(sentOn('YouTube'))]);
    expect(await popup.getByTestId('stat-compliance').locator('xpath=..').textContent()).toContain(`dari ${checkedSent} balasan terperiksa`);
    expect(await popup.getByTestId('stat-snapshots').textContent()).toBe(String(snapshotCsv.length));
    const popupMedian = await popup.getByTestId('stat-response-median').textContent();
    expect(popupMedian).toMatch(/\d+ (detik|menit|jam|hari)/);
    // Own posts snapshotted today: the top list is never "none recorded". "Today" lists the posts
    // published today (in WIB): just after midnight the playground's posts (hours old) are
    // yesterday's, and the list says older ones were recorded. Over 7 days they are listed.
    const empty = popup.getByTestId('top-posts-empty');
    if ((await empty.count()) > 0) expect(await empty.textContent()).toMatch(/^Tidak ada unggahan akun sendiri yang diunggah pada rentang ini; \d+ unggahan yang lebih lama ikut direkam\.$/);
    await popup.getByTestId('range-7d').click();
    await expect.poll(() => popup.getByTestId('top-posts').locator('li').count()).toBeGreaterThan(0);
    expect(await empty.count()).toBe(0);
    await popup.close();

    const month = await options.evaluate(() => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7));
    const report = await h.context.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html?month=${month}`);
    await expect.poll(() => report.getByTestId('report-sent').textContent(), { timeout: 15_000 }).toBe(String(sent.length));
    expect(await report.getByTestId('report-checked').textContent()).toBe(String(checkedSent));
    expect(await report.getByTestId('report-compliance').textContent()).toContain(`/ ${checkedSent})`);
    expect(await report.getByTestId('report-snapshots').textContent()).toBe(String(snapshotCsv.length));
    expect(await report.getByTestId('report-response-median').textContent()).toBe(popupMedian);
    // The average score sits beside a non-zero count of checked replies, never beside 0.
    expect(await report.getByTestId('report-score').textContent()).toMatch(/^\d+$/);
    await report.close();
  });

  it('a figure that cannot be given says why, on hover and to a screen reader', async () => {
    // Instagram has no reply: its response time in the report is "–" with the reason.
    const month = await options.evaluate(() => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7));
    const report = await h.context.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html?month=${month}`);
    const igRow = report.getByTestId('report-replies').locator('tbody tr').nth(2);
    const missing = igRow.locator('.missing').first();
    await expect.poll(() => missing.count(), { timeout: 15_000 }).toBe(1);
    expect(await missing.getAttribute('title')).toMatch(/Belum ada balasan terkirim/);
    expect(await missing.getAttribute('tabindex')).toBe('0');
    // Read out instead of the dash: the reason is in the accessible text.
    expect(await missing.evaluate((el) => el.textContent)).toContain('Belum ada balasan terkirim');
    await report.close();
  });
});
