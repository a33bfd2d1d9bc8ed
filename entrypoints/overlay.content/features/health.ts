import type { Diagnostic } from '@/lib/schemas/diagnostic';
import { request } from '@/lib/messaging-client';
import type { Feature } from '../feature';
import type { ScanResult } from '../scanner';
import { runInSlices, type IdleHost } from '../idle';

/** The same report for the same page is not sent again within this time. */
const RESEND_MS = 60_000;
/**
 * Reports wait this long after a scan and then describe the latest one: a page still rendering
 * shows passing "not found" states, and the page load is left alone (no database write in it).
 */
export const HEALTH_SETTLE_MS = 3000;

/**
 * Reports whether the adapter still understands the page: its problems (markup changed) or
 * "ok" when it found what it looks for. The popup shows the latest per platform.
 */
export const health: Feature = {
  id: 'health',
  init({ scanner, adapter, signal, ctx }) {
    const sent = new Map<string, number>();
    let latest: ScanResult | null = null;
    let scheduled = false;
    const idle: IdleHost = { requestIdleCallback: (cb, opts) => void ctx.requestIdleCallback(cb, opts), now: () => performance.now() };

    const flush = (): void => {
      scheduled = false;
      const scan = latest;
      if (!scan || signal.aborted) return;
      const now = Date.now();
      const reports: Omit<Diagnostic, 'id'>[] = scan.problems().map((p) => ({
        platform: adapter.id,
        code: p.code,
        area: p.area,
        path: scan.path.slice(0, 300),
        at: now,
        ...(p.detail ? { detail: p.detail.slice(0, 500) } : {}),
      }));
      if (reports.length === 0 && (scan.composers().length > 0 || scan.posts.length > 0)) {
        reports.push({ platform: adapter.id, code: 'ok', area: 'page', path: scan.path.slice(0, 300), at: now });
      }
      const fresh = reports.filter((r) => {
        const key = `${r.code}|${r.area}|${r.path}`;
        const last = sent.get(key);
        if (last !== undefined && now - last < RESEND_MS) return false;
        sent.set(key, now);
        return true;
      });
      if (fresh.length === 0) return;
      void request('diagnostics.record', {
        diagnostics: fresh.map((r) => ({ ...r, id: crypto.randomUUID() })),
      });
    };

    scanner.onScan((scan) => {
      latest = scan;
      if (scheduled) return;
      scheduled = true;
      // After the settle time, in the page's idle time (the report is never urgent), in two slices:
      // reading the reply boxes in full (their answered post, send button) is most of the work.
      ctx.setTimeout(() => void runInSlices(idle, [() => latest?.composers(), flush]), HEALTH_SETTLE_MS);
    });
  },
};
