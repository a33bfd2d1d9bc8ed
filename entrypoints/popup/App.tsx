import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { REPLY_KIND_KEY } from '@/lib/i18n/labels';
import { useLiveQuery } from 'dexie-react-hooks';
import { platformList } from '@/lib/i18n/platforms';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { loadDashboard, loadDashboardRows } from '@/lib/db/dashboard';
import { useSettings } from '@/lib/db/hooks';
import { LanguageProvider, useLang, useT } from '@/lib/i18n/react';
import type { MessageKey } from '@/lib/i18n';
import type { Dashboard } from '@/lib/engagement/dashboard';
import type { Settings } from '@/lib/schemas/settings';
import { formatCount, formatDay, formatMargin, formatPercent, formatResponse, NO_VALUE } from '@/lib/engagement/format';
import { dayKey } from '@/lib/engagement/days';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import { platformName as platformLabel } from '@/lib/platforms/meta';
import { HealthList } from '@/components/HealthList';
import { Figure } from '@/components/Missing';
import { PostRate } from '@/components/PostRate';
import { PageCapture } from '@/components/PageCapture';
import { trendSummary } from '@/components/trend-summary';
import { isPlatformPermalink } from '@/lib/schemas/permalink';
import { InboxQueue } from './InboxQueue';

// uPlot (about 50 KB) loads after the figures: the numbers must not wait for the chart library.
const TrendChart = lazy(() => import('@/components/TrendChart').then((m) => ({ default: m.TrendChart })));

type Range = 'today' | '7d' | '30d' | '90d';
const RANGES: readonly Range[] = ['today', '7d', '30d', '90d'];
const RANGE_LABEL: Record<Range, MessageKey> = {
  today: 'popup.range.today',
  '7d': 'popup.range.7d',
  '30d': 'popup.range.30d',
  '90d': 'dash.range.90d',
};

/**
 * The popup dashboard: replies, response times, SOP compliance, snapshots, the engagement trend,
 * top templates and posts, posts-per-day warnings and page health, for today / 7 / 30 days.
 * Live: a live query over the query layer re-renders when the background writes.
 */
export function App() {
  const settings = useSettings();
  const [range, setRange] = useState<Range>('today');
  // Started together with the settings query (not after it): the popup opens on one round of
  // reads. The range travels with its result, so the page can say which range it shows.
  const loaded = useLiveQuery(async () => {
    const start = performance.now();
    const dashboard = await loadDashboard(getDb(), { range, now: Date.now() });
    // A User Timing entry per query (cheap), read by the dashboard benchmark.
    performance.measure(`pranata:dashboard:${range}`, { start });
    return { range, dashboard };
  }, [range]);
  const ready = loaded !== undefined;
  useEffect(() => {
    if (!ready) return;
    // Once the first figures are on screen, read the longest range's roll-ups while idle: the
    // day cache (lib/db/rollup-cache.ts) then makes every range switch a computation only.
    const id = requestIdleCallback(() => void loadDashboardRows(getDb(), { range: '90d', now: Date.now() }).catch(() => undefined));
    return () => cancelIdleCallback(id);
  }, [ready]);
  if (!settings) return null;
  return (
    <LanguageProvider lang={settings.uiLanguage}>
      <Popup range={range} setRange={setRange} loadedRange={loaded?.range} dashboard={loaded?.dashboard} settings={settings} />
    </LanguageProvider>
  );
}

function Popup({
  range,
  setRange,
  loadedRange,
  dashboard,
  settings,
}: {
  range: Range;
  setRange: (r: Range) => void;
  loadedRange: Range | undefined;
  dashboard: Dashboard | undefined;
  settings: Settings;
}) {
  const tr = useT();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const platformName = useCallback((p: PlatformId) => platformLabel(p, lang), [lang]);
  const n = (v: number | null | undefined) => formatCount(v, lang);
  const noAccounts = !settings.accounts.some((a) => a.role === 'own');

  return (
    <main className="popup" data-loaded-range={loadedRange}>
      <header>
        <h1>{tr('common.appName')}</h1>
        <nav className="ranges" aria-label={tr('popup.title')}>
          {RANGES.map((r) => (
            <button key={r} type="button" data-testid={`range-${r}`} aria-pressed={range === r} onClick={() => setRange(r)}>
              {tr(RANGE_LABEL[r])}
            </button>
          ))}
        </nav>
      </header>

      {noAccounts ? <p className="notice" data-testid="no-accounts">{tr('dash.noAccounts')}</p> : null}
      <InboxQueue />

      <section className="stats" aria-live="polite">
        <Stat label={tr('popup.stat.replies')} testId="stat-replies" value={dashboard ? n(dashboard.replies.total.sent) : NO_VALUE} />
        <Stat
          label={tr('popup.stat.responseMedian')}
          testId="stat-response-median"
          value={dashboard ? formatResponse(dashboard.responseTime.medianMs, dashboard.responseTime.marginMs, lang) : NO_VALUE}
          title={dashboard?.responseTime.marginMs ? tr('dash.stat.margin', { margin: formatMargin(dashboard.responseTime.marginMs, lang) }) : undefined}
          why={tr('why.response')}
          sub={
            dashboard ? (
              <span data-testid="stat-response-p90" title={dashboard.responseTime.approximate ? tr('dash.stat.approx') : undefined}>
                {tr('dash.stat.responseP90', { value: formatResponse(dashboard.responseTime.p90Ms, dashboard.responseTime.marginMs, lang) })}
              </span>
            ) : null
          }
        />
        <Stat
          label={tr('popup.stat.compliance')}
          testId="stat-compliance"
          value={dashboard ? formatPercent(dashboard.compliance.share, lang) : NO_VALUE}
          why={tr('why.compliance')}
          sub={dashboard ? tr('dash.stat.complianceOf', { count: n(dashboard.compliance.checked) }) : null}
        />
        <Stat label={tr('popup.stat.snapshots')} testId="stat-snapshots" value={dashboard ? n(dashboard.snapshots.total) : NO_VALUE} />
      </section>

      {dashboard ? (
        <>
          <section aria-labelledby="per-platform">
            <h2 id="per-platform">{tr('dash.repliesPerPlatform')}</h2>
            <ul className="per-platform" data-testid="replies-per-platform">
              {PLATFORM_IDS.map((p) => (
                <li key={p} data-platform={p}>
                  <span>{platformName(p)}</span>
                  <strong>{n(dashboard.replies.perPlatform[p].sent)}</strong>
                </li>
              ))}
            </ul>
          </section>
          <PostsPerDayWarnings dashboard={dashboard} platformName={platformName} />
          <section aria-labelledby="trend">
            <h2 id="trend">{tr('dash.trend')}</h2>
            {dashboard.engagementTrend.length ? (
              <>
                <Suspense fallback={<div className="chart-placeholder" />}>
                  <TrendChart
                    days={dashboard.range.days}
                    series={dashboard.engagementTrend}
                    lang={lang}
                    platformName={platformName}
                    width={336}
                    height={150}
                    testId="chart-engagement"
                    ariaLabel={tr('dash.trend.aria', { summary: trendSummary(dashboard.engagementTrend, lang, platformName) })}
                  />
                </Suspense>
                <p className="muted small">{tr('dash.trend.caption')}</p>
              </>
            ) : (
              <p className="muted" data-testid="chart-engagement">
                {tr('dash.trend.empty')}
              </p>
            )}
          </section>
          <TopTemplates dashboard={dashboard} />
          <TopPosts dashboard={dashboard} platformName={platformName} zone={settings.timeZone} />
        </>
      ) : null}

      <section>
        <h2>{tr('popup.health')}</h2>
        <HealthList />
        <PageCapture scope="active" />
      </section>
      <RecentEvents />
      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {tr('popup.openOptions')}
        </button>
        <a href={browser.runtime.getURL('/report.html')} target="_blank" rel="noreferrer" data-testid="open-report">
          {tr('dash.report')}
        </a>
      </footer>
    </main>
  );
}

function Stat({ label, value, testId, sub, why, title }: { label: string; value: string; testId: string; sub?: ReactNode; why?: string; title?: string | undefined }) {
  return (
    <div className="stat">
      <span className="label">{label}</span>
      <strong data-testid={testId} title={title}>
        {why ? <Figure text={value} reason={why} /> : value}
      </strong>
      {sub ? <span className="sub">{sub}</span> : null}
    </div>
  );
}

function PostsPerDayWarnings({ dashboard, platformName }: { dashboard: Dashboard; platformName: (p: PlatformId) => string }) {
  const tr = useT();
  const lang = useLang();
  const over = dashboard.postsPerDay.flatMap((a) =>
    a.days.filter((d) => d.overLimit).map((d) => ({ ...d, account: a.account, platform: a.platform, limit: a.limit })),
  );
  if (over.length === 0) return null;
  return (
    <ul className="warnings" data-testid="posts-per-day-warning" role="status">
      {over.map((w) => (
        <li key={`${w.platform}|${w.account}|${w.day}`}>
          {tr('dash.postsPerDay.warning', {
            account: w.account,
            platform: platformName(w.platform),
            count: formatCount(w.count, lang),
            day: formatDay(w.day, lang),
            limit: formatCount(w.limit, lang),
          })}
        </li>
      ))}
    </ul>
  );
}

function TopTemplates({ dashboard }: { dashboard: Dashboard }) {
  const tr = useT();
  const lang = useLang();
  const ids = dashboard.topTemplates.map((t) => t.templateId);
  const titles = useLiveQuery(async () => (await getDb().templates.bulkGet(ids)).map((t) => t?.title), [ids.join('|')]);
  return (
    <section aria-labelledby="top-templates">
      <h2 id="top-templates">{tr('dash.topTemplates')}</h2>
      {dashboard.topTemplates.length === 0 ? <p className="muted">{tr('dash.topTemplates.empty')}</p> : null}
      <ol className="top" data-testid="top-templates">
        {dashboard.topTemplates.map((t, i) => (
          <li key={t.templateId}>
            <span className="title">{titles?.[i] ?? tr('dash.topTemplates.deleted')}</span>
            <span className="count">{tr('dash.times', { count: formatCount(t.count, lang) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function TopPosts({ dashboard, platformName, zone }: { dashboard: Dashboard; platformName: (p: PlatformId) => string; zone: string }) {
  const tr = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="top-posts">
      <h2 id="top-posts">{tr('dash.topPosts')}</h2>
      {dashboard.topPosts.length === 0 ? (
        <p className="muted" data-testid="top-posts-empty">
          {dashboard.snapshots.ownPosts > 0 ? tr('dash.topPosts.older', { count: formatCount(dashboard.snapshots.ownPosts, lang) }) : tr('dash.topPosts.empty')}
        </p>
      ) : null}
      <ol className="top" data-testid="top-posts">
        {dashboard.topPosts.map((p) => (
          <li key={`${p.platform}|${p.postId}`}>
            <span className="title">
              {isPlatformPermalink(p.permalink, p.platform) ? (
                <a href={p.permalink} target="_blank" rel="noreferrer">
                  {platformName(p.platform)} · @{p.account}
                </a>
              ) : (
                `${platformName(p.platform)} · @${p.account}`
              )}
              {p.postedAt ? <span className="muted small"> · {formatDay(dayKey(p.postedAt, zone), lang)}</span> : null}
            </span>
            <span className="count">
              <PostRate post={p} which="primary" />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RecentEvents() {
  const tr = useT();
  const lang = useLang();
  const recent = useLiveQuery(() => getDb().replyEvents.orderBy('at').reverse().limit(5).toArray(), []);
  return (
    <section>
      <h2>{tr('popup.recent')}</h2>
      {recent && recent.length === 0 ? <p className="muted">{tr('popup.recent.empty', { platforms: platformList(lang, 'disjunction') })}</p> : null}
      <ul data-testid="recent-events">
        {recent?.map((e) => (
          <li key={e.id}>
            {tr(REPLY_KIND_KEY[e.kind])} · {platformLabel(e.platform, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
