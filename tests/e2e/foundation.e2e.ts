import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type Harness, type PlaygroundPlatform } from './harness';
import { dbCounts, evaluateInContentScript, hasContentScriptWorld } from './cdp';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    manifest_version: number;
    default_locale: string;
    permissions: string[];
    host_permissions: string[];
    content_scripts: { matches: string[] }[];
    content_security_policy?: unknown;
    icons: Record<string, string>;
    action: { default_icon: Record<string, string> };
  };
  it('asks only for what features use, on the four platforms only (YouTube: www.youtube.com, not m. or studio., issue 18)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('id');
    // No "storage" (issue 21): nothing uses browser.storage; everything is in IndexedDB.
    // "offscreen" (Chrome only): the custom SOP rules' worker runs in the offscreen document.
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'offscreen', 'unlimitedStorage']);
    const hosts = ['https://twitter.com/*', 'https://web.facebook.com/*', 'https://www.facebook.com/*', 'https://www.instagram.com/*', 'https://www.youtube.com/*', 'https://x.com/*'];
    expect([...manifest.host_permissions].sort()).toEqual(hosts);
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(hosts);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"scripting"|unsafe-eval|http:\/\//);
  });

  it("carries Pranata's icon at 16, 32, 48 and 128 px, also in the toolbar", () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    expect(Object.keys(manifest.action.default_icon).sort()).toEqual(['16', '32']);
    for (const [size, file] of [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)]) {
      const png = readFileSync(join(EXTENSION_DIR, file));
      // PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the built extension in Chromium', () => {
  it('serves its icon to the browser as an image', async () => {
    const page = await h.openExtensionPage('popup.html');
    const size = await page.evaluate(async () => {
      const img = new Image();
      img.src = '/icon/128.png';
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(size).toEqual([128, 128]);
    await page.close();
  });

  it('starts its service worker, whose URL gives the extension id', () => {
    expect(h.worker?.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('shows a report sent by the content script in the open popup without reloading it (before any page was opened)', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const health = popup.getByTestId('platform-health-instagram');
    await expect.poll(() => health.getAttribute('data-status')).toBe('unknown');
    const page = await h.openPlatform('instagram', '/');
    await expect.poll(() => health.getAttribute('data-status'), { timeout: 15_000 }).toBe('ok');
    expect(await health.textContent()).toContain('Instagram');
    await page.close();
    await popup.close();
  });

  it.each<[PlaygroundPlatform, string]>([
    ['x', '/home'],
    ['facebook', '/'],
    ['instagram', '/'],
  ])('runs on %s (%s) and mounts its overlay root in a shadow root (open in the e2e build; the shipped build closes it, see trust.e2e.ts)', async (platform, path) => {
    const page = await h.openPlatform(platform, path);
    const overlay = page.locator('[data-testid="pranata-overlay"]');
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(1);
    expect(await overlay.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    await page.close();
  });

  it('does not run on an unrelated site', async () => {
    const page = await h.context.newPage();
    await page.goto('https://example.org/');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid="pranata-overlay"]').count()).toBe(0);
    expect(await hasContentScriptWorld(page, h.extensionId)).toBe(false);
    await page.close();
  });

  it('rejects a malformed and a privileged message from the content script, writing nothing', async () => {
    const page = await h.openPlatform('x', '/home');
    await expect.poll(() => page.locator('[data-testid="pranata-overlay"]').count(), { timeout: 15_000 }).toBe(1);
    const options = await h.openExtensionPage('options.html');
    const before = await dbCounts(options);
    const send = (msg: unknown) =>
      evaluateInContentScript<{ ok: boolean; error?: { code: string } }>(page, h.extensionId, `chrome.runtime.sendMessage(${JSON.stringify(msg)})`);

    expect(await send({ type: 'snapshots.record', payload: { snapshots: [{ id: 'x', counts: 'lots' }] } })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await send({ type: 'no.such.message', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await send({ type: 'history.wipe', payload: { confirm: true } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'settings.update', payload: { patch: { qcGateEnabled: false } } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'ping', payload: {} })).toMatchObject({ ok: true });

    const after = await dbCounts(options);
    expect(after.snapshots).toBe(before.snapshots);
    expect(after.settings).toBe(before.settings);
    expect(after.replyEvents).toBe(before.replyEvents);
    await page.close();
    await options.close();
  });

  it('makes no network request of its own to any host', () => {
    const allowed = new Set(['x.com', 'twitter.com', 'www.facebook.com', 'web.facebook.com', 'www.instagram.com', 'www.youtube.com', 'example.org']);
    const foreign = h.requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return !allowed.has(url.hostname);
    });
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
