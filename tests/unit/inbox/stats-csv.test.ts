import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/engagement/csv';
import { t } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { COMMENT_CATEGORY_KEY } from '@/lib/inbox/labels';
import { inboxCsvColumns, inboxCsvRows } from '@/lib/inbox/stats-csv';
import { inboxStats, type StatsRow } from '@/lib/inbox/stats';

const M = 60_000;
const H = 60 * M;
const NOW = Date.UTC(2026, 11, 3, 3);
const RANGE = { from: Date.UTC(2026, 9, 31, 17), to: Date.UTC(2026, 10, 30, 17) - 1 };
const tr = (key: MessageKey) => t('id', key);

const rows: StatsRow[] = [
  { platform: 'x', category: 'complaint', sortAt: Date.UTC(2026, 10, 10, 2), firstSeenAt: Date.UTC(2026, 10, 10, 2, 5), sentAt: Date.UTC(2026, 10, 10, 5, 10) },
  { platform: 'x', category: 'question', sortAt: Date.UTC(2026, 10, 29, 2), firstSeenAt: Date.UTC(2026, 10, 29, 2, 5) },
  { platform: 'facebook', category: 'thanks', sortAt: Date.UTC(2026, 10, 12, 2), firstSeenAt: Date.UTC(2026, 10, 12, 2, 5), notNeededAt: Date.UTC(2026, 10, 12, 3) },
];

describe('inbox report CSV', () => {
  const stats = inboxStats(rows, RANGE, NOW, 24 * H);
  const out = inboxCsvRows(stats, 24 * H, { tr, lang: 'id' });

  it('one row for the total, each platform and each kind, plain numbers (minutes, whole percent)', () => {
    expect(out).toHaveLength(1 + 4 + 7);
    expect(out[0]).toMatchObject({ group: 'Semua', received: 3, unanswered: 1, answered: 1, notNeeded: 1, due: 2, withinTarget: 1, withinTargetPercent: 50, medianMinutes: 190, targetHours: 24 });
    expect(out[0]?.oldestMinutes).toBe(Math.round((NOW - Date.UTC(2026, 10, 29, 2)) / M));
    const x = out.find((r) => r.name === 'X');
    expect(x).toMatchObject({ group: 'Platform', received: 2, withinTargetPercent: 50 });
    const thanks = out.find((r) => r.group === 'Jenis komentar' && r.name === tr(COMMENT_CATEGORY_KEY.thanks));
    expect(thanks).toMatchObject({ received: 1, notNeeded: 1, withinTargetPercent: undefined, medianMinutes: undefined });
  });

  it('through toCsv: the headers in Indonesian, ";" for Indonesian spreadsheets, empty cells for no value', () => {
    const csv = toCsv(out, inboxCsvColumns(tr), { delimiter: ';' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Kelompok;Nama;Masuk;Belum dibalas;Terlama menunggu (menit);Dibalas;Tidak perlu dibalas;Balasan tanpa waktu;Dihitung untuk target;Dijawab dalam target;Dijawab dalam target (%);Median waktu menjawab (menit);Target (jam)',
    );
    expect(lines[1]).toBe(`Semua;Semua;3;1;${out[0]?.oldestMinutes};1;1;0;2;1;50;190;24`);
    expect(lines).toHaveLength(1 + out.length + 1);
    expect(lines.find((l) => l.startsWith('Platform;Instagram;'))).toBe('Platform;Instagram;0;0;;0;0;0;0;0;;;24');
  });
});
