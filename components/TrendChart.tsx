import { useMemo } from 'react';
import type { TrendSeries } from '@/lib/engagement/dashboard-posts';
import { byPlatform, PLATFORMS } from '@/lib/platforms/meta';
import type { PlatformId, UiLanguage } from '@/lib/schemas/common';
import type { DayKey } from '@/lib/schemas/rollup';
import { LineChart } from './LineChart';

/** One color per platform, told apart in grayscale print by their dash patterns too. */
export const PLATFORM_STYLE: Record<PlatformId, { stroke: string; dash?: number[] }> = byPlatform((id) => {
  const { stroke, dash } = PLATFORMS[id].chart;
  return dash ? { stroke, dash: [...dash] } : { stroke };
});

interface Props {
  days: readonly DayKey[];
  series: readonly TrendSeries[];
  lang: UiLanguage;
  platformName: (p: PlatformId) => string;
  width: number;
  height: number;
  ariaLabel: string;
  testId?: string;
}

/** Interactions gained per day on own posts, one line per platform. */
export function TrendChart({ days, series, lang, platformName, width, height, ariaLabel, testId }: Props) {
  const lines = useMemo(
    () =>
      series.map((s) => ({
        label: platformName(s.platform),
        values: s.points.map((p) => p.interactions),
        ...PLATFORM_STYLE[s.platform],
      })),
    [series, platformName],
  );
  return <LineChart days={days} series={lines} lang={lang} width={width} height={height} ariaLabel={ariaLabel} testId={testId} />;
}
