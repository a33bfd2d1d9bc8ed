import type { PlatformId } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import { ROLLUP_VERSION, type DayKey, type ReplyRollup } from '@/lib/schemas/rollup';
import { dayKey, type ZoneInput } from './days';
import { addHistograms, histogramOf } from './histogram';
import { eventResponseMarginMs, eventResponseMs } from './response-time';

export function replyRollupKey(day: DayKey, platform: PlatformId): string {
  return `r|${day}|${platform}`;
}

/**
 * Rolls reply events up into one row per (local day, platform). Events are deduplicated by id,
 * so a list holding an event twice rolls up like the list holding it once.
 *
 * What each counter means (the dashboard reads the same definitions from raw events):
 * - kinds: events per kind.
 * - responseHistogram: 'sent' events with a usable response time (eventResponseMs).
 * - checkedSent / compliantSent: 'sent' events carrying errorCount / those with errorCount 0.
 * - gateOverrides: 'sent' events with gateOverridden true.
 * - templates: 'template-inserted' events per templateId.
 */
export function rollupReplies(events: readonly ReplyEvent[], zone: ZoneInput): ReplyRollup[] {
  const seen = new Set<string>();
  const groups = new Map<string, ReplyEvent[]>();
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const key = replyRollupKey(dayKey(event.at, zone), event.platform);
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  const out: ReplyRollup[] = [];
  for (const [key, group] of groups) {
    const head = group[0];
    if (head) out.push(rollGroup(key, dayKey(head.at, zone), head.platform, group));
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Merges reply roll-ups that share a key. Idempotent: a row merged with itself or with a re-roll
 * of the same events is unchanged. Rows covering disjoint time spans add up (late events for a
 * day whose raw rows are gone); overlapping rows are taken to be the same day rolled again from
 * more or fewer raw rows and the one standing for more events wins. Roll whole days at once
 * (planRollup does) and the result is exact.
 */
export function mergeReplyRollups(...lists: readonly (readonly ReplyRollup[])[]): ReplyRollup[] {
  const groups = new Map<string, ReplyRollup[]>();
  for (const row of lists.flat()) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  const out: ReplyRollup[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.firstAt - b.firstAt || a.lastAt - b.lastAt || a.events - b.events || cmp(stable(a), stable(b)));
    let acc = group[0];
    if (!acc) continue;
    for (const row of group.slice(1)) {
      const disjoint = row.firstAt > acc.lastAt || row.lastAt < acc.firstAt;
      if (disjoint) acc = add(acc, row);
      else if (row.events > acc.events || (row.events === acc.events && cmp(stable(row), stable(acc)) > 0)) acc = row;
    }
    out.push(acc);
  }
  return out.sort((a, b) => cmp(a.key, b.key));
}

function rollGroup(key: string, day: DayKey, platform: PlatformId, events: ReplyEvent[]): ReplyRollup {
  const kinds = { 'template-inserted': 0, checked: 0, sent: 0 };
  const responses: number[] = [];
  const templates = new Map<string, number>();
  let firstAt = Infinity;
  let lastAt = -Infinity;
  let checkedSent = 0;
  let compliantSent = 0;
  let gateOverrides = 0;
  let scoreMilliSum = 0;
  let scoreCount = 0;
  let margin = 0;
  for (const e of events) {
    firstAt = Math.min(firstAt, e.at);
    lastAt = Math.max(lastAt, e.at);
    kinds[e.kind] += 1;
    if (e.kind === 'template-inserted' && e.templateId !== undefined) {
      templates.set(e.templateId, (templates.get(e.templateId) ?? 0) + 1);
    }
    if (e.kind !== 'sent') continue;
    const ms = eventResponseMs(e);
    if (ms !== null) responses.push(ms);
    margin = Math.max(margin, eventResponseMarginMs(e) ?? 0);
    if (e.errorCount !== undefined) {
      checkedSent += 1;
      if (e.errorCount === 0) compliantSent += 1;
    }
    if (e.gateOverridden === true) gateOverrides += 1;
    if (e.score !== undefined) {
      scoreMilliSum += Math.round(e.score * 1000);
      scoreCount += 1;
    }
  }
  return {
    v: ROLLUP_VERSION,
    key,
    day,
    platform,
    firstAt,
    lastAt,
    events: events.length,
    kinds,
    responseHistogram: histogramOf(responses),
    ...(margin > 0 ? { responseMarginMs: margin } : {}),
    checkedSent,
    compliantSent,
    gateOverrides,
    scoreMilliSum,
    scoreCount,
    templates: sortedRecord(templates),
  };
}

function add(a: ReplyRollup, b: ReplyRollup): ReplyRollup {
  const templates = new Map(Object.entries(a.templates));
  for (const [id, n] of Object.entries(b.templates)) templates.set(id, (templates.get(id) ?? 0) + n);
  return {
    v: ROLLUP_VERSION,
    key: a.key,
    day: a.day,
    platform: a.platform,
    firstAt: Math.min(a.firstAt, b.firstAt),
    lastAt: Math.max(a.lastAt, b.lastAt),
    events: a.events + b.events,
    kinds: {
      'template-inserted': a.kinds['template-inserted'] + b.kinds['template-inserted'],
      checked: a.kinds.checked + b.kinds.checked,
      sent: a.kinds.sent + b.kinds.sent,
    },
    responseHistogram: addHistograms(a.responseHistogram, b.responseHistogram),
    ...marginOf(a, b),
    checkedSent: a.checkedSent + b.checkedSent,
    compliantSent: a.compliantSent + b.compliantSent,
    gateOverrides: a.gateOverrides + b.gateOverrides,
    scoreMilliSum: a.scoreMilliSum + b.scoreMilliSum,
    scoreCount: a.scoreCount + b.scoreCount,
    templates: sortedRecord(templates),
  };
}

function marginOf(a: ReplyRollup, b: ReplyRollup): { responseMarginMs?: number } {
  const m = Math.max(a.responseMarginMs ?? 0, b.responseMarginMs ?? 0);
  return m > 0 ? { responseMarginMs: m } : {};
}

// Sorted keys: equal rows are equal as JSON, and template ids like "__proto__" stay own data.
function sortedRecord(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => cmp(a, b)));
}

function stable(row: ReplyRollup): string {
  return JSON.stringify(row);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
