import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readQueue } from '@/lib/inbox/queue';
import { loadInboxStats } from '@/lib/inbox/load-stats';
import { formatDuration, formatPercent } from '@/lib/engagement/format';
import { countPastTarget } from '@/lib/inbox/target';
import { useLang, useT } from '@/lib/i18n/react';
import { InboxItems } from '@/components/inbox/InboxItems';
import { MarkStatus, useMark } from '@/components/inbox/use-mark';
import { useAge } from '@/components/inbox/use-age';

/** Comments shown in the popup; the rest are counted, and listed in full in Pengaturan → Perlu dibalas. */
const SHOWN = 10;

/**
 * "Perlu dibalas" in the popup (issue 17): citizens' comments under the agency's own posts that
 * still wait, oldest first (components/inbox/InboxItems.tsx), "Tidak perlu dibalas" with undo,
 * and a link to the full queue in the options page. Live: the list follows the background's writes.
 */
export function InboxQueue() {
  const tr = useT();
  const lang = useLang();
  const age = useAge();
  // The clock is read with each live query result: ages are as of the latest write.
  // The response target comes from the active SOP profile (live too: a saved target re-renders).
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const now = Date.now();
    const [queue, stats] = await Promise.all([readQueue(db, SHOWN), loadInboxStats(db, '30d', now)]);
    return { queue, targetMs: stats.targetMs, now, answered: stats.stats.total };
  }, []);
  const { marked, error, mark } = useMark();
  if (!loaded) return null;
  const { queue, targetMs, now, answered } = loaded;
  // Over the whole queue, not only the shown items.
  const past = countPastTarget(queue.waitingSince, now, targetMs);

  return (
    <section aria-labelledby="inbox-title" className="inbox" data-testid="inbox">
      <h2 id="inbox-title">{tr('inbox.title')}</h2>
      <p data-testid="inbox-summary" aria-live="polite">
        {queue.total === 0 || queue.oldestAt === null
          ? tr('inbox.empty')
          : past > 0
            ? tr('inbox.summaryPast', { count: queue.total, age: age(now - queue.oldestAt), past })
            : tr('inbox.summary', { count: queue.total, age: age(now - queue.oldestAt) })}
      </p>
      {answered.withinTargetShare !== null ? (
        // The last 30 days' comments (lib/inbox/stats.ts): only once a reply or a late comment decides it.
        <p className="muted" data-testid="inbox-stats">
          {tr('inbox.stats', {
            share: formatPercent(answered.withinTargetShare, lang),
            median: formatDuration(answered.medianAnswerMs, lang),
          })}
        </p>
      ) : null}
      <InboxItems items={queue.items} now={now} targetMs={targetMs} onNotNeeded={(row) => void mark(row, true)} />
      {queue.total > 0 ? (
        <p className="muted">
          {queue.total > queue.items.length ? `${tr('inbox.more', { count: queue.total - queue.items.length })} ` : ''}
          <a href="options.html#queue" target="_blank" rel="noopener" data-testid="inbox-all">
            {tr('inbox.all')}
          </a>
        </p>
      ) : null}
      <MarkStatus marked={marked} error={error} onUndo={(row) => void mark(row, false)} />
    </section>
  );
}
