import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatCount, formatDay } from '@/lib/engagement/format';
import type { UiLanguage } from '@/lib/schemas/common';
import type { DayKey } from '@/lib/schemas/rollup';

export interface LineSeries {
  label: string;
  values: readonly number[];
  stroke: string;
  /** A dash pattern keeps lines apart in grayscale print. */
  dash?: number[];
}

interface Props {
  days: readonly DayKey[];
  series: readonly LineSeries[];
  lang: UiLanguage;
  width: number;
  height: number;
  /** The canvas is an image to assistive technology: this says what it shows. */
  ariaLabel: string;
  testId?: string;
}

/**
 * A small per-day line chart (uPlot: canvas, about 50 KB, fast with thousands of points). Axis
 * labels in the UI language's formats ("3 Mar", "1,2 rb"); a one-day range is drawn as points.
 */
export function LineChart({ days, series, lang, width, height, ariaLabel, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: uPlot.AlignedData = [days.map((_, i) => i), ...series.map((s) => [...s.values])];
    const dayLabel = (v: number | null | undefined) => (v != null && Number.isInteger(v) && days[v] ? formatDay(days[v], lang) : '');
    const opts: uPlot.Options = {
      width,
      height,
      legend: { show: true, live: false },
      cursor: { points: { show: true } },
      scales: { x: { time: false, range: (_u, min, max) => (min === max ? [min - 0.5, max + 0.5] : [min, max]) } },
      axes: [
        { size: 28, font: '11px system-ui, sans-serif', values: (_u, splits) => splits.map(dayLabel) },
        { size: 44, font: '11px system-ui, sans-serif', values: (_u, splits) => splits.map((v) => formatCount(v, lang, { compact: true })) },
      ],
      series: [
        { label: '', value: (_u, v) => dayLabel(v) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.stroke,
          dash: s.dash,
          width: 2,
          points: { show: days.length <= 31, size: 5 },
          value: (_u: uPlot, v: number | null) => (v == null ? '' : formatCount(v, lang)),
        })),
      ],
    };
    const plot = new uPlot(opts, data, el);
    return () => plot.destroy();
  }, [days, series, lang, width, height]);
  return <div ref={box} className="line-chart" role="img" aria-label={ariaLabel} data-testid={testId} />;
}
