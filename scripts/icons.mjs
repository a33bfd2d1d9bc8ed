// `npm run icons`: draws the PNG icons and the store's promo tile from the SVG sources in assets/
// with the Chromium the tests already use (no image library needed). The PNGs are committed, so a
// fresh clone builds without running this; run it after changing an SVG.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

/** [source SVG, output PNG, width, height]: 16 px has its own simpler drawing. */
export const IMAGES = [
  ['assets/icon-16.svg', 'public/icon/16.png', 16, 16],
  ['assets/icon.svg', 'public/icon/32.png', 32, 32],
  ['assets/icon.svg', 'public/icon/48.png', 48, 48],
  ['assets/icon.svg', 'public/icon/128.png', 128, 128],
  ['assets/store/promo-440x280.svg', 'assets/store/promo-440x280.png', 440, 280],
];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--headless=new'] });
try {
  for (const [src, out, width, height] of IMAGES) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const svg = readFileSync(join(ROOT, src)).toString('base64');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img style="display:block" width="${width}" height="${height}" src="data:image/svg+xml;base64,${svg}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    mkdirSync(join(ROOT, out, '..'), { recursive: true });
    await page.screenshot({ path: join(ROOT, out), omitBackground: true });
    await page.close();
    console.log(`${out} (${width}×${height}) from ${src}`);
  }
} finally {
  await browser.close();
}
