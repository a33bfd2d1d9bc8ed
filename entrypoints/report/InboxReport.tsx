import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { toCsv } from '@/lib/engagement/csv';
import { formatCount, formatDuration, formatPercent } from '@/lib/engagement/format';
import { Figure } from '@/components/Missing';
import { COMMENT_CATEGORIES } from '@/lib/inbox/classify/types';
import { COMMENT_CATEGORY_KEY, waitingAge } from '@/lib/inbox/labels';
import { loadInboxStats } from '@/lib/inbox/load-stats';
import { inboxCsvColumns, inboxCsvRows } from '@/lib/inbox/stats-csv';
import type { InboxStatsGroup } from '@/lib/inbox/stats';
import { useLang, useT } from '@/lib/i18n/react';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import { downloadCsv } from './download-csv';

/**
 * The monthly report's "Komentar warga" (issue 17 item 5): the comments that came in the month,
 * per platform and per kind, with what still waits, the share answered within the profile's
 * response target and the median time to answer (lib/inbox/stats.ts), and the same as CSV.
 */
export function InboxReport({ month, now, platformName }: { month: string; now: number; platformName: (p: PlatformId) => string }) {
  const tr = useT();
  const lang = useLang();
  const loaded = useLiveQuery(() => loadInboxStats(getDb(), { month }, now), [month, now]);
  if (!loaded || loaded.bounds.days.length === 0) return null;
  const { stats, targetMs } = loaded;
  const n = (v: number) => formatCount(v, lang);
  const cells = (g: InboxStatsGroup, testIds: boolean) => {
    const id = (name: string) => (testIds ? `report-inbox-${name}` : undefined);
    return (
      <>
        <td data-testid={id('received')}>{n(g.received)}</td>
        <td data-testid={id('unanswered')}>{n(g.unanswered)}</td>
        <td>
          <Figure text={formatDuration(g.oldestWaitingMs, lang)} reason={tr('report.inbox.why.oldest')} testId={id('oldest')} />
        </td>
        <td data-testid={id('answered')}>{n(g.answered)}</td>
        <td>{n(g.notNeeded)}</td>
        <td data-testid={id('within')}>
          <Figure text={formatPercent(g.withinTargetShare, lang)} reason={tr('report.inbox.why.share')} />
          {g.due > 0 ? ` (${n(g.withinTarget)} / ${n(g.due)})` : ''}
        </td>
        <td>
          <Figure text={formatDuration(g.medianAnswerMs, lang)} reason={tr('report.inbox.why.median')} testId={id('median')} />
        </td>
      </>
    );
  };
  const download = () => {
    const rows = inboxCsvRows(stats, targetMs, { tr, lang });
    // Indonesian spreadsheets read ';' (their decimal mark is ','); English ones ',' (as the history CSV).
    downloadCsv(toCsv(rows, inboxCsvColumns(tr), { bom: true, delimiter: lang === 'id' ? ';' : ',' }), `pranata-komentar-${month}.csv`);
  };
  // The target as the queue says it ("24 jam"), not as a duration ("1 hari").
  const target = waitingAge(targetMs);
  const categories = COMMENT_CATEGORIES.filter((c) => stats.byCategory[c].received > 0);

  return (
    <section aria-labelledby="r-inbox">
      <h2 id="r-inbox">{tr('report.inbox')}</h2>
      <p className="small" data-testid="report-inbox-intro">{tr('report.inbox.intro', { target: tr(target.key, { n: target.n }) })}</p>
      <table data-testid="report-inbox">
        <thead>
          <tr>
            <th scope="col">{tr('report.inbox.group.platform')}</th>
            <th scope="col">{tr('report.inbox.received')}</th>
            <th scope="col">{tr('report.inbox.unanswered')}</th>
            <th scope="col">{tr('report.inbox.oldest')}</th>
            <th scope="col">{tr('report.inbox.answered')}</th>
            <th scope="col">{tr('report.inbox.notNeeded')}</th>
            <th scope="col">{tr('report.inbox.withinTarget')}</th>
            <th scope="col">{tr('report.inbox.median')}</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORM_IDS.map((p) => (
            <tr key={p} data-testid="report-inbox-platform" data-platform={p}>
              <th scope="row">{platformName(p)}</th>
              {cells(stats.byPlatform[p], false)}
            </tr>
          ))}
        </tbody>
        {categories.length > 0 ? (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={8}>
                {tr('report.inbox.group.category')}
              </th>
            </tr>
            {categories.map((c) => (
              <tr key={c} data-testid="report-inbox-category" data-category={c}>
                <th scope="row">{tr(COMMENT_CATEGORY_KEY[c])}</th>
                {cells(stats.byCategory[c], false)}
              </tr>
            ))}
          </tbody>
        ) : null}
        <tfoot>
          <tr>
            <th scope="row">{tr('report.inbox.group.total')}</th>
            {cells(stats.total, true)}
          </tr>
        </tfoot>
      </table>
      <p className="muted small">{tr('report.inbox.note')}</p>
      {stats.total.untimed > 0 ? <p className="muted small">{tr('report.inbox.untimed', { count: n(stats.total.untimed) })}</p> : null}
      <p className="no-print">
        <button type="button" onClick={download} data-testid="report-inbox-csv">
          {tr('report.inbox.csv')}
        </button>
      </p>
    </section>
  );
}
