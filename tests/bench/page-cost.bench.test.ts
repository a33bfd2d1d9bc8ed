import { expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { launchExtension, type Harness, type PlaygroundPlatform } from '../e2e/harness';
import { median, printTable, round } from './report';

/**
 * Cold loads per variant. The issue asks for the median of 5; the page's own script time swings
 * by ±50 ms between identical loads on a shared 2-core machine, so more loads are taken (the
 * median of 9 pairs) and the extension's own share is also read from a trace (below).
 */
const RUNS = Number(process.env.PAGE_COST_RUNS ?? 9);
const TRACED_RUNS = Number(process.env.PAGE_COST_TRACED_RUNS ?? 5);
const AGENCY = 'humaskotacontoh';
const PAGES: [PlaygroundPlatform, string][] = [
  ['x', 'https://x.com/home'],
  ['facebook', 'https://www.facebook.com/'],
  ['instagram', 'https://www.instagram.com/'],
];

/**
 * A fresh browser as an admin has it: the first run finished (it opens the options page) and the
 * agency's own accounts set, so the page load includes the real work (badges on the agency's
 * posts, their snapshots), not an idle content script.
 */
async function freshBrowser(withExtension: boolean): Promise<Harness> {
  const h = await launchExtension({ withExtension });
  await new Promise((r) => setTimeout(r, 1500));
  if (withExtension) {
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
async function scriptMs(withExtension: boolean, url: string): Promise<number> {
  const h = await freshBrowser(withExtension);
  try {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    // Let the content script start, scan, mount its overlay and put its badges on.
    await page.waitForTimeout(2000);
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

/**
 * The content script's own time in the same load window, from a trace: the script's evaluation
 * and every callback of it the page's main thread ran (timers, animation frames, events), as
 * wall time and as the thread's CPU time (which a busy machine does not inflate).
 */
async function extensionMs(url: string): Promise<{ wall: number; cpu: number }> {
  const h = await freshBrowser(true);
  try {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const cdp = await h.context.newCDPSession(page);
    const events = await trace(cdp, async () => {
      await page.goto(url);
      await page.waitForTimeout(2000);
    });
    const ours = events
      .filter((e) => e.ph === 'X' && ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name))
      .filter((e) => (e.args?.data?.url ?? '').startsWith(`chrome-extension://${h.extensionId}/`))
      .sort((a, b) => a.ts - b.ts);
    let wall = 0;
    let cpu = 0;
    let end = -1;
    for (const e of ours) {
      if (e.ts < end) continue; // nested in one already counted
      wall += (e.dur ?? 0) / 1000;
      cpu += (e.tdur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    }
    return { wall, cpu };
  } finally {
    await h.close();
  }
}

it('content-script cost at page load (cold loads, agency accounts set)', async () => {
  const rows = [];
  for (const [platform, url] of PAGES) {
    const without: number[] = [];
    const withExt: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      without.push(await scriptMs(false, url));
      withExt.push(await scriptMs(true, url));
    }
    const traced: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) traced.push(await extensionMs(url));
    const a = median(without);
    const b = median(withExt);
    rows.push({
      page: `${platform} ${new URL(url).pathname}`,
      'script ms without': round(a, 1),
      'script ms with Pranata': round(b, 1),
      'added ms (median)': round(b - a, 1),
      'Pranata own ms (trace, wall)': round(median(traced.map((t) => t.wall)), 1),
      'Pranata own ms (trace, CPU)': round(median(traced.map((t) => t.cpu)), 1),
      target: '≤ 20 ms added',
      ratio: round(b / Math.max(a, 0.001), 2),
      loads: `${RUNS} + ${RUNS} (+ ${TRACED_RUNS} traced)`,
    });
  }
  printTable('Main-thread script time at load (CDP Performance.getMetrics ScriptDuration; Pranata\'s own share from a trace)', rows);
  expect(rows.length).toBe(3);
}, 1_800_000);
