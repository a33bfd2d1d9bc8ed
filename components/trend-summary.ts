import type { TrendSeries } from '@/lib/engagement/dashboard-posts';
import { formatCount } from '@/lib/engagement/format';
import type { PlatformId, UiLanguage } from '@/lib/schemas/common';

/**
 * A short text version of the engagement chart for screen readers: the total per platform. On
 * its own (not in TrendChart.tsx) so pages can describe the chart without loading uPlot first.
 */
export function trendSummary(series: readonly TrendSeries[], lang: UiLanguage, platformName: (p: PlatformId) => string): string {
  return series
    .map((s) => `${platformName(s.platform)} ${formatCount(s.points.reduce((sum, p) => sum + p.interactions, 0), lang)}`)
    .join(', ');
}
