import type { PageKey, PageParams } from '@/lib/i18n/page';
import { FindingList } from './FindingList';
import type { PanelPlacement } from './placement';
import { scoreTone, type FindingRow, type SeverityCounts } from './rows';
import { trusted } from '../trusted';

export interface CheckPanelProps {
  tr: (key: PageKey, params?: PageParams) => string;
  rows: readonly FindingRow[];
  counts: SeverityCounts;
  score: number;
  ignored: number;
  collapsed: boolean;
  placement: PanelPlacement;
  /** A short note after an action (a fix that could not be made, the options page opened). */
  notice: string | null;
  /** For the latency test and the benchmark: how long the last check took, and on what. */
  checkMs: number;
  checkedLength: number;
  onToggle(): void;
  onFix(row: FindingRow, replacement: string): void;
  onIgnore(row: FindingRow): void;
  onRuleOff(row: FindingRow): void;
  /** How many fixes "Perbaiki semua" would make (findings with one replacement); 0 hides it. */
  safeFixes: number;
  onFixAll(): void;
  /** Shown under the QC gate's question, in its column (not a Tab stop: the question keeps the focus). */
  embedded?: boolean;
}

/** Buttons that act on the site's editor keep the caret there: a mouse press does not take focus. */
const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

function summaryText(tr: CheckPanelProps['tr'], counts: SeverityCounts, ignored: number): string {
  const total = counts.error + counts.warning + counts.info;
  const main = total === 0 ? tr('checker.summary.none') : tr('checker.summary.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info });
  return ignored > 0 ? `${main} · ${tr('checker.summary.ignored', { count: ignored })}` : main;
}

/** The panel beside the composer: score badge and summary always, the findings unless collapsed. */
export function CheckPanel(p: CheckPanelProps) {
  const tone = scoreTone(p.counts);
  const listId = 'pranata-check-list';
  return (
    <div
      className="pranata-panel"
      data-testid="pranata-check-panel"
      data-side={p.placement.side}
      data-collapsed={p.collapsed ? 'true' : 'false'}
      data-embedded={p.embedded ? 'true' : undefined}
      data-check-ms={p.checkMs.toFixed(3)}
      data-checked-length={p.checkedLength}
      role="region"
      aria-label={p.tr('checker.panel.label')}
      style={{ left: `${p.placement.left}px`, top: `${p.placement.top}px`, maxHeight: `${Math.max(40, p.placement.maxHeight)}px` }}
    >
      <div className="pranata-panel-head">
        <span className="pranata-score" data-testid="pranata-score" data-tone={tone} title={p.tr('checker.score.label', { score: p.score })}>
          {p.score}
        </span>
        <span className="pranata-summary" role="status" aria-live="polite" data-testid="pranata-check-summary">
          {summaryText(p.tr, p.counts, p.ignored)}
        </span>
        <button
          type="button"
          className="pranata-toggle"
          data-testid="pranata-check-toggle"
          aria-expanded={!p.collapsed}
          aria-controls={listId}
          aria-label={p.tr(p.collapsed ? 'checker.expand' : 'checker.collapse')}
          onClick={trusted(p.onToggle)}
        >
          {p.collapsed ? '▸' : '▾'}
        </button>
      </div>
      {p.collapsed ? null : (
        <div id={listId} className="pranata-panel-body">
          <FindingList rows={p.rows} tr={p.tr} onFix={p.onFix} onIgnore={p.onIgnore} onRuleOff={p.onRuleOff} />
        </div>
      )}
      {p.safeFixes > 0 && !p.collapsed ? (
        <div className="pranata-panel-foot">
          <button
            type="button"
            className="pranata-fix-all"
            data-testid="pranata-fix-all"
            title={p.tr('checker.fixAll.title', { count: p.safeFixes })}
            onMouseDown={keepFocus}
            onClick={p.onFixAll}
          >
            {p.tr('checker.fixAll', { count: p.safeFixes })}
          </button>
        </div>
      ) : null}
      {p.notice ? (
        <p className="pranata-notice" role="status">
          {p.notice}
        </p>
      ) : null}
    </div>
  );
}
