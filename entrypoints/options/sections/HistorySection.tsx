import { useMemo, useState } from 'react';
import { REPLY_KIND_KEY, SNAPSHOT_KIND_KEY } from '@/lib/i18n/labels';
import { useLiveQuery } from 'dexie-react-hooks';
import { platformName } from '@/lib/platforms/meta';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/db/hooks';
import { queryReplyEvents, querySnapshots } from '@/lib/db/history';
import { send } from '@/lib/messaging-client';
import { useLang, useT } from '@/lib/i18n/react';
import type { MessageKey } from '@/lib/i18n';
import { toCsv, type CsvColumn } from '@/lib/engagement/csv';
import { addDayKeys, dayKey, monthKey } from '@/lib/engagement/days';
import { formatCount } from '@/lib/engagement/format';
import { PLATFORM_IDS, type PlatformId, type TimeZoneId } from '@/lib/schemas/common';
import { replyEventKindSchema, type ReplyEventKind } from '@/lib/schemas/reply-event';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { cellText, replyColumns, replyRows, snapshotColumns, snapshotRowsFor, type Row } from './history-rows';
import { historyCell, type HistoryRecord } from './history-cell';

type Tab = 'replies' | 'snapshots';
const PAGE = 100;

/**
 * The reply log and the snapshots as filterable tables (platform, dates, kind), each with a CSV
 * download of exactly the rows and columns the table holds; the retention setting; the monthly
 * report. Reads the database directly (same origin) with live queries.
 */
/** Columns of text (the kind, who was answered, the post, its link, the template): they wrap. */
const WRAPPED: ReadonlySet<string> = new Set(['kind', 'target', 'template', 'account', 'post', 'link']);

export function HistorySection() {
  const tr = useT();
  const settings = useSettings();
  const [tab, setTab] = useState<Tab>('replies');
  if (!settings) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{tr('options.nav.history')}</h2>
      <p>{tr('history.intro', { days: settings.retentionDays })}</p>
      <div className="tabs" role="group">
        {(['replies', 'snapshots'] as const).map((t) => (
          <button key={t} type="button" aria-pressed={tab === t} data-testid={`history-tab-${t}`} onClick={() => setTab(t)}>
            {tr(t === 'replies' ? 'history.tab.replies' : 'history.tab.snapshots')}
          </button>
        ))}
      </div>
      <HistoryTable key={tab} tab={tab} zone={settings.timeZone} />
      <Retention days={settings.retentionDays} />
      <MonthlyReport zone={settings.timeZone} />
    </section>
  );
}

function HistoryTable({ tab, zone }: { tab: Tab; zone: TimeZoneId }) {
  const tr = useT();
  const lang = useLang();
  const [platform, setPlatform] = useState<PlatformId | 'all'>('all');
  // Last 7 days by default (the clock read once, when the table opens).
  const [fromDay, setFromDay] = useState(() => addDayKeys(dayKey(Date.now(), zone), -6));
  const [toDay, setToDay] = useState(() => dayKey(Date.now(), zone));
  const [kind, setKind] = useState('all');
  const [page, setPage] = useState(0);
  // The kinds of the tab's rows, each with its label.
  const kinds: readonly { value: string; label: MessageKey }[] =
    tab === 'replies'
      ? replyEventKindSchema.options.map((k) => ({ value: k, label: REPLY_KIND_KEY[k] }))
      : (['post', 'profile'] as const).map((k) => ({ value: k, label: SNAPSHOT_KIND_KEY[k] }));
  const validDates = /^\d{4}-\d{2}-\d{2}$/.test(fromDay) && /^\d{4}-\d{2}-\d{2}$/.test(toDay);

  const templates = useLiveQuery(async () => new Map((await getDb().templates.toArray()).map((t) => [t.id, t.title])), []);
  const result = useLiveQuery(async () => {
    if (!validDates) return { rows: [] as Row[], records: [] as HistoryRecord[], capped: false };
    const db = getDb();
    if (tab === 'replies') {
      const r = await queryReplyEvents(db, { platform, fromDay, toDay, kind: kind as ReplyEventKind | 'all' }, zone);
      const records = r.rows.map((raw): HistoryRecord => ({ tab: 'replies', raw }));
      return { rows: replyRows(r.rows, { tr, lang, zone, templateTitle: (id) => templates?.get(id) }), records, capped: r.capped };
    }
    const r = await querySnapshots(db, { platform, fromDay, toDay, kind: kind as Snapshot['kind'] | 'all' }, zone);
    const records = r.rows.map((raw): HistoryRecord => ({ tab: 'snapshots', raw }));
    return { rows: snapshotRowsFor(r.rows, { tr, lang, zone }), records, capped: r.capped };
  }, [tab, platform, fromDay, toDay, kind, zone, tr, templates, validDates]);
  const columns: CsvColumn[] = useMemo(() => (tab === 'replies' ? replyColumns(tr) : snapshotColumns(tr)), [tab, tr]);
  const rows = result?.rows ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);
  const shownRecords = (result?.records ?? []).slice(current * PAGE, current * PAGE + PAGE);

  const download = () => {
    // Indonesian spreadsheets read ';' (their decimal mark is ','); English ones ','.
    const csv = toCsv(rows, columns, { bom: true, delimiter: lang === 'id' ? ';' : ',' });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `pranata-${tab === 'replies' ? 'balasan' : 'rekaman'}-${fromDay}_${toDay}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="history" data-testid={`history-${tab}`}>
      <div className="filters">
        <label>
          {tr('history.filter.platform')}
          <select data-testid="history-platform" value={platform} onChange={(e) => { setPlatform(e.target.value as PlatformId | 'all'); setPage(0); }}>
            <option value="all">{tr('history.filter.all')}</option>
            {PLATFORM_IDS.map((p) => (
              <option key={p} value={p}>
                {platformName(p, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('history.filter.from')}
          <input type="date" data-testid="history-from" value={fromDay} max={toDay} onChange={(e) => { setFromDay(e.target.value); setPage(0); }} />
        </label>
        <label>
          {tr('history.filter.to')}
          <input type="date" data-testid="history-to" value={toDay} min={fromDay} onChange={(e) => { setToDay(e.target.value); setPage(0); }} />
        </label>
        <label>
          {tr('history.filter.kind')}
          <select data-testid="history-kind" value={kind} onChange={(e) => { setKind(e.target.value); setPage(0); }}>
            <option value="all">{tr('history.filter.all')}</option>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {tr(k.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="history-export" disabled={rows.length === 0} onClick={download}>
          {tr('history.export')}
        </button>
      </div>
      <p className="muted" data-testid="history-count" data-count={rows.length}>
        {result?.capped
          ? tr('history.rows.capped', { count: formatCount(rows.length, lang) })
          : tr('history.rows', { count: formatCount(rows.length, lang) })}
      </p>
      {rows.length === 0 && result ? <p className="muted">{tr('history.empty')}</p> : null}
      <div className="table-wrap">
        <table data-testid="history-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" data-csv={c.header}>
                  {c.key === 'responseSeconds' ? tr('history.col.response') : c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={current * PAGE + i}>
                {columns.map((c) => {
                  const record = shownRecords[i];
                  return (
                    <td key={c.key} className={WRAPPED.has(c.key) ? 'wrap' : undefined} data-csv={cellText(row[c.key])}>
                      {record ? historyCell(c.key, row, record, lang, zone) : cellText(row[c.key])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <div className="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {tr('history.prev')}
          </button>
          <span>{tr('history.page', { page: current + 1, pages })}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {tr('history.next')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function Retention({ days }: { days: number }) {
  const tr = useT();
  const lang = useLang();
  const [value, setValue] = useState(String(days));
  const [status, setStatus] = useState('');
  return (
    <div className="retention">
      <h3>{tr('history.retention')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(value);
          if (!Number.isInteger(n) || n < 7 || n > 3650) {
            setStatus(tr('history.retention.invalid'));
            return;
          }
          void send('settings.update', { patch: { retentionDays: n } }).then(() => setStatus(tr('history.retention.saved')));
        }}
      >
        <label>
          {tr('history.retention')}
          <input type="number" min={7} max={3650} data-testid="retention-days" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <p className="muted">{tr('history.retention.help')}</p>
        <div className="row">
          <button type="submit" data-testid="retention-save">
            {tr('common.save')}
          </button>
          <button
            type="button"
            data-testid="rollup-now"
            onClick={() =>
              void send('maintenance.run', {}).then((r) =>
                setStatus(tr('history.rollupDone', { day: r.rolledThrough ?? '–', deleted: formatCount(r.deletedSnapshots + r.deletedEvents + r.deletedComments, lang) })),
              )
            }
          >
            {tr('history.rollupNow')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="retention-status">
        {status}
      </p>
    </div>
  );
}

function MonthlyReport({ zone }: { zone: TimeZoneId }) {
  const tr = useT();
  const [month, setMonth] = useState(() => monthKey(Date.now(), zone));
  return (
    <div className="report-link">
      <h3>{tr('history.report')}</h3>
      <label>
        {tr('report.month')}
        <input type="month" data-testid="report-month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </label>
      <a
        className="button"
        data-testid="report-open"
        href={`report.html?month=${encodeURIComponent(month)}`}
        target="_blank"
        rel="noreferrer"
      >
        {tr('history.report.open')}
      </a>
    </div>
  );
}
