import type { CsvCell, CsvColumn } from '@/lib/engagement/csv';
import type { MessageKey } from '@/lib/i18n';
import { COMMENT_CATEGORIES } from '@/lib/inbox/classify/types';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type UiLanguage } from '@/lib/schemas/common';
import { COMMENT_CATEGORY_KEY } from './labels';
import type { InboxStats, InboxStatsGroup } from './stats';

type Tr = (key: MessageKey) => string;
export type InboxCsvRow = Record<string, CsvCell>;

const COLUMNS = [
  ['group', 'report.inbox.col.group'],
  ['name', 'report.inbox.col.name'],
  ['received', 'report.inbox.received'],
  ['unanswered', 'report.inbox.unanswered'],
  ['oldestMinutes', 'report.inbox.col.oldestMinutes'],
  ['answered', 'report.inbox.answered'],
  ['notNeeded', 'report.inbox.notNeeded'],
  ['untimed', 'report.inbox.col.untimed'],
  ['due', 'report.inbox.col.due'],
  ['withinTarget', 'report.inbox.col.withinTarget'],
  ['withinTargetPercent', 'report.inbox.col.withinTargetPercent'],
  ['medianMinutes', 'report.inbox.col.medianMinutes'],
  ['targetHours', 'report.inbox.col.targetHours'],
] as const satisfies readonly (readonly [string, MessageKey])[];

export function inboxCsvColumns(tr: Tr): CsvColumn[] {
  return COLUMNS.map(([key, header]) => ({ key, header: tr(header) }));
}

const minutes = (ms: number | null) => (ms === null ? undefined : Math.round(ms / 60_000));

/**
 * The inbox report as CSV rows: the total, every platform, every category (all of them, so a
 * spreadsheet's columns and rows stay put month after month). Plain numbers for spreadsheets:
 * durations in whole minutes, the share in whole percent; empty where there is no value. Written
 * with toCsv, which guards text cells against formulas.
 */
export function inboxCsvRows(stats: InboxStats, targetMs: number, opts: { tr: Tr; lang: UiLanguage }): InboxCsvRow[] {
  const { tr } = opts;
  const line = (group: string, name: string, g: InboxStatsGroup): InboxCsvRow => ({
    group,
    name,
    received: g.received,
    unanswered: g.unanswered,
    oldestMinutes: minutes(g.oldestWaitingMs),
    answered: g.answered,
    notNeeded: g.notNeeded,
    untimed: g.untimed,
    due: g.due,
    withinTarget: g.withinTarget,
    withinTargetPercent: g.withinTargetShare === null ? undefined : Math.round(g.withinTargetShare * 100),
    medianMinutes: minutes(g.medianAnswerMs),
    targetHours: Math.round((targetMs / 3_600_000) * 100) / 100,
  });
  return [
    line(tr('report.inbox.group.total'), tr('report.inbox.group.total'), stats.total),
    ...PLATFORM_IDS.map((p) => line(tr('report.inbox.group.platform'), platformName(p, opts.lang), stats.byPlatform[p])),
    ...COMMENT_CATEGORIES.map((c) => line(tr('report.inbox.group.category'), tr(COMMENT_CATEGORY_KEY[c]), stats.byCategory[c])),
  ];
}
