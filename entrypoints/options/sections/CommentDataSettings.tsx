import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/db/hooks';
import { send } from '@/lib/messaging-client';
import { useT } from '@/lib/i18n/react';

/**
 * Pengaturan → Data: what the "Perlu dibalas" queue keeps of citizens' comments (personal data
 * under UU PDP: only what the queue needs), how long, and whether an excerpt is kept.
 */
export function CommentDataSettings() {
  const tr = useT();
  const settings = useSettings();
  const count = useLiveQuery(() => getDb().comments.count(), []);
  if (!settings) return null;
  return (
    <div className="comment-data" data-testid="comment-data">
      <h3>{tr('inbox.data.title')}</h3>
      <p>{tr('inbox.data.what')}</p>
      <p>
        {tr('inbox.data.count')}: <span data-testid="count-comments">{count ?? '–'}</span>
      </p>
      <RetentionForm key={settings.commentRetentionDays} days={settings.commentRetentionDays} />
      <ExcerptToggle on={settings.commentExcerpts} />
    </div>
  );
}

function RetentionForm({ days }: { days: number }) {
  const tr = useT();
  const [value, setValue] = useState(String(days));
  const [status, setStatus] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 365) {
          setStatus(tr('inbox.data.retention.invalid'));
          return;
        }
        void send('settings.update', { patch: { commentRetentionDays: n } })
          .then(() => setStatus(tr('inbox.data.saved')))
          .catch(() => setStatus(tr('inbox.error')));
      }}
    >
      <label>
        {tr('inbox.data.retention')}
        <input type="number" min={1} max={365} data-testid="comment-retention-days" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <p className="muted">{tr('inbox.data.retention.help')}</p>
      <button type="submit" data-testid="comment-retention-save">
        {tr('common.save')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}

function ExcerptToggle({ on }: { on: boolean }) {
  const tr = useT();
  const [status, setStatus] = useState('');
  return (
    <div>
      <label>
        <input
          type="checkbox"
          data-testid="comment-excerpts"
          checked={on}
          onChange={(e) =>
            void send('settings.update', { patch: { commentExcerpts: e.target.checked } })
              .then(() => setStatus(tr('inbox.data.saved')))
              .catch(() => setStatus(tr('inbox.error')))
          }
        />{' '}
        {tr('inbox.data.excerpts')}
      </label>
      <p className="muted">{tr('inbox.data.excerpts.help')}</p>
      <p role="status">{status}</p>
    </div>
  );
}
