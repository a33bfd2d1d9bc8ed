import type { MouseEvent } from 'react';
import type { PageKey, PageParams } from '@/lib/i18n/page';
import { fixLabel, type FindingRow } from './rows';
import { trusted } from '../trusted';

export interface FindingListProps {
  rows: readonly FindingRow[];
  tr: (key: PageKey, params?: PageParams) => string;
  /** A replacement button was pressed: fix the text. */
  onFix?: (row: FindingRow, replacement: string) => void;
  onIgnore?: (row: FindingRow) => void;
  onRuleOff?: (row: FindingRow) => void;
}

/** Buttons that act on the site's editor keep the caret there: a mouse press does not take focus. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * The findings of one check, each with its fixes. Used by the check panel in the page and by
 * the options page's test box (written with React APIs; the page gets it through Preact).
 */
export function FindingList({ rows, tr, onFix, onIgnore, onRuleOff }: FindingListProps) {
  return (
    <ul className="pranata-findings">
      {rows.map((row) => (
        <li key={row.key} className="pranata-finding" data-testid="pranata-finding" data-rule-id={row.ruleId} data-severity={row.severity}>
          <div className="pranata-finding-head">
            <span className="pranata-sev">{tr(`checker.severity.${row.severity}`)}</span>
            <span className="pranata-rule" data-testid="pranata-finding-rule">
              {row.ruleName}
            </span>
            {row.excerpt ? <q className="pranata-excerpt">{row.excerpt}</q> : null}
          </div>
          <p className="pranata-msg">{row.message}</p>
          {(onFix && row.replacements.length > 0) || onIgnore || onRuleOff ? (
            <div className="pranata-actions">
              {onFix
                ? row.replacements.map((r) => (
                    <button
                      key={r}
                      type="button"
                      className="pranata-fix"
                      data-testid="pranata-finding-fix"
                      data-replacement={r}
                      title={r === '' ? tr('checker.fix.removeTitle', { text: row.excerpt }) : tr('checker.fix.title', { text: r })}
                      onMouseDown={keepFocus}
                      onClick={trusted(() => onFix(row, r))}
                    >
                      {fixLabel(r, tr('checker.fix.remove'))}
                    </button>
                  ))
                : null}
              {onIgnore ? (
                <button type="button" className="pranata-quiet" data-testid="pranata-finding-ignore" onMouseDown={keepFocus} onClick={trusted(() => onIgnore(row))}>
                  {tr('checker.ignore')}
                </button>
              ) : null}
              {onRuleOff ? (
                <button
                  type="button"
                  className="pranata-quiet"
                  data-testid="pranata-finding-rule-off"
                  title={tr('checker.rule', { rule: row.ruleName })}
                  onClick={trusted(() => onRuleOff(row))}
                >
                  {tr('checker.ruleOff')}
                </button>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
