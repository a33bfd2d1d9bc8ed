import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultProfile } from '@/lib/style/profiles';
import type { CustomRule, SopProfile } from '@/lib/schemas/profile';
import { launchExtension, type Harness } from './harness';

/**
 * Issue 21 item 3: the admin's custom rules run off the page's main thread (a worker in the
 * offscreen document, terminated when a rule is over its budget). The reviewer's pack: quadratic
 * copies of \p{Extended_Pictographic}+x (stored before the static check existed, e.g. from an
 * old backup) on a draft of 10,000 emoji. On 3917d24 this froze the tab for seconds; on the measured
 * in-page budget it still cost ≥ 60 ms of the page's thread per check.
 */
let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

// The reviewer's \p{Extended_Pictographic}+x is quadratic, but windowed (custom-match.ts) it now
// takes ~58 ms per rule on this draft: a coin flip at the 50 ms budget, so whether it is switched
// off depended on the machine. Its cubic cousin takes ~0.4 s per 1,000-character window: over
// the budget on any machine, which is what this test is about.
const HOSTILE: CustomRule[] = Array.from({ length: 40 }, (_, i) => ({
  id: `custom.emoji-${i}`,
  pattern: `\\p{Extended_Pictographic}+\\p{Extended_Pictographic}+x${i}`,
  flags: 'u',
  message: `Pola emoji ${i}`,
  severity: 'error',
}));
const MEREK: CustomRule = { id: 'custom.merek', pattern: '\\bmerek\\b', flags: 'i', message: 'Jangan menyebut merek.', severity: 'warning' };

async function storeProfile(profile: SopProfile): Promise<void> {
  const options = await h.openExtensionPage('options.html');
  await options.evaluate(async (row) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pranata');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('profiles', 'readwrite');
      tx.objectStore('profiles').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, profile);
  await options.close();
}

/** The page's longest task and its timers' worst lateness from now on, read by `read`. */
async function watchMainThread(page: Page): Promise<() => Promise<{ longestTask: number; lateness: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __probe: { longestTask: number; lateness: number } };
    w.__probe = { longestTask: 0, lateness: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__probe.longestTask = Math.max(w.__probe.longestTask, e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__probe.lateness = Math.max(w.__probe.lateness, now - last - 10);
      last = now;
    }, 10);
  });
  return () => page.evaluate(() => (window as unknown as { __probe: { longestTask: number; lateness: number } }).__probe);
}

const findingIds = (page: Page) => page.getByTestId('pranata-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));

describe('custom rules run in a worker, not on the page', () => {
  it('a quadratic pattern on a long emoji draft does not block the page; over its budget it is switched off and named', async () => {
    // emoji-limit off: it flags every emoji past the limit, and 3,000 built-in findings drawn in
    // the page are a cost of their own (not this test's).
    const rules = { ...defaultProfile.rules, 'emoji-limit': { enabled: false } };
    await storeProfile({ ...defaultProfile, id: 'e2e-hostile', name: 'Paket uji', rules, customRules: [MEREK, ...HOSTILE] });
    const page = await h.openPlatform('instagram', '/p/C9xAbC12dEf/');
    const box = page.locator('textarea').first();
    await box.click();
    await page.keyboard.type('Sabun merek itu ');
    // A well-behaved custom rule still underlines, from the worker's answer.
    await expect.poll(() => findingIds(page), { timeout: 15_000 }).toContain('custom.merek');

    // 10,000 emoji (20,000 UTF-16 units, all the custom rules see): one run of one hostile rule
    // takes seconds, windowed or not; the worker is stopped at its 50 ms budget.
    await box.fill(`Sabun merek ${'😀'.repeat(10_000)} `);
    const read = await watchMainThread(page);
    const panel = page.getByTestId('pranata-check-panel');
    const checkMs: number[] = [];
    for (const key of 'abcdefghij') {
      await page.keyboard.type(key);
      await page.waitForTimeout(150);
      checkMs.push(Number(await panel.getAttribute('data-check-ms')));
    }
    await expect.poll(() => findingIds(page), { timeout: 15_000 }).toContain('custom.emoji-0');
    const probe = await read();
    const worstCheck = Math.max(...checkMs);
    console.log(
      `[custom-rules sandbox] the page's check per key ≤ ${worstCheck.toFixed(1)} ms; longest task ${probe.longestTask.toFixed(0)} ms, worst timer lateness ${probe.lateness.toFixed(0)} ms`,
    );
    // The page's own check (data-check-ms: what it spends per edit) is the built-in rules alone:
    // a few ms on this draft. With the hostile rules on the page's thread it took ≥ 60 ms more per
    // check (the old measured budget), and seconds before that (3917d24).
    expect(checkMs.every((ms) => Number.isFinite(ms))).toBe(true);
    // The median, not the worst: one check slowed by a busy 2-core CI machine must not decide.
    const sorted = [...checkMs].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(60);
    // The page's timers kept running: the reviewer's tab stalled 8.5 s. (Loose: a loaded 2-core
    // machine makes tens of ms of lateness of its own.)
    expect(probe.lateness).toBeLessThan(1500);
    const off = page.locator('[data-testid="pranata-finding"][data-rule-id="custom.emoji-0"]');
    await expect.poll(() => off.textContent()).toMatch(/custom\.emoji-0.*dimatikan untuk sesi ini/);
    // The good rule still finds its word in the same draft.
    expect(await findingIds(page)).toContain('custom.merek');
    await page.close();
  });
});
