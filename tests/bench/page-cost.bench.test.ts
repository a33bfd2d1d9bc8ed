import { afterAll, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type Harness, type PlaygroundPlatform } from '../e2e/harness';
import { median, printTable, round } from './report';

/**
 * Cold loads per variant. The issue asks for the median of 5; the page's own script time swings
 * by ±50 ms between identical loads on a shared 2-core machine, so more loads are taken (the
 * median of 9 interleaved triples: no extension, an empty content script, Pranata) and the
 * extension's own share is also read from a trace (below).
 */
const RUNS = Number(process.env.PAGE_COST_RUNS ?? 9);
const TRACED_RUNS = Number(process.env.PAGE_COST_TRACED_RUNS ?? 5);
const AGENCY = 'humaskotacontoh';
const PAGES: [PlaygroundPlatform, string][] = [
  ['x', 'https://x.com/home'],
  ['facebook', 'https://www.facebook.com/'],
  ['instagram', 'https://www.instagram.com/'],
];

/** Without any extension, with the built extension whose content script is empty, or with Pranata. */
type Variant = 'none' | 'empty' | 'pranata';

/**
 * The built extension with an empty content script: what merely having an extension with a
 * content script on the page costs by this metric on this machine (its background, the script's
 * world). Pranata's own share is what it adds on top of that.
 */
const EMPTY_SCRIPT_DIR = mkdtempSync(join(tmpdir(), 'pranata-empty-script-'));
cpSync(EXTENSION_DIR, EMPTY_SCRIPT_DIR, { recursive: true });
writeFileSync(join(EMPTY_SCRIPT_DIR, 'content-scripts', 'overlay.js'), '(function () {})();\n');
afterAll(() => rmSync(EMPTY_SCRIPT_DIR, { recursive: true, force: true }));

/**
 * A fresh browser as an admin has it: the first run finished (it opens the options page) and the
 * agency's own accounts set, so the page load includes the real work (badges on the agency's
 * posts, their snapshots), not an idle content script.
 */
async function freshBrowser(variant: Variant): Promise<Harness> {
  const h = await launchExtension(variant === 'none' ? { withExtension: false } : variant === 'empty' ? { extensionDir: EMPTY_SCRIPT_DIR } : {});
  await new Promise((r) => setTimeout(r, 1500));
  if (variant !== 'none') {
    const options = await h.openExtensionPage('options.html');
    const reply = await options.evaluate(
      (handle) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
          type: 'settings.update',
          payload: { patch: { setupDone: true, accounts: ['x', 'facebook', 'instagram'].map((platform) => ({ platform, handle, role: 'own' })) } },
        }),
      AGENCY,
    );
    if (!reply.ok) throw new Error('could not set the agency accounts');
  }
  for (const p of h.context.pages()) await p.close();
  return h;
}

/** Main-thread script time of one cold page load, from Chrome's own counters (no tracing on). */
async function scriptMs(variant: Variant, url: string): Promise<number> {
  const h = await freshBrowser(variant);
  try {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    // Let the content script start, scan, mount its overlay and put its badges on.
    await page.waitForTimeout(LOAD_WINDOW_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  } finally {
    await h.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** The load window the metric covers, and the longer one the deferred work falls in. */
const LOAD_WINDOW_MS = 2000;
const SETTLED_WINDOW_MS = 6000;

interface OwnTime {
  /** In the load window: wall and thread CPU time. */
  wall: number;
  cpu: number;
  /** Thread CPU time after the load window, up to SETTLED_WINDOW_MS (the page-health check, batched writes). */
  laterCpu: number;
}

/**
 * The content script's own time, from a trace: the script's evaluation and every callback of it
 * the page's main thread ran (timers, animation frames, events), as wall time and as the
 * thread's CPU time (which a busy machine does not inflate). Work Pranata defers past the load
 * (the page-health check 3 s after the last scan) is reported on its own, not left out.
 */
async function extensionMs(url: string): Promise<OwnTime> {
  const h = await freshBrowser('pranata');
  try {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const cdp = await h.context.newCDPSession(page);
    const events = await trace(cdp, async () => {
      await page.goto(url);
      await page.waitForTimeout(SETTLED_WINDOW_MS);
    });
    // Tracing starts right before the navigation: its first timed event is the window's start.
    const start = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Number.POSITIVE_INFINITY);
    const ours = events
      .filter((e) => e.ph === 'X' && ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name))
      .filter((e) => (e.args?.data?.url ?? '').startsWith(`chrome-extension://${h.extensionId}/`))
      .sort((a, b) => a.ts - b.ts);
    const own: OwnTime = { wall: 0, cpu: 0, laterCpu: 0 };
    let end = -1;
    for (const e of ours) {
      if (e.ts < end) continue; // nested in one already counted
      end = e.ts + (e.dur ?? 0);
      if (e.ts - start > LOAD_WINDOW_MS * 1000) {
        own.laterCpu += (e.tdur ?? 0) / 1000;
        continue;
      }
      own.wall += (e.dur ?? 0) / 1000;
      own.cpu += (e.tdur ?? 0) / 1000;
    }
    return own;
  } finally {
    await h.close();
  }
}

it('content-script cost at page load (cold loads, agency accounts set)', async () => {
  const rows = [];
  for (const [platform, url] of PAGES) {
    const without: number[] = [];
    const empty: number[] = [];
    const withExt: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      without.push(await scriptMs('none', url));
      empty.push(await scriptMs('empty', url));
      withExt.push(await scriptMs('pranata', url));
    }
    const traced: OwnTime[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) traced.push(await extensionMs(url));
    const a = median(without);
    const e = median(empty);
    const b = median(withExt);
    rows.push({
      page: `${platform} ${new URL(url).pathname}`,
      'script ms without': round(a, 1),
      'with an empty content script': round(e, 1),
      'script ms with Pranata': round(b, 1),
      'added ms (median)': round(b - a, 1),
      'added over the empty script': round(b - e, 1),
      'Pranata own ms (trace, wall)': round(median(traced.map((t) => t.wall)), 1),
      'Pranata own ms (trace, CPU)': round(median(traced.map((t) => t.cpu)), 1),
      'own CPU ms 2–6 s after load': round(median(traced.map((t) => t.laterCpu)), 1),
      target: '≤ 20 ms added',
      ratio: round(b / Math.max(a, 0.001), 2),
      loads: `${RUNS} × 3 (+ ${TRACED_RUNS} traced)`,
    });
  }
  printTable('Main-thread script time at load (CDP Performance.getMetrics ScriptDuration; Pranata\'s own share from a trace)', rows);
  expect(rows.length).toBe(3);
}, 1_800_000);
