import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { useLang, useT } from '@/lib/i18n/react';
import { HealthList } from '@/components/HealthList';
import type { MessageKey } from '@/lib/i18n';

type Range = 'today' | '7d' | '30d';
const RANGE_DAYS: Record<Range, number> = { today: 1, '7d': 7, '30d': 30 };

/** The popup dashboard: live counts from the local history. */
export function App() {
  const tr = useT();
  const lang = useLang();
  const [range, setRange] = useState<Range>('today');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const since = Date.now() - RANGE_DAYS[range] * 86_400_000;
  const stats = useLiveQuery(async () => {
    const db = getDb();
    const [replies, snapshots, recent] = await Promise.all([
      db.replyEvents.where('at').aboveOrEqual(since).filter((e) => e.kind === 'sent' || e.kind === 'template-inserted').count(),
      db.snapshots.where('at').aboveOrEqual(since).count(),
      db.replyEvents.orderBy('at').reverse().limit(5).toArray(),
    ]);
    return { replies, snapshots, recent };
  }, [since]);
  const fmt = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');

  return (
    <main className="popup">
      <header>
        <h1>{tr('common.appName')}</h1>
        <nav className="ranges" aria-label={tr('popup.title')}>
          {(['today', '7d', '30d'] as Range[]).map((r) => (
            <button key={r} type="button" data-testid={`range-${r}`} aria-pressed={range === r} onClick={() => setRange(r)}>
              {tr(`popup.range.${r}` as MessageKey)}
            </button>
          ))}
        </nav>
      </header>
      <section className="stats">
        <div className="stat">
          <span className="label">{tr('popup.stat.replies')}</span>
          <strong data-testid="stat-replies">{stats ? fmt.format(stats.replies) : '–'}</strong>
        </div>
        <div className="stat">
          <span className="label">{tr('popup.stat.snapshots')}</span>
          <strong data-testid="stat-snapshots">{stats ? fmt.format(stats.snapshots) : '–'}</strong>
        </div>
      </section>
      <section>
        <h2>{tr('popup.health')}</h2>
        <HealthList />
      </section>
      <section>
        <h2>{tr('popup.recent')}</h2>
        {stats && stats.recent.length === 0 ? <p className="muted">{tr('popup.recent.empty')}</p> : null}
        <ul data-testid="recent-events">
          {stats?.recent.map((e) => (
            <li key={e.id}>
              {tr(`popup.event.${e.kind}` as MessageKey)} · {tr(`common.platform.${e.platform}` as MessageKey)}
            </li>
          ))}
        </ul>
      </section>
      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {tr('popup.openOptions')}
        </button>
      </footer>
    </main>
  );
}
