import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { loadDashboard } from '@/lib/db/dashboard';
import { useSettings } from '@/lib/db/hooks';
import { useLang, useT } from '@/lib/i18n/react';
import type { Dashboard } from '@/lib/engagement/dashboard';
import { monthKey } from '@/lib/engagement/days';
import { DATE_LOCALE, formatCount, formatDateTime, formatDay, formatMargin, formatPercent, formatResponse, NO_VALUE } from '@/lib/engagement/format';
import { PLATFORM_IDS, type PlatformId, type TimeZoneId, type UiLanguage } from '@/lib/schemas/common';
import { platformName as platformLabel } from '@/lib/platforms/meta';
import { LineChart } from '@/components/LineChart';
import { Figure } from '@/components/Missing';
import { readableDate } from '@/lib/engagement/format-date';
import { PostRate } from '@/components/PostRate';
import { PLATFORM_STYLE, TrendChart } from '@/components/TrendChart';
import { trendSummary } from '@/components/trend-summary';
import { isPlatformPermalink } from '@/lib/schemas/permalink';
import { InboxReport } from './InboxReport';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthFromUrl(zone: TimeZoneId): string {
  const m = new URLSearchParams(location.search).get('month') ?? '';
  return MONTH.test(m) ? m : monthKey(Date.now(), zone);
}

/**
 * The monthly report for the agency's superiors: replies, response times, SOP compliance,
 * engagement with charts, top posts. One page that prints cleanly to PDF (see style.css, @media
 * print). Roll-ups for finished days, raw rows for today: a past month opens as fast as the popup.
 */
export function App() {
  const tr = useT();
  const lang = useLang();
  const settings = useSettings();
  const zone = settings?.timeZone ?? 'WIB';
  const [month, setMonth] = useState(() => monthFromUrl(zone));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${tr('report.title')} · ${monthLabel(month, lang)}`;
  }, [lang, tr, month]);
  const [now] = useState(() => Date.now());
  const dashboard = useLiveQuery(() => (MONTH.test(month) ? loadDashboard(getDb(), { range: { month }, now, topLimit: 10 }) : undefined), [month, now]);
  const profileName = useLiveQuery(async () => (await getDb().profiles.toCollection().first())?.agencyName ?? '', []);
  const platformName = useCallback((p: PlatformId) => platformLabel(p, lang), [lang]);

  return (
    <main className="report" data-testid="report">
      <header>
        <div>
          <h1>{tr('report.title')}</h1>
          <p className="subtitle" data-testid="report-month-label">
            {profileName ? `${profileName} · ` : ''}
            {monthLabel(month, lang)}
          </p>
        </div>
        <div className="controls no-print">
          <label>
            {tr('report.month')}
            <input
              type="month"
              value={month}
              onChange={(e) => {
                setMonth(e.target.value);
                history.replaceState(null, '', `?month=${encodeURIComponent(e.target.value)}`);
              }}
            />
          </label>
          <button type="button" onClick={() => window.print()} data-testid="report-print">
            {tr('report.print')}
          </button>
        </div>
      </header>
      {dashboard ? <Body dashboard={dashboard} platformName={platformName} zone={zone} /> : null}
      {MONTH.test(month) ? <InboxReport month={month} now={now} platformName={platformName} /> : null}
      <footer className="muted">{tr('report.generated', { when: formatDateTime(now, lang, zone), zone })}</footer>
    </main>
  );
}

function Body({ dashboard, platformName, zone }: { dashboard: Dashboard; platformName: (p: PlatformId) => string; zone: TimeZoneId }) {
  const tr = useT();
  const lang = useLang();
  const n = (v: number | null | undefined) => formatCount(v, lang);
  const d = dashboard;
  const byDay = useMemo(
    () => [
      {
        label: tr('report.replies.sent'),
        values: d.replies.byDay.map((x) => x.sent),
        ...PLATFORM_STYLE.facebook,
      },
    ],
    [d, tr],
  );
  if (d.range.days.length === 0) return <p>{tr('report.empty')}</p>;
  return (
    <>
      <section aria-labelledby="r-replies">
        <h2 id="r-replies">{tr('report.replies')}</h2>
        <table data-testid="report-replies">
          <thead>
            <tr>
              <th scope="col">{tr('report.platform')}</th>
              <th scope="col">{tr('report.replies.sent')}</th>
              <th scope="col">{tr('report.replies.templates')}</th>
              <th scope="col">{tr('report.replies.checked')}</th>
              <th scope="col">{tr('report.median')}</th>
              <th scope="col">{tr('report.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {PLATFORM_IDS.map((p) => (
              <tr key={p}>
                <th scope="row">{platformName(p)}</th>
                <td>{n(d.replies.perPlatform[p].sent)}</td>
                <td>{n(d.replies.perPlatform[p].templateInserted)}</td>
                <td>{n(d.replies.perPlatform[p].checked)}</td>
                <td>
                  <Figure text={formatResponse(d.responseTime.perPlatform[p].medianMs, d.responseTime.perPlatform[p].marginMs, lang)} reason={tr('why.response')} />
                </td>
                <td>
                  <Figure text={formatResponse(d.responseTime.perPlatform[p].p90Ms, d.responseTime.perPlatform[p].marginMs, lang)} reason={tr('why.response')} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tr('report.total')}</th>
              <td data-testid="report-sent">{n(d.replies.total.sent)}</td>
              <td>{n(d.replies.total.templateInserted)}</td>
              <td data-testid="report-checked">{n(d.replies.total.checked)}</td>
              <td data-testid="report-response-median">
                <Figure text={formatResponse(d.responseTime.medianMs, d.responseTime.marginMs, lang)} reason={tr('why.response')} />
              </td>
              <td>
                <Figure text={formatResponse(d.responseTime.p90Ms, d.responseTime.marginMs, lang)} reason={tr('why.response')} />
              </td>
            </tr>
          </tfoot>
        </table>
        {d.responseTime.marginMs ? (
          <p className="muted small" data-testid="report-response-margin">
            {tr('dash.stat.margin', { margin: formatMargin(d.responseTime.marginMs, lang) })}
          </p>
        ) : null}
        <h3>{tr('report.repliesByDay')}</h3>
        <LineChart
          days={d.range.days}
          series={byDay}
          lang={lang}
          width={680}
          height={160}
          ariaLabel={`${tr('report.repliesByDay')}: ${n(d.replies.total.sent)}`}
          testId="report-chart-replies"
        />
      </section>

      <section aria-labelledby="r-compliance" className="cards">
        <h2 id="r-compliance">{tr('report.compliance')}</h2>
        <dl>
          <dt>{tr('report.compliance.share')}</dt>
          <dd data-testid="report-compliance">
            <Figure text={formatPercent(d.compliance.share, lang)} reason={tr('why.compliance')} /> ({n(d.compliance.compliant)} / {n(d.compliance.checked)})
          </dd>
          <dt>{tr('report.compliance.overrides')}</dt>
          <dd>{n(d.compliance.gateOverrides)}</dd>
          <dt>{tr('report.compliance.score')}</dt>
          <dd data-testid="report-score">
            <Figure text={d.compliance.averageScore === null ? NO_VALUE : formatCount(Math.round(d.compliance.averageScore), lang)} reason={tr('why.compliance')} />
          </dd>
          <dt>{tr('report.samples')}</dt>
          <dd>{n(d.responseTime.samples)}</dd>
          <dt>{tr('report.snapshots')}</dt>
          <dd data-testid="report-snapshots">{n(d.snapshots.total)}</dd>
        </dl>
      </section>

      <section aria-labelledby="r-engagement">
        <h2 id="r-engagement">{tr('report.engagement')}</h2>
        {d.engagementTrend.length ? (
          <TrendChart
            days={d.range.days}
            series={d.engagementTrend}
            lang={lang}
            platformName={platformName}
            width={680}
            height={200}
            testId="report-chart-engagement"
            ariaLabel={tr('dash.trend.aria', { summary: trendSummary(d.engagementTrend, lang, platformName) })}
          />
        ) : (
          <p className="muted">{tr('dash.trend.empty')}</p>
        )}
        <p className="muted small">{tr('dash.trend.caption')}</p>
        {d.postsPerDay.flatMap((a) =>
          a.days
            .filter((x) => x.overLimit)
            .map((x) => (
              <p key={`${a.platform}|${a.account}|${x.day}`} className="warning">
                {tr('dash.postsPerDay.warning', { account: a.account, platform: platformName(a.platform), count: n(x.count), day: formatDay(x.day, lang), limit: n(a.limit) })}
              </p>
            )),
        )}
      </section>

      <section aria-labelledby="r-top">
        <h2 id="r-top">{tr('dash.topPosts')}</h2>
        {d.topPosts.length === 0 ? (
          <p className="muted" data-testid="report-top-posts-empty">
            {d.snapshots.ownPosts > 0 ? tr('dash.topPosts.older', { count: n(d.snapshots.ownPosts) }) : tr('dash.topPosts.empty')}
          </p>
        ) : null}
        <table data-testid="report-top-posts">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{tr('report.post')}</th>
              <th scope="col">{tr('report.postedAt')}</th>
              <th scope="col">{tr('report.interactions')}</th>
              <th scope="col">{tr('report.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {d.topPosts.map((p, i) => (
              <tr key={`${p.platform}|${p.postId}`}>
                <td>{i + 1}</td>
                <td>
                  {platformName(p.platform)} · @{p.account}
                  {p.permalink ? (
                    <>
                      <br />
                      {/* A link only to the post's own platform (https); anything else stays plain text. */}
                      {isPlatformPermalink(p.permalink, p.platform) ? (
                        <a href={p.permalink} className="permalink">
                          {p.permalink}
                        </a>
                      ) : (
                        <span className="permalink">{p.permalink}</span>
                      )}
                    </>
                  ) : null}
                </td>
                <td>
                  <Figure text={readableDate(p.postedAt, lang, zone)} reason={tr('why.postedAt')} />
                </td>
                <td>{n(p.interactions)}</td>
                <td>
                  <PostRate post={p} which="all" withCount={false} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function monthLabel(month: string, lang: UiLanguage): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
