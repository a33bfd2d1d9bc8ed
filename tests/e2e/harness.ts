import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
// Relative, not '@/': npm start bundles this file with esbuild, without the alias.
import { originOf, PLATFORM_LIST, type PlatformId } from '../../lib/platforms/meta';

// PRANATA_ROOT is set when this file runs compiled from elsewhere (npm start).
export const ROOT = process.env.PRANATA_ROOT ?? resolve(import.meta.dirname, '../..');
/** The shipped build (npm start, the benchmarks, the closed-overlay e2e test). */
export const SHIPPED_EXTENSION_DIR = join(ROOT, process.env.PRANATA_OUT ?? '.output', 'chrome-mv3');
/**
 * What a harness loads: the e2e config sets PRANATA_EXTENSION=chrome-mv3-e2e, the same build
 * with the overlay's shadow root open (Playwright's locators cannot pierce a closed one).
 */
export const EXTENSION_DIR = join(ROOT, process.env.PRANATA_OUT ?? '.output', process.env.PRANATA_EXTENSION ?? 'chrome-mv3');
/** The e2e build itself, for a benchmark that reads inside the overlay (checker-ui.bench.test.ts). */
export const E2E_EXTENSION_DIR = join(ROOT, process.env.PRANATA_OUT ?? '.output', 'chrome-mv3-e2e');
export const PLAYGROUND_DIR = resolve(ROOT, process.env.PRANATA_PLAYGROUND_OUT ?? 'playground/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A platform the playground stands in for: one page per platform (playground/<id>.html). */
export type PlaygroundPlatform = PlatformId;

/** Real hosts → the playground page that stands in for them (the hosts of lib/platforms/meta.ts). */
export const HOSTS: Record<string, PlaygroundPlatform> = Object.fromEntries(
  PLATFORM_LIST.flatMap((p) => p.hosts.map((host) => [host, p.id as PlatformId])),
);
export const ORIGIN = Object.fromEntries(PLATFORM_LIST.map((p) => [p.id, originOf(p)])) as Record<PlaygroundPlatform, string>;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  /** Browser UI language (Chrome's --lang): decides the extension's default UI language. */
  lang?: 'id' | 'en';
  /** Load the extension (false: the same browser without it, for benchmarks). */
  withExtension?: boolean;
  /** Another build of the extension (benchmarks compare variants); default the normal build. */
  extensionDir?: string;
  headless?: boolean;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker | null;
  /** Every request URL the browser made (pages, extension, anything). */
  requests: string[];
  openPlatform(platform: PlaygroundPlatform, path?: string, lang?: 'id' | 'en'): Promise<Page>;
  openExtensionPage(path: 'popup.html' | 'options.html', query?: string): Promise<Page>;
  close(): Promise<void>;
}

function fileResponse(path: string): { status: number; body: Buffer; contentType: string } | null {
  const full = normalize(join(PLAYGROUND_DIR, path));
  if (!full.startsWith(PLAYGROUND_DIR) || !existsSync(full) || !statSync(full).isFile()) return null;
  return { status: 200, body: readFileSync(full), contentType: MIME[extname(full)] ?? 'application/octet-stream' };
}

/** Serves the playground for the platform hosts, a neutral page for example.org, and 404 elsewhere. */
async function routePlayground(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const platform = HOSTS[url.hostname];
    if (url.hostname === 'example.org') {
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Unrelated</title><h1>Unrelated site</h1>' });
      return;
    }
    if (!platform) {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    const asset = url.pathname !== '/' ? fileResponse(decodeURIComponent(url.pathname)) : null;
    const res = asset ?? (route.request().resourceType() === 'document' ? fileResponse(`${platform}.html`) : null);
    if (!res) {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({ status: res.status, body: res.body, contentType: res.contentType });
  });
}

export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Built extension missing at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(join(PLAYGROUND_DIR, 'x.html'))) {
    throw new Error(`Playground missing at ${PLAYGROUND_DIR}: run "npm run build:playground" first.`);
  }
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<Harness> {
  assertBuilt();
  const withExtension = opts.withExtension ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'pranata-e2e-'));
  const args = [...CHROMIUM_ARGS, `--lang=${opts.lang ?? 'id'}`];
  if (withExtension) {
    const dir = opts.extensionDir ?? EXTENSION_DIR;
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // headless mode comes from --headless=new above (extensions need it)
    args: opts.headless === false ? args.filter((a) => a !== '--headless=new') : args,
    locale: opts.lang === 'en' ? 'en-US' : 'id-ID',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await routePlayground(context);

  let worker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    extensionId,
    worker,
    requests,
    async openPlatform(platform, path = '/', lang = 'id') {
      const url = new URL(path, ORIGIN[platform]);
      if (lang === 'en') url.searchParams.set('lang', 'en');
      const page = await context.newPage();
      try {
        await page.goto(url.toString());
        return page;
      } catch (e) {
        // The first-run code opens the setup page (openOptionsPage), and Chromium may give it the
        // tab just opened here: leave that tab to the setup page and open the site in a new one.
        if (!(e instanceof Error) || !e.message.includes('interrupted by another navigation to "chrome-extension://')) throw e;
        const again = await context.newPage();
        await again.goto(url.toString());
        return again;
      }
    },
    async openExtensionPage(path, query = '') {
      const page = await context.newPage();
      const url = `chrome-extension://${extensionId}/${path}${query}`;
      try {
        await page.goto(url);
      } catch (e) {
        // The extension's own first-run code can navigate a fresh options tab to the same page
        // while goto waits (seen: "interrupted by another navigation to …options.html"): the
        // tab still ends on that page, so wait for it rather than fail the whole suite.
        if (!(e instanceof Error) || !e.message.includes('interrupted by another navigation')) throw e;
        await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extensionId}/${path}`));
        await page.waitForLoadState('load');
      }
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
