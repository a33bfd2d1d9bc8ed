import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, HOSTS, ORIGIN, PLAYGROUND_DIR, ROOT, type PlaygroundPlatform } from './harness';

// Browser set-up for the editor tests: the playground served for the real hosts (no extension
// needed), and lib/platforms/editors/ evaluated in an ISOLATED WORLD of each page, like a
// content script: it shares the DOM with the page but none of its JS objects.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export function assertPlaygroundBuilt(): void {
  if (!existsSync(join(PLAYGROUND_DIR, 'x.html'))) {
    throw new Error(`Playground missing at ${PLAYGROUND_DIR}: run "npx vite build --config playground/vite.config.ts" first.`);
  }
}

/** A test entry (default: editors.ts as globalThis.__pranataEditors) bundled as an IIFE. */
export async function bundleEntry(entry = 'tests/e2e/editors-bundle.ts'): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': ROOT },
    write: false,
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return file.text;
}

function servePlayground(path: string): { body: Buffer; contentType: string } | null {
  const full = normalize(join(PLAYGROUND_DIR, path));
  if (!full.startsWith(PLAYGROUND_DIR) || !existsSync(full) || !statSync(full).isFile()) return null;
  return { body: readFileSync(full), contentType: MIME[extname(full)] ?? 'application/octet-stream' };
}

export interface EditorsPage {
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  /**
   * Runs `body` in the isolated world as an async function of `args`; `E` is editors.ts, `A` the
   * platform adapters (with the adapters bundle) and `pick(selector, index = 0)` finds an
   * element. Returns the JSON value it returns.
   */
  run<T>(body: string, args?: Record<string, unknown>): Promise<T>;
}

export interface EditorsBrowser {
  context: BrowserContext;
  /** Every request URL the browser made. */
  requests: string[];
  open(platform: PlaygroundPlatform, path: string, lang?: 'id' | 'en'): Promise<EditorsPage>;
  close(): Promise<void>;
}

async function isolatedWorld(cdp: CDPSession, bundle: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'pranata-editors-e2e',
  });
  const res = await cdp.send('Runtime.evaluate', { expression: bundle, contextId: executionContextId });
  if (res.exceptionDetails) throw new Error(`editors bundle failed: ${res.exceptionDetails.text}`);
  return executionContextId;
}

export async function launchEditorsBrowser(entry?: string): Promise<EditorsBrowser> {
  assertPlaygroundBuilt();
  const bundle = await bundleEntry(entry);
  const profile = mkdtempSync(join(tmpdir(), 'pranata-editors-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is in the args
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const platform = HOSTS[url.hostname];
    if (!platform) return route.fulfill({ status: 404, body: '' });
    const asset = url.pathname !== '/' ? servePlayground(decodeURIComponent(url.pathname)) : null;
    const res = asset ?? (route.request().resourceType() === 'document' ? servePlayground(`${platform}.html`) : null);
    if (!res) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: res.body, contentType: res.contentType });
  });
  for (const origin of Object.values(ORIGIN)) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }

  return {
    context,
    requests,
    async open(platform, path, lang = 'id') {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      const url = new URL(path, ORIGIN[platform]);
      if (lang === 'en') url.searchParams.set('lang', 'en');
      await page.goto(url.toString());
      await page.waitForSelector('#react-root > *');
      await page.bringToFront();
      const cdp = await context.newCDPSession(page);
      const contextId = await isolatedWorld(cdp, bundle);
      return {
        page,
        errors,
        async run<T>(body: string, args: Record<string, unknown> = {}): Promise<T> {
          const expression = `(async (args) => {
            const E = globalThis.__pranataEditors;
            const A = globalThis.__pranataAdapters;
            const pick = (selector, index = 0) => {
              const el = document.querySelectorAll(selector)[index];
              if (!el) throw new Error('no element ' + selector + ' #' + index);
              return el;
            };
            ${body}
          })(${JSON.stringify(args)})`;
          const res = await cdp.send('Runtime.evaluate', {
            expression,
            contextId,
            awaitPromise: true,
            returnByValue: true,
            userGesture: true, // the admin clicked a template in the overlay
          });
          if (res.exceptionDetails) {
            throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
          }
          return res.result.value as T;
        },
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
