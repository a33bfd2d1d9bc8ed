import type { ReactNode } from 'react';
import { formatDuration } from '@/lib/engagement/format';
import { readableWhen } from '@/lib/engagement/format-date';
import type { ZoneInput } from '@/lib/engagement/days';
import { itemUrl, safePlatformUrl } from '@/lib/platforms/safe-link';
import type { UiLanguage } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { cellText, type Row } from './history-rows';

/** One stored record of the table, next to its CSV row. */
export type HistoryRecord = { tab: 'replies'; raw: ReplyEvent } | { tab: 'snapshots'; raw: Snapshot };

function link(href: string | null, text: string): ReactNode {
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    text
  );
}

/**
 * A history cell as a person reads it: the time as "23 Nov 2026 14.05" (date-fns, the UI
 * language, the agency's zone), the response time as "2 jam 5 menit", ids and links as links when
 * they point at https on a platform host. The CSV keeps the sortable cell (cellText) the table
 * carries in data-csv.
 */
export function historyCell(key: string, row: Row, record: HistoryRecord, lang: UiLanguage, zone: ZoneInput): ReactNode {
  const text = cellText(row[key]);
  switch (key) {
    case 'at':
      return readableWhen(record.raw.at, lang, zone);
    case 'responseSeconds':
      return typeof row.responseSeconds === 'number' ? formatDuration(row.responseSeconds * 1000, lang) : text;
    case 'target':
      return record.tab === 'replies' ? link(itemUrl(record.raw.platform, record.raw.targetId), text) : text;
    case 'post':
      return record.tab === 'snapshots' ? link(safePlatformUrl(record.raw.permalink), text) : text;
    case 'link':
      return link(safePlatformUrl(text), text);
    default:
      return text;
  }
}
