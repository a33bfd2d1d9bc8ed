import { afterAll, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type Harness, type PlaygroundPlatform } from '../e2e/harness';
import { median, printTable, quantile, round } from './report';

/**
 * Cold loads per variant. The issue asks for the median of 5; the page's own script time still
 * varies by ±10–20 ms between identical loads on a shared 2-core machine, so more are taken (the
 * median of 9 interleaved triples: no extension, an empty content script, Pranata). Traced loads
 * (below) add the page's script CPU time, which other processes on the machine do not inflate,
 * and Pranata's own share of it.
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
 *
 * The page is measured in the tab the browser started with. Closing every tab and opening a new
 * one makes headless Chromium build a new window, whose omnibox popup (a WebUI renderer, about
 * 170 ms of CPU) and window set-up on the browser's main thread then run during the measured
 * load, at a random moment: on 2 cores that added 0–60 ms to the page's script time, with or
 * without an extension.
 */
async function freshBrowser(variant: Variant): Promise<{ h: Harness; page: Page }> {
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
  const page = h.context.pages().find((p) => p.url() === 'about:blank') ?? (await h.context.newPage());
  for (const p of h.context.pages()) if (p !== page) await p.close();
  return { h, page };
}

/** Main-thread script time of one cold page load, from Chrome's own counters (no tracing on). */
async function scriptMs(variant: Variant, url: string): Promise<number> {
  const { h, page } = await freshBrowser(variant);
  try {
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
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; isMainFrame?: boolean; isOutermostMainFrame?: boolean } };
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

/** Trace events that run script on the main thread: evaluation, callbacks, promise jobs. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks']);

interface TracedLoad {
  /** The page's main thread: CPU time of all script in the load window, the page's and Pranata's. */
  scriptCpu: number;
  /** Pranata's own share in the load window: wall and thread CPU time. */
  ownWall: number;
  ownCpu: number;
  /** Pranata's thread CPU time after the load window, up to SETTLED_WINDOW_MS (the page-health check, batched writes). */
  ownLaterCpu: number;
  /** Pranata's thread CPU time before the page's own load event (MarkLoad of the main frame): the page's load itself. */
  ownBeforeLoadCpu: number;
  /** The page's load event, ms after the navigation started. */
  loadAt: number;
  /** Pranata's longest single task (wall ms) after the page's load event: what its idle-time work blocks the page for at most. */
  ownLongest: number;
}

/** Sums top-level events only: an event inside one already counted (a callback in a task) is skipped. */
function sumTopLevel(events: TraceEvent[], counted: (e: TraceEvent) => boolean): { wall: number; cpu: number } {
  let end = -1;
  const total = { wall: 0, cpu: 0 };
  for (const e of events) {
    if (e.ts < end || !counted(e)) continue;
    end = e.ts + (e.dur ?? 0);
    total.wall += (e.dur ?? 0) / 1000;
    total.cpu += (e.tdur ?? 0) / 1000;
  }
  return total;
}

/**
 * One traced cold load. The page's script CPU time is what a busy machine does not inflate (the
 * wall-clock ScriptDuration above grows when other processes take the core). Pranata's own share
 * is its script's evaluation and every callback of it (timers, animation frames, events, replies),
 * by the script's URL. Work Pranata defers past the load (the page-health check 3 s after the last
 * scan) is reported on its own, not left out.
 */
async function tracedLoad(variant: Variant, url: string): Promise<TracedLoad> {
  const { h, page } = await freshBrowser(variant);
  try {
    const cdp = await h.context.newCDPSession(page);
    const events = await trace(cdp, async () => {
      await page.goto(url);
      await page.waitForTimeout(SETTLED_WINDOW_MS);
    });
    // Tracing starts right before the navigation: its first timed event is the window's start.
    const start = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Number.POSITIVE_INFINITY);
    const inLoad = (e: TraceEvent): boolean => e.ts - start <= LOAD_WINDOW_MS * 1000;
    // The page's main thread: the renderer main thread that ran the most script.
    const scriptByThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name)) continue;
      const key = `${e.pid}/${e.tid}`;
      const list = scriptByThread.get(key) ?? [];
      list.push(e);
      scriptByThread.set(key, list);
    }
    const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
    const main = [...scriptByThread].filter(([key]) => mainThreads.has(key)).sort((a, b) => b[1].length - a[1].length)[0]?.[1] ?? [];
    main.sort((a, b) => a.ts - b.ts);
    const scriptCpu = sumTopLevel(main, inLoad).cpu;

    const ownUrl = `chrome-extension://${h.extensionId}/`;
    const isOwn = (e: TraceEvent): boolean => (e.args?.data?.url ?? '').startsWith(ownUrl);
    // A callback of ours inside a page task (its event listener) counts; the page's event around it does not.
    const ours = main.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && isOwn(e));
    const ownIn = (inWindow: (e: TraceEvent) => boolean) => sumTopLevel(ours, inWindow);
    const own = variant === 'none' ? { wall: 0, cpu: 0 } : ownIn(inLoad);
    const later = variant === 'none' ? { wall: 0, cpu: 0 } : ownIn((e) => !inLoad(e));
    const mark = events.filter((e) => e.name === 'MarkLoad' && (e.args?.data?.isOutermostMainFrame ?? e.args?.data?.isMainFrame)).sort((a, b) => a.ts - b.ts)[0];
    const loadTs = mark?.ts ?? Number.POSITIVE_INFINITY;
    const beforeLoad = variant === 'none' ? { wall: 0, cpu: 0 } : ownIn((e) => e.ts < loadTs);
    let ownLongest = 0;
    sumTopLevel(ours, (e) => {
      if (e.ts >= loadTs) ownLongest = Math.max(ownLongest, (e.dur ?? 0) / 1000);
      return true;
    });
    return {
      scriptCpu,
      ownWall: own.wall,
      ownCpu: own.cpu,
      ownLaterCpu: later.cpu,
      ownBeforeLoadCpu: beforeLoad.cpu,
      loadAt: mark ? (mark.ts - start) / 1000 : Number.NaN,
      ownLongest,
    };
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
    const tracedWithout: TracedLoad[] = [];
    const traced: TracedLoad[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) {
      tracedWithout.push(await tracedLoad('none', url));
      traced.push(await tracedLoad('pranata', url));
    }
    const a = median(without);
    const e = median(empty);
    const b = median(withExt);
    const cpuA = median(tracedWithout.map((t) => t.scriptCpu));
    const cpuB = median(traced.map((t) => t.scriptCpu));
    rows.push({
      page: `${platform} ${new URL(url).pathname}`,
      'script ms without': round(a, 1),
      'with an empty content script': round(e, 1),
      'script ms with Pranata': round(b, 1),
      'added ms (median)': round(b - a, 1),
      // Each triple runs back to back: the difference within it cancels the machine's slow drift.
      'added, median of paired loads': round(median(withExt.map((w, i) => w - (without[i] ?? 0))), 1),
      'spread of loads with Pranata (IQR)': `${round(quantile(withExt, 0.25), 1)}–${round(quantile(withExt, 0.75), 1)}`,
      'added over the empty script': round(b - e, 1),
      'script CPU ms without → with (trace)': `${round(cpuA, 1)} → ${round(cpuB, 1)}`,
      'added script CPU ms': round(cpuB - cpuA, 1),
      'Pranata own ms (trace, wall / CPU)': `${round(median(traced.map((t) => t.ownWall)), 1)} / ${round(median(traced.map((t) => t.ownCpu)), 1)}`,
      'own CPU ms 2–6 s after load': round(median(traced.map((t) => t.ownLaterCpu)), 1),
      // The page's own load (navigation to its load event): Pranata should do (almost) nothing in it.
      'own CPU ms before the page\'s load event (at ms)': `${round(median(traced.map((t) => t.ownBeforeLoadCpu)), 1)} (${round(median(traced.map((t) => t.loadAt)), 0)})`,
      'own longest task ms after load (slices ≤ 4)': round(median(traced.map((t) => t.ownLongest)), 1),
      target: '≤ 20 ms added',
      ratio: round(b / Math.max(a, 0.001), 2),
      loads: `${RUNS} × 3 (+ ${TRACED_RUNS} × 2 traced)`,
    });
  }
  printTable('Main-thread script time at load (CDP Performance.getMetrics ScriptDuration; script CPU and Pranata\'s own share from a trace)', rows);
  expect(rows.length).toBe(3);
}, 2_400_000);
