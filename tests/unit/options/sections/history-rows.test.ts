import { describe, expect, it } from 'vitest';
import { cellText, replyColumns, replyRows, snapshotColumns, snapshotRowsFor, timeCell } from '@/entrypoints/options/sections/history-rows';
import { toCsv } from '@/lib/engagement/csv';
import { t, type MessageKey } from '@/lib/i18n';
import { replyEvent, snapshot } from '../../helpers/db';

const tr = (key: MessageKey) => t('id', key);
const AT = Date.UTC(2026, 10, 23, 7, 5); // 14:05 WIB

/** Splits our own CSV back into cells (no quoting needed in these rows). */
const cells = (csv: string, delimiter: string) =>
  csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(delimiter));

describe('history rows', () => {
  it.each([
    [AT, 'WIB', '2026-11-23 14:05'],
    [AT, 'WIT', '2026-11-23 16:05'],
    [Date.UTC(2026, 10, 23, 17, 0), 'WIB', '2026-11-24 00:00'],
  ])('time cell of %i in %s is %s', (at, zone, text) => {
    expect(timeCell(at, zone)).toBe(text);
  });

  it('a reply row: the response in seconds, the template by title, no name or text', () => {
    const [row] = replyRows(
      [replyEvent({ at: AT, platform: 'facebook', targetId: 'c-1', targetAt: AT - 90_000, responseMs: 90_000, templateId: 'tpl-1', score: 91.6, errorCount: 0, warningCount: 2, gateOverridden: true })],
      { tr, lang: 'id', zone: 'WIB', templateTitle: (id) => (id === 'tpl-1' ? 'Terima kasih atas laporannya' : undefined) },
    );
    expect(row).toEqual({
      at: '2026-11-23 14:05',
      platform: 'Facebook',
      kind: 'Balasan terkirim',
      target: 'c-1',
      responseSeconds: 90,
      score: 92,
      errors: 0,
      warnings: 2,
      gate: 'ya',
      template: 'Terima kasih atas laporannya',
    });
  });

  it('the CSV holds exactly the cells the table shows, header first', () => {
    const events = [replyEvent({ at: AT }), replyEvent({ at: AT - 60_000, kind: 'checked', responseMs: undefined, targetAt: undefined })];
    const rows = replyRows(events, { tr, lang: 'id', zone: 'WIB', templateTitle: () => undefined });
    const columns = replyColumns(tr);
    const table = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cellText(r[c.key])))];
    expect(cells(toCsv(rows, columns, { bom: true, delimiter: ';' }), ';')).toEqual(table);
  });

  it('a snapshot row marks compact readings as approximate and a profile has no post id', () => {
    const rows = snapshotRowsFor(
      [
        snapshot({ at: AT, counts: { likes: { value: 8800, exact: false }, views: { value: 30142, exact: true } } }),
        snapshot({ at: AT, kind: 'profile', postId: 'humaskotacontoh', permalink: undefined, counts: { followers: { value: 12345, exact: true } } }),
      ],
      { tr, lang: 'id', zone: 'WIB' },
    );
    expect(rows[0]).toMatchObject({ kind: 'Unggahan', account: 'humaskotacontoh', likes: 8800, views: 30142, exact: 'perkiraan' });
    expect(rows[1]).toMatchObject({ kind: 'Profil', post: undefined, followers: 12345, exact: 'tepat' });
    expect(snapshotColumns(tr).map((c) => c.key)).toEqual(['at', 'platform', 'kind', 'account', 'post', 'likes', 'replies', 'reposts', 'views', 'followers', 'exact', 'link']);
  });
});

describe('history queries', () => {
  it('filter reply events by local days, kind and platform, newest first', async () => {
    const { testContext } = await import('../../helpers/db');
    const { queryReplyEvents, querySnapshots } = await import('@/lib/db/history');
    const ctx = testContext();
    const wib = (d: number, h: number) => Date.UTC(2026, 10, d, h - 7);
    await ctx.db.replyEvents.bulkAdd([
      replyEvent({ id: 'a', at: wib(20, 0), platform: 'x' }), // 00:00 WIB on the 20th: inside
      replyEvent({ id: 'b', at: wib(21, 12), platform: 'facebook' }),
      replyEvent({ id: 'c', at: wib(21, 13), platform: 'facebook', kind: 'checked' }),
      replyEvent({ id: 'd', at: wib(22, 0), platform: 'x' }), // the 22nd: outside
      replyEvent({ id: 'e', at: wib(19, 23), platform: 'x' }), // the 19th: outside
    ]);
    const all = await queryReplyEvents(ctx.db, { platform: 'all', fromDay: '2026-11-20', toDay: '2026-11-21', kind: 'all' }, 'WIB');
    expect(all.rows.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    const sentFb = await queryReplyEvents(ctx.db, { platform: 'facebook', fromDay: '2026-11-20', toDay: '2026-11-21', kind: 'sent' }, 'WIB');
    expect(sentFb.rows.map((e) => e.id)).toEqual(['b']);
    await ctx.db.snapshots.bulkAdd([snapshot({ id: 's1', at: wib(21, 9) }), snapshot({ id: 's2', at: wib(21, 9), kind: 'profile', postId: 'humaskotacontoh' })]);
    const profiles = await querySnapshots(ctx.db, { platform: 'x', fromDay: '2026-11-21', toDay: '2026-11-21', kind: 'profile' }, 'WIB');
    expect(profiles.rows.map((s) => s.id)).toEqual(['s2']);
  });
});
