import { SUGGESTED_TEMPLATES } from '@/lib/inbox/classify/types';
import { COMMENT_CATEGORY_KEY } from '@/lib/inbox/labels';
import { targetState } from '@/lib/inbox/target';
import { categoryLabel } from '@/lib/templates/categories';
import { useLang, useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/platforms/meta';
import { isPlatformPermalink } from '@/lib/schemas/permalink';
import type { CommentRow } from '@/lib/schemas/comment';
import { DUE_KEY } from './due';
import { useAge } from './use-age';
import './inbox.css';

interface Props {
  items: readonly CommentRow[];
  /** The clock the ages are counted on (read with the live query's result). */
  now: number;
  targetMs: number;
  onNotNeeded(row: CommentRow): void;
}

/**
 * The waiting comments of "Perlu dibalas", oldest first, one row each: its kind, how long it has
 * waited (with a word when close to or past the target), platform and commenter, the excerpt when
 * the agency keeps them, the suggested template categories, a link that opens it on its own site,
 * and "Tidak perlu dibalas". The popup shows the first ten, the options page all (issue 17).
 */
export function InboxItems({ items, now, targetMs, onNotNeeded }: Props) {
  const tr = useT();
  const lang = useLang();
  const age = useAge();
  if (items.length === 0) return null;
  const target = age(targetMs);
  return (
    <ol className="inbox-list">
      {items.map((row) => {
        const suggested = SUGGESTED_TEMPLATES[row.category];
        const due = targetState(now - row.sortAt, targetMs);
        return (
          <li key={row.key} data-testid="inbox-item" data-category={row.category} data-platform={row.platform} data-due={due}>
            <span className="inbox-kind">
              {tr(COMMENT_CATEGORY_KEY[row.category])}
              {row.confidence < 0.5 ? ` ${tr('inbox.guess')}` : ''}
            </span>{' '}
            <span className="inbox-age" data-testid="inbox-age">
              {age(now - row.sortAt)}
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
              <button type="button" data-testid="inbox-not-needed" onClick={() => onNotNeeded(row)}>
                {tr('inbox.notNeeded')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
