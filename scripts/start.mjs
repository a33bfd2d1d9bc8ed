// `npm start`: builds the extension and the playground, then opens Chromium with the extension
// loaded on the playground (x.com, facebook.com, instagram.com, youtube.com routed to local pages).
// With a display it opens a real window and stays open until you close it; without one
// (a server, CI) it runs headless, saves screenshots under .tmp/ and says where.
// `npm run store-images` (--store) saves the same screenshots, at the store's 1280×800, as
// assets/store/screenshot-<site>.png for the Chrome Web Store and AMO listings.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, ROOT } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
if (!run('build (playground, Chrome, Firefox)', 'npm', ['run', '-s', 'build'])) process.exit(1);

process.env.CHROMIUM_PATH = chromium;
process.env.PRANATA_ROOT = ROOT;
// The same harness the end-to-end tests use, compiled from TypeScript on the fly.
const { build } = await import('esbuild');
const harnessOut = join(ROOT, '.tmp/start-harness');
// Bundled (its own imports, e.g. lib/platforms/meta.ts, go in; packages stay external).
await build({ entryPoints: [join(ROOT, 'tests/e2e/harness.ts'), join(ROOT, 'tests/e2e/cdp.ts')], outdir: harnessOut, outExtension: { '.js': '.mjs' }, format: 'esm', platform: 'node', bundle: true, packages: 'external', logLevel: 'error' });
const { launchExtension } = await import(join(harnessOut, 'harness.mjs'));
// The shipped build's overlay is closed to the page (and to Playwright's locators): its panel is
// seen through the DevTools protocol, as in tests/e2e/closed-overlay.e2e.ts.
const { closedRootBoxes } = await import(join(harnessOut, 'cdp.mjs'));
const store = process.argv.includes('--store');
const headed = !store && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const h = await launchExtension({ headless: !headed, lang: process.env.PRANATA_LANG === 'en' ? 'en' : 'id' });
// Pages the playground has (playground/README.md, "Routes"): X's thread with its reply box,
// Facebook's feed, an Instagram post with its comments.
const pages = [
  { platform: 'x', path: '/sitirahma_/status/1867455500000000202', box: '[data-testid="tweetTextarea_0"]' },
  { platform: 'facebook', path: '/', box: '[data-lexical-editor="true"]' },
  { platform: 'instagram', path: '/p/C9xAbC12dEf/', box: 'textarea' },
  // The top-level comment box opens (focused) when its placeholder is clicked, as on youtube.com.
  { platform: 'youtube', path: '/watch?v=Kd8Qw3Ls9Xa', box: '#placeholder-area' },
];
// A draft with a slang word and a personal data number: the check panel and its underlines show.
const DRAFT = 'Halo kak, gak bisa ya. NIK 3201012305900001';

/** Opens a page, then types the draft in its first reply box so Pranata's UI is on screen. */
async function showPranata(page, box) {
  await page.getByTestId('pranata-overlay').waitFor({ state: 'attached', timeout: 15_000 });
  const editor = page.locator(box).first();
  await editor.click();
  await page.keyboard.type(DRAFT);
  for (let i = 0; i < 100; i++) {
    if ((await closedRootBoxes(page, 'pranata-check-panel')).length > 0) return;
    await page.waitForTimeout(100);
  }
  console.log('  (the check panel did not show; the screenshot is taken anyway)');
}

if (headed) {
  for (const { platform, path } of pages) await h.openPlatform(platform, path);
  console.log('\nPranata is running in Chromium on the playground. Close the browser window to stop.');
  await new Promise((resolve) => h.context.on('close', resolve));
} else {
  const dir = join(ROOT, store ? 'assets/store' : '.tmp');
  mkdirSync(dir, { recursive: true });
  console.log(store ? '\nStore screenshots (1280×800):' : '\nNo display found: running headless and taking screenshots instead.');
  for (const { platform, path, box } of pages) {
    const page = await h.openPlatform(platform, path);
    await page.setViewportSize({ width: 1280, height: 800 });
    await showPranata(page, box);
    await page.waitForTimeout(500);
    const file = join(dir, `${store ? 'screenshot' : 'start'}-${platform}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${platform}: ${file}`);
  }
  if (!store) {
    const popup = await h.openExtensionPage('popup.html');
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: join(dir, 'start-popup.png') });
    console.log(`  popup: ${join(dir, 'start-popup.png')}`);
  }
  await h.close();
}
