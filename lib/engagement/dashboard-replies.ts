import { byPlatform } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';

export { byPlatform };
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { DayKey, ReplyRollup } from '@/lib/schemas/rollup';
import { dayKey, type RangeBounds, type ZoneInput } from './days';
import { histogramSamples } from './histogram';
import { weightedPercentile, type WeightedValue } from './percentile';
import { eventResponseMarginMs, eventResponseMs } from './response-time';
import { mergeReplyRollups, replyRollupKey, rollupReplies } from './rollup-replies';

export interface ReplyCounts {
  sent: number;
  templateInserted: number;
  /**
   * Sent replies that carried a check result: the same replies as the compliance share and the
   * average score (ComplianceStats.checked), so the report's "Balasan terperiksa" column never
   * says 0 beside an average score (it counted 'checked' events, which older data lacks).
   */
  checked: number;
}

export interface ResponseTimeStats {
  medianMs: number | null;
  p90Ms: number | null;
  /** Sent replies with a usable response time. */
  samples: number;
  /** True when part of the samples came from roll-ups (values within one histogram bucket). */
  approximate: boolean;
  /**
   * When some answered items' times were read from relative text ("2 j"): the largest of their
   * margins. Each sample is off by at most this, so the median and p90 are too. Null = exact.
   */
  marginMs: number | null;
}

/**
 * SOP compliance, precisely: among the replies sent in the range that carried a check result
 * (a 'sent' event with errorCount present), the share with errorCount 0, i.e. no error-level
 * finding. Drafts checked but not sent ('checked' events) and sends without a check result (the
 * checker off) are not in the denominator. `share` is null when nothing qualifies.
 */
export interface ComplianceStats {
  checked: number;
  compliant: number;
  share: number | null;
  /** Sent replies where the admin overrode the QC gate. */
  gateOverrides: number;
  /** Mean check score (0-100) of sent replies that carried one. */
  averageScore: number | null;
}

export interface TemplateUse {
  templateId: string;
  count: number;
}

export interface ReplySummary {
  total: ReplyCounts;
  perPlatform: Record<PlatformId, ReplyCounts>;
  byDay: ({ day: DayKey } & ReplyCounts)[];
  responseTime: ResponseTimeStats & { perPlatform: Record<PlatformId, ResponseTimeStats> };
  compliance: ComplianceStats;
  topTemplates: TemplateUse[];
}

/**
 * Reply figures for a range from roll-ups (older days) and raw events (recent days). A roll-up
 * row is authoritative for its (day, platform): raw events of a covered (day, platform) are
 * ignored, so passing both for the same day never counts twice.
 */
export function summarizeReplies(input: {
  events: readonly ReplyEvent[];
  replyRollups: readonly ReplyRollup[];
  bounds: RangeBounds;
  timeZone: ZoneInput;
  topLimit: number;
}): ReplySummary {
  const { bounds, timeZone } = input;
  const days = new Set(bounds.days);
  const stored = mergeReplyRollups(input.replyRollups.filter((r) => days.has(r.day)));
  const covered = new Set(stored.map((r) => r.key));
  const raw = input.events.filter((e) => {
    if (e.at < bounds.from || e.at > bounds.to) return false;
    const day = dayKey(e.at, timeZone);
    return days.has(day) && !covered.has(replyRollupKey(day, e.platform));
  });
  const rows = [...stored, ...rollupReplies(raw, timeZone)];

  const perPlatform = byPlatform(emptyCounts);
  const byDay = new Map<DayKey, ReplyCounts>(bounds.days.map((d) => [d, emptyCounts()]));
  const templates = new Map<string, number>();
  let checked = 0;
  let compliant = 0;
  let gateOverrides = 0;
  let scoreMilliSum = 0;
  let scoreCount = 0;
  for (const row of rows) {
    for (const target of [perPlatform[row.platform], byDay.get(row.day)]) {
      if (!target) continue;
      target.sent += row.kinds.sent;
      target.templateInserted += row.kinds['template-inserted'];
      target.checked += row.checkedSent;
    }
    checked += row.checkedSent;
    compliant += row.compliantSent;
    gateOverrides += row.gateOverrides;
    scoreMilliSum += row.scoreMilliSum;
    scoreCount += row.scoreCount;
    for (const [id, n] of Object.entries(row.templates)) templates.set(id, (templates.get(id) ?? 0) + n);
  }

  // Response times: exact values from raw events, bucket values from roll-ups, one percentile.
  const samples = byPlatform((): WeightedValue[] => []);
  const approximate = byPlatform(() => false);
  const margin = byPlatform(() => 0);
  const seen = new Set<string>();
  for (const e of raw) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const ms = eventResponseMs(e);
    if (ms !== null) samples[e.platform].push({ value: ms, weight: 1 });
    margin[e.platform] = Math.max(margin[e.platform], eventResponseMarginMs(e) ?? 0);
  }
  for (const row of stored) {
    const buckets = histogramSamples(row.responseHistogram);
    if (buckets.length > 0) approximate[row.platform] = true;
    samples[row.platform].push(...buckets);
    if (buckets.length > 0) margin[row.platform] = Math.max(margin[row.platform], row.responseMarginMs ?? 0);
  }
  const responsePerPlatform = byPlatform((p) => responseStats(samples[p], approximate[p], margin[p]));

  return {
    total: PLATFORM_IDS.reduce((sum, p) => addCounts(sum, perPlatform[p]), emptyCounts()),
    perPlatform,
    byDay: [...byDay].map(([day, counts]) => ({ day, ...counts })),
    responseTime: {
      ...responseStats(
        PLATFORM_IDS.flatMap((p) => samples[p]),
        PLATFORM_IDS.some((p) => approximate[p]),
        Math.max(...PLATFORM_IDS.map((p) => margin[p])),
      ),
      perPlatform: responsePerPlatform,
    },
    compliance: {
      checked,
      compliant,
      share: checked > 0 ? compliant / checked : null,
      gateOverrides,
      averageScore: scoreCount > 0 ? scoreMilliSum / scoreCount / 1000 : null,
    },
    topTemplates: [...templates]
      .map(([templateId, count]) => ({ templateId, count }))
      .sort((a, b) => b.count - a.count || (a.templateId < b.templateId ? -1 : 1))
      .slice(0, input.topLimit),
  };
}

function responseStats(samples: readonly WeightedValue[], approximate: boolean, marginMs: number): ResponseTimeStats {
  return {
    medianMs: weightedPercentile(samples, 50),
    p90Ms: weightedPercentile(samples, 90),
    samples: samples.reduce((sum, s) => sum + s.weight, 0),
    approximate,
    marginMs: samples.length > 0 && marginMs > 0 ? marginMs : null,
  };
}

function emptyCounts(): ReplyCounts {
  return { sent: 0, templateInserted: 0, checked: 0 };
}

function addCounts(a: ReplyCounts, b: ReplyCounts): ReplyCounts {
  return { sent: a.sent + b.sent, templateInserted: a.templateInserted + b.templateInserted, checked: a.checked + b.checked };
}
