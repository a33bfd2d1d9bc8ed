import type { TopPost } from '@/lib/engagement/dashboard-posts';
import { formatCount, formatPercent } from '@/lib/engagement/format';
import type { EngagementRate } from '@/lib/engagement/rates';
import { useLang, useT } from '@/lib/i18n/react';
import { Missing } from './Missing';

/**
 * A post's engagement in plain words, raw count first: "150 interaksi · 1,2% per pengikut", the
 * rate's definition on hover/focus (the badge, popup and report used to say "ER" and nothing
 * more). `which`: the ranked rate (popup) or every rate that could be computed (report);
 * `withCount: false` where the count has its own column (the report).
 */
export function PostRate({ post, which, withCount = true }: { post: TopPost; which: 'primary' | 'all'; withCount?: boolean }) {
  const tr = useT();
  const lang = useLang();
  const rates: EngagementRate[] = which === 'all' ? post.rates : post.rate ? [post.rate] : [];
  const text = rates
    .map((r) => `${r.exact ? '' : '≈'}${formatPercent(r.value, lang)} ${tr(r.denominator === 'followers' ? 'dash.rate.followers' : 'dash.rate.views')}`)
    .join(' · ');
  return (
    <span className="post-rate" data-testid="post-rate">
      {withCount ? (
        <>
          <span data-testid="post-interactions">{tr('dash.interactions', { count: formatCount(post.interactions, lang) })}</span>
          {' · '}
        </>
      ) : null}
      {text ? (
        <span title={tr('dash.rate.definition')} tabIndex={0} data-testid="post-rate-value">
          {text}
        </span>
      ) : (
        <Missing reason={tr('why.rate')} testId="post-rate-value" />
      )}
    </span>
  );
}
