import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import { request } from '@/lib/messaging-client';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { Feature, FeatureEnv } from '../feature';
import { tb } from '../helpers/badge-i18n';
import { hideNotice, showNotice } from '../helpers/notice';
import { createSendQueue, type Timers } from '../helpers/send-queue';
import { snapshotRows } from '../helpers/snapshot-rows';
import { keptHandles } from '../kept-handles';

/** The protocol's batch limit for 'snapshots.record'. */
const MAX_BATCH = MESSAGE_LIMITS.snapshotsPerMessage;
/** One scan's snapshots go out together. */
const BATCH_DELAY_MS = 1000;

/**
 * Engagement snapshots of the agency's own and watched accounts, as the admin browses: after each
 * scan, every visible post of those accounts (and the profile header of one) becomes a snapshot,
 * at most once per interval per post, sent to the background in batches. Citizens' posts are
 * never read into a snapshot. Nothing is lost while the page is open: failed batches are retried
 * with backoff; "storage full" is shown on the page.
 */
export const snapshots: Feature = {
  id: 'snapshots',
  init(env) {
    const { scanner, store, adapter, signal, ctx } = env;
    const lastQueued = new Map<string, number>();
    let storageWasFull = false;
    const timers: Timers = {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    };
    const queue = createSendQueue<Snapshot>({
      maxBatch: MAX_BATCH,
      delayMs: BATCH_DELAY_MS,
      timers,
      async send(batch) {
        const reply = await request('snapshots.record', { snapshots: batch });
        if (!reply.ok) return { ok: false, code: reply.error.code };
        const written = new Set(reply.data.writtenIds);
        const detail = batch.filter((s) => written.has(s.id));
        if (detail.length) env.events.emit('snapshots.recorded', { snapshots: detail });
        return { ok: true };
      },
      onSent() {
        if (storageWasFull) {
          storageWasFull = false;
          void hideNotice(env, 'storage-full');
        }
      },
      onError(code) {
        if (code === 'storage-full') {
          storageWasFull = true;
          storageFull(env);
        }
      },
    });
    signal.addEventListener('abort', () => queue.stop());

    scanner.onScan((scan) => {
      if (signal.aborted) return;
      const settings = store.getState().settings;
      if (!settings) return;
      const accounts = keptHandles(settings, adapter.id);
      if (!accounts || accounts.size === 0) return;
      const rows = snapshotRows(scan, {
        platform: adapter.id,
        accounts,
        now: Date.now(),
        intervalMs: settings.snapshotIntervalMinutes * 60_000,
        lastQueued,
        newId: () => crypto.randomUUID(),
      });
      queue.push(rows);
    });
  },
};

function storageFull(env: FeatureEnv): void {
  const lang = env.store.getState().settings?.uiLanguage ?? 'id';
  void showNotice(env, 'storage-full', tb(lang, 'snapshots.storageFull'), tb(lang, 'snapshots.notice.close'));
}
