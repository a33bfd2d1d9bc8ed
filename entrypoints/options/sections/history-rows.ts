import { format } from 'date-fns';
import { REPLY_KIND_KEY } from '@/lib/i18n/labels';
import { tz } from '@date-fns/tz';
import { platformName } from '@/lib/platforms/meta';
import { ianaZone, type ZoneInput } from '@/lib/engagement/days';
import { eventResponseMs } from '@/lib/engagement/response-time';
import type { CsvCell, CsvColumn } from '@/lib/engagement/csv';
import type { MessageKey } from '@/lib/i18n';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { UiLanguage } from '@/lib/schemas/common';

export type Row = Record<string, CsvCell>;
type Tr = (key: MessageKey) => string;

/**
 * The history tables' rows and columns. The table and the CSV use the very same cells, so what
 * the table shows is what downloads: times as "2026-11-23 14:05" in the agency's zone (sortable,
 * read by spreadsheets), counts and seconds as plain numbers.
 */
export function timeCell(at: number, zone: ZoneInput): string {
  return format(at, 'yyyy-MM-dd HH:mm', { in: tz(ianaZone(zone)) });
}

export function replyColumns(tr: Tr): CsvColumn[] {
  return [
    { key: 'at', header: tr('history.col.at') },
    { key: 'platform', header: tr('history.col.platform') },
    { key: 'kind', header: tr('history.col.kind') },
    { key: 'target', header: tr('history.col.target') },
    { key: 'responseSeconds', header: tr('history.col.responseSeconds') },
    { key: 'score', header: tr('history.col.score') },
    { key: 'errors', header: tr('history.col.errors') },
    { key: 'warnings', header: tr('history.col.warnings') },
    { key: 'gate', header: tr('history.col.gate') },
    { key: 'template', header: tr('history.col.template') },
  ];
}

export function replyRows(
  events: readonly ReplyEvent[],
  opts: { tr: Tr; lang: UiLanguage; zone: ZoneInput; templateTitle: (id: string) => string | undefined },
): Row[] {
  const { tr } = opts;
  return events.map((e) => {
    const ms = eventResponseMs(e);
    return {
      at: timeCell(e.at, opts.zone),
      platform: platformName(e.platform, opts.lang),
      kind: tr(REPLY_KIND_KEY[e.kind]),
      target: e.targetId,
      responseSeconds: ms === null ? undefined : Math.round(ms / 1000),
      score: e.score === undefined ? undefined : Math.round(e.score),
      errors: e.errorCount,
      warnings: e.warningCount,
      gate: e.gateOverridden === undefined ? undefined : tr(e.gateOverridden ? 'history.yes' : 'history.no'),
      template: e.templateId === undefined ? undefined : (opts.templateTitle(e.templateId) ?? e.templateId),
    };
  });
}

export function snapshotColumns(tr: Tr): CsvColumn[] {
  return [
    { key: 'at', header: tr('history.col.at') },
    { key: 'platform', header: tr('history.col.platform') },
    { key: 'kind', header: tr('history.col.kind') },
    { key: 'account', header: tr('history.col.account') },
    { key: 'post', header: tr('history.col.post') },
    { key: 'likes', header: tr('history.col.likes') },
    { key: 'replies', header: tr('history.col.replies') },
    { key: 'reposts', header: tr('history.col.reposts') },
    { key: 'views', header: tr('history.col.views') },
    { key: 'followers', header: tr('history.col.followers') },
    { key: 'exact', header: tr('history.col.exact') },
    { key: 'link', header: tr('history.col.link') },
  ];
}

export function snapshotRowsFor(snapshots: readonly Snapshot[], opts: { tr: Tr; lang: UiLanguage; zone: ZoneInput }): Row[] {
  const { tr } = opts;
  return snapshots.map((s) => {
    const counts = Object.values(s.counts);
    return {
      at: timeCell(s.at, opts.zone),
      platform: platformName(s.platform, opts.lang),
      kind: tr(s.kind === 'post' ? 'history.kind.post' : 'history.kind.profile'),
      account: s.account,
      post: s.kind === 'post' ? s.postId : undefined,
      likes: s.counts.likes?.value,
      replies: s.counts.replies?.value,
      reposts: s.counts.reposts?.value,
      views: s.counts.views?.value,
      followers: s.counts.followers?.value,
      exact: tr(counts.every((c) => c?.exact) ? 'history.exact' : 'history.approx'),
      link: s.permalink,
    };
  });
}

/** A cell as the table shows it (the CSV writes the same text). */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}
