import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { send } from '@/lib/messaging-client';
import { useLang, useT } from '@/lib/i18n/react';
import { INTL_LOCALE } from '@/lib/i18n';
import { PageCapture } from '@/components/PageCapture';
import { CommentDataSettings } from './CommentDataSettings';

/** What is stored locally, and deleting the history. */
export function DataSection() {
  const tr = useT();
  const lang = useLang();
  const [status, setStatus] = useState('');
  const counts = useLiveQuery(async () => {
    const db = getDb();
    const [templates, replyEvents, snapshots] = await Promise.all([
      db.templates.count(),
      db.replyEvents.count(),
      db.snapshots.count(),
    ]);
    return { templates, replyEvents, snapshots };
  }, []);
  const fmt = new Intl.NumberFormat(INTL_LOCALE[lang]);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{tr('options.nav.data')}</h2>
      <p>{tr('options.data.where')}</p>
      <h3>{tr('options.data.counts')}</h3>
      <dl className="counts">
        <dt>{tr('options.data.templates')}</dt>
        <dd data-testid="count-templates">{counts ? fmt.format(counts.templates) : '–'}</dd>
        <dt>{tr('options.data.replyEvents')}</dt>
        <dd data-testid="count-reply-events">{counts ? fmt.format(counts.replyEvents) : '–'}</dd>
        <dt>{tr('options.data.snapshots')}</dt>
        <dd data-testid="count-snapshots">{counts ? fmt.format(counts.snapshots) : '–'}</dd>
      </dl>
      <button
        type="button"
        className="danger"
        onClick={async () => {
          if (!window.confirm(tr('options.data.wipeConfirm'))) return;
          await send('history.wipe', { confirm: true });
          setStatus(tr('options.data.wiped'));
        }}
      >
        {tr('options.data.wipeHistory')}
      </button>
      <p role="status">{status}</p>
      <CommentDataSettings />
      <h3>{tr('capture.button')}</h3>
      <p>{tr('capture.hint')}</p>
      <PageCapture scope="all" />
    </section>
  );
}
