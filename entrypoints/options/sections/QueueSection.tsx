import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readQueue } from '@/lib/inbox/queue';
import { loadInboxStats } from '@/lib/inbox/load-stats';
import { countPastTarget } from '@/lib/inbox/target';
import { PLATFORM_IDS, platformName, type PlatformId } from '@/lib/platforms/meta';
import { useLang, useT } from '@/lib/i18n/react';
import { InboxItems } from '@/components/inbox/InboxItems';
import { MarkStatus, useMark } from '@/components/inbox/use-mark';
import { useAge } from '@/components/inbox/use-age';

type Filter = PlatformId | 'all';

/**
 * Pengaturan → Perlu dibalas (issue 17): every waiting comment, oldest first, on all platforms
 * or one (radio buttons: arrow keys move between them), against the agency's response target;
 * the same rows as the popup's first ten (components/inbox/InboxItems.tsx). Live: a comment
 * answered in another tab leaves the list as the background writes it.
 */
export function QueueSection() {
  const tr = useT();
  const lang = useLang();
  const age = useAge();
  const [filter, setFilter] = useState<Filter>('all');
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const now = Date.now();
    const [queue, stats] = await Promise.all([readQueue(db, Infinity), loadInboxStats(db, '30d', now)]);
    return { queue, targetMs: stats.targetMs, now };
  }, []);
  const { marked, error, mark } = useMark();
  if (!loaded) return null;
  const { queue, targetMs, now } = loaded;
  const items = filter === 'all' ? queue.items : queue.items.filter((r) => r.platform === filter);
  const oldest = items[0]?.sortAt;
  const past = countPastTarget(
    items.map((r) => r.sortAt),
    now,
    targetMs,
  );
  const count = (id: PlatformId) => queue.byPlatform[id] ?? 0;

  return (
    <section aria-labelledby="queue-title" data-testid="queue-section">
      <h2 id="queue-title">{tr('inbox.nav')}</h2>
      <p className="muted">{tr('inbox.section.intro')}</p>
      <fieldset className="queue-filter">
        <legend>{tr('inbox.filter')}</legend>
        {(['all', ...PLATFORM_IDS] as const).map((id) => (
          <label key={id}>
            <input type="radio" name="queue-platform" value={id} checked={filter === id} onChange={() => setFilter(id)} data-testid={`queue-filter-${id}`} />{' '}
            {id === 'all' ? tr('inbox.filter.all', { count: queue.total }) : tr('inbox.filter.platform', { platform: platformName(id, lang), count: count(id) })}
          </label>
        ))}
      </fieldset>
      <p data-testid="queue-summary" aria-live="polite">
        {oldest === undefined
          ? filter === 'all'
            ? tr('inbox.empty')
            : tr('inbox.filter.empty', { platform: platformName(filter, lang) })
          : past > 0
            ? tr('inbox.summaryPast', { count: items.length, age: age(now - oldest), past })
            : tr('inbox.summary', { count: items.length, age: age(now - oldest) })}
      </p>
      <InboxItems items={items} now={now} targetMs={targetMs} onNotNeeded={(row) => void mark(row, true)} />
      <MarkStatus marked={marked} error={error} onUndo={(row) => void mark(row, false)} />
    </section>
  );
}
