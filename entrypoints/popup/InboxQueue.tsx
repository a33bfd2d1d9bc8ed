import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readQueue } from '@/lib/inbox/queue';
import { loadInboxStats } from '@/lib/inbox/load-stats';
import { formatDuration, formatPercent } from '@/lib/engagement/format';
import { countPastTarget, targetState } from '@/lib/inbox/target';
import { DUE_KEY } from './due';
import { COMMENT_CATEGORY_KEY, waitingAge } from '@/lib/inbox/labels';
import { SUGGESTED_TEMPLATES } from '@/lib/inbox/classify/types';
import { categoryLabel } from '@/lib/templates/categories';
import { send } from '@/lib/messaging-client';
import { useLang, useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/platforms/meta';
import { isPlatformPermalink } from '@/lib/schemas/permalink';
import type { CommentRow } from '@/lib/schemas/comment';

/** Comments shown in the popup; the rest are counted. */
const SHOWN = 10;

/**
 * "Perlu dibalas" in the popup (issue 17): citizens' comments under the agency's own posts that
 * still wait, oldest first, each with its kind, how long it has waited, a link that opens it on
 * its site and the template categories to answer it with; "Tidak perlu dibalas" with undo. Live:
 * the list follows the background's writes.
 */
export function InboxQueue() {
  const tr = useT();
  const lang = useLang();
  // The clock is read with each live query result: ages are as of the latest write.
  // The response target comes from the active SOP profile (live too: a saved target re-renders).
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const now = Date.now();
    const [queue, stats] = await Promise.all([readQueue(db, SHOWN), loadInboxStats(db, '30d', now)]);
    return { queue, targetMs: stats.targetMs, now, answered: stats.stats.total };
  }, []);
  const [marked, setMarked] = useState<CommentRow | null>(null);
  const [error, setError] = useState(false);
  if (!loaded) return null;
  const { queue, targetMs, now, answered } = loaded;
  const age = (at: number, ms = now - at) => {
    const a = waitingAge(ms);
    return tr(a.key, { n: a.n });
  };
  const target = age(0, targetMs);
  // Over the whole queue, not only the shown items.
  const past = countPastTarget(queue.waitingSince, now, targetMs);
  const mark = async (row: CommentRow, notNeeded: boolean) => {
    setError(false);
    try {
      await send('comments.mark', { key: row.key, notNeeded });
      setMarked(notNeeded ? row : null);
    } catch {
      setError(true);
    }
  };

  return (
    <section aria-labelledby="inbox-title" className="inbox" data-testid="inbox">
      <h2 id="inbox-title">{tr('inbox.title')}</h2>
      <p data-testid="inbox-summary" aria-live="polite">
        {queue.total === 0 || queue.oldestAt === null
          ? tr('inbox.empty')
          : past > 0
            ? tr('inbox.summaryPast', { count: queue.total, age: age(queue.oldestAt), past })
            : tr('inbox.summary', { count: queue.total, age: age(queue.oldestAt) })}
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
      {queue.items.length > 0 ? (
        <ol className="inbox-list">
          {queue.items.map((row) => {
            const suggested = SUGGESTED_TEMPLATES[row.category];
            const due = targetState(now - row.sortAt, targetMs);
            return (
              <li key={row.key} data-testid="inbox-item" data-category={row.category} data-due={due}>
                <span className="inbox-kind">
                  {tr(COMMENT_CATEGORY_KEY[row.category])}
                  {row.confidence < 0.5 ? ` ${tr('inbox.guess')}` : ''}
                </span>{' '}
                <span className="inbox-age" data-testid="inbox-age">
                  {age(row.sortAt)}
                </span>{' '}
                {due !== 'within' ? (
                  // A word with the colour, never the colour alone.
                  <span className={`inbox-due inbox-due-${due}`} data-testid="inbox-due">
                    {tr(DUE_KEY[due], { target })}
                  </span>
                ) : null}{' '}
                <span className="muted">
                  {platformName(row.platform, lang)} · @{row.authorHandle}
                </span>
                {row.excerpt ? <q className="inbox-excerpt">{row.excerpt}</q> : null}
                <div className="muted" data-testid="inbox-suggested">
                  {suggested.length > 0
                    ? tr('inbox.suggested', { categories: suggested.map((c) => categoryLabel(c, lang)).join(', ') })
                    : tr('inbox.noSuggestion')}
                </div>
                <div className="row">
                  {isPlatformPermalink(row.permalink, row.platform) ? (
                    <a
                      href={row.permalink}
                      target="_blank"
                      rel="noopener noreferrer"
                      data-testid="inbox-open"
                      aria-label={tr('inbox.openLabel', { handle: row.authorHandle, platform: platformName(row.platform, lang) })}
                    >
                      {tr('inbox.open')}
                    </a>
                  ) : null}{' '}
                  <button type="button" data-testid="inbox-not-needed" onClick={() => void mark(row, true)}>
                    {tr('inbox.notNeeded')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {queue.total > queue.items.length ? <p className="muted">{tr('inbox.more', { count: queue.total - queue.items.length })}</p> : null}
      {marked ? (
        <p role="status" data-testid="inbox-marked">
          {tr('inbox.marked', { handle: marked.authorHandle })}{' '}
          <button type="button" data-testid="inbox-undo" onClick={() => void mark(marked, false)}>
            {tr('inbox.undo')}
          </button>
        </p>
      ) : null}
      {error ? <p role="alert">{tr('inbox.error')}</p> : null}
    </section>
  );
}
