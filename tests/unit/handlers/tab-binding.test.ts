import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/lib/handlers/router';
import { describeSender, type SenderInfo } from '@/lib/handlers/sender';
import { WRITE_BUDGET_PER_MINUTE } from '@/lib/handlers/content-guard';
import { writeSettings } from '@/lib/db/settings';
import { accountsContext, contentSender, replyEvent, snapshot } from '../helpers/db';

/** Issue 21 item 1: a content script's messages are bound to its tab. */
const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const DAY = 86_400_000;
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('describeSender: the platform comes from the tab URL', () => {
  it.each<[string, SenderInfo, unknown]>([
    ['x.com tab', { id: ID, url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } }, { kind: 'content', tabId: 7, platform: 'x' }],
    ['web.facebook.com tab', { id: ID, tab: { id: 8, url: 'https://web.facebook.com/humas' } }, { kind: 'content', tabId: 8, platform: 'facebook' }],
    ['instagram tab', { id: ID, tab: { id: 9, url: 'https://www.instagram.com/p/1/' } }, { kind: 'content', tabId: 9, platform: 'instagram' }],
    ['a tab on another site', { id: ID, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } }, { kind: 'foreign' }],
    ['look-alike host', { id: ID, tab: { id: 1, url: 'https://x.com.evil.example/' } }, { kind: 'foreign' }],
    ['plain http', { id: ID, tab: { id: 1, url: 'http://x.com/' } }, { kind: 'foreign' }],
    ['tab without URL', { id: ID, tab: { id: 1 } }, { kind: 'foreign' }],
    ['tab without id', { id: ID, tab: { url: 'https://x.com/' } }, { kind: 'foreign' }],
    ['popup', { id: ID, url: `${ORIGIN}popup.html` }, { kind: 'extension' }],
  ])('%s', (_name, info, expected) => {
    expect(describeSender(info, ID, ORIGIN)).toEqual(expected);
  });
});

describe('content messages must fit their tab', () => {
  it.each<[string, unknown, 'x' | 'facebook']>([
    ['a snapshot for Facebook from an x.com tab', { type: 'snapshots.record', payload: { snapshots: [snapshot({ platform: 'facebook' })] } }, 'x'],
    ['a reply event for X from a Facebook tab', { type: 'reply.record', payload: { event: replyEvent({ platform: 'x' }) } }, 'facebook'],
    ['a diagnostic for Instagram from an x.com tab', { type: 'diagnostics.record', payload: { diagnostics: [{ id: 'd1', platform: 'instagram', code: 'ok', area: 'composer', path: '/', at: NOW }] } }, 'x'],
    ['https://evil permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'https://evil.example/humaskotacontoh/status/1' })] } }, 'x'],
    ['data: permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'data:text/html,<script>alert(1)</script>' })] } }, 'x'],
    ['javascript: permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'javascript:alert(1)' })] } }, 'x'],
    ['http permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'http://x.com/humaskotacontoh/status/1' })] } }, 'x'],
    ['another platform host as permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'https://www.facebook.com/x' })] } }, 'x'],
    ['credentials in the permalink', { type: 'snapshots.record', payload: { snapshots: [snapshot({ permalink: 'https://a:b@x.com/humas' })] } }, 'x'],
    ['a snapshot a day in the future', { type: 'snapshots.record', payload: { snapshots: [snapshot({ at: NOW + DAY })] } }, 'x'],
    ['a snapshot 30 days old', { type: 'snapshots.record', payload: { snapshots: [snapshot({ at: NOW - 30 * DAY })] } }, 'x'],
    ['a post time in the future', { type: 'snapshots.record', payload: { snapshots: [snapshot({ postedAt: NOW + DAY })] } }, 'x'],
    ['a post time in 1990', { type: 'snapshots.record', payload: { snapshots: [snapshot({ postedAt: Date.UTC(1990, 0, 1) })] } }, 'x'],
    ['a reply event in the future', { type: 'reply.record', payload: { event: replyEvent({ at: NOW + DAY }) } }, 'facebook'],
    ['a template use in 2090', { type: 'template.inserted', payload: { event: replyEvent({ kind: 'template-inserted', platform: 'facebook', templateId: 't1', at: Date.UTC(2090, 0, 1) }) } }, 'facebook'],
    ['overlay state of another platform', { type: 'overlay.state', payload: { platform: 'instagram' } }, 'x'],
    ['summary of another platform', { type: 'posts.summary', payload: { platform: 'facebook', account: 'humaskotacontoh', postIds: ['1'] } }, 'x'],
  ])('%s → forbidden, nothing written', async (_name, raw, platform) => {
    const ctx = await accountsContext(NOW);
    const reply = await routeMessage(raw, contentSender(platform), ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ctx.db.snapshots.count()).toBe(0);
    expect(await ctx.db.replyEvents.count()).toBe(0);
    expect(await ctx.db.diagnostics.count()).toBe(0);
  });

  it('a timestamp up to 8.64e15 is refused by the schema itself', async () => {
    const ctx = await accountsContext(NOW);
    const reply = await routeMessage({ type: 'snapshots.record', payload: { snapshots: [snapshot({ at: 8.64e15 })] } }, contentSender('x'), ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'snapshots.0.at' } });
  });

  it('the same messages from the right tab are recorded', async () => {
    const ctx = await accountsContext(NOW);
    expect(await routeMessage({ type: 'snapshots.record', payload: { snapshots: [snapshot()] } }, contentSender('x'), ctx)).toMatchObject({ ok: true, data: { written: 1 } });
    expect(await routeMessage({ type: 'reply.record', payload: { event: replyEvent() } }, contentSender('facebook'), ctx)).toMatchObject({ ok: true, data: { written: true } });
  });
});

describe('snapshots only for the agency’s configured accounts', () => {
  it('skips posts of accounts that are not configured, or configured on another platform', async () => {
    const ctx = await accountsContext(NOW);
    await writeSettings(ctx.db, { accounts: [{ platform: 'x', handle: 'humaskotacontoh', role: 'own' }, { platform: 'facebook', handle: 'dinaskesehatan', role: 'watched' }] });
    const rows = [
      snapshot({ account: 'humaskotacontoh', postId: 'a' }),
      snapshot({ account: 'warga_biasa', postId: 'b' }),
      snapshot({ account: 'dinaskesehatan', postId: 'c' }),
      // A profile snapshot whose post id is not its own handle.
      snapshot({ kind: 'profile', account: 'humaskotacontoh', postId: 'someoneelse', counts: { followers: { value: 1, exact: true } } }),
    ];
    const res = await routeMessage({ type: 'snapshots.record', payload: { snapshots: rows } }, contentSender('x'), ctx);
    expect(res).toMatchObject({ ok: true, data: { written: 1, skipped: 3 } });
    expect((await ctx.db.snapshots.toArray()).map((s) => s.postId)).toEqual(['a']);
  });

  it('a row timed after the new one (an old forged row) does not hold back real snapshots', async () => {
    const ctx = await accountsContext(NOW);
    await ctx.db.snapshots.add(snapshot({ id: 'forged', at: Date.UTC(2090, 0, 1) }));
    const res = await routeMessage({ type: 'snapshots.record', payload: { snapshots: [snapshot()] } }, contentSender('x'), ctx);
    expect(res).toMatchObject({ ok: true, data: { written: 1 } });
  });
});

describe('a write budget per tab and minute', () => {
  const batch = () => ({ type: 'snapshots.record', payload: { snapshots: Array.from({ length: 200 }, (_, i) => snapshot({ postId: `p${Math.random()}${i}` })) } });

  it(`refuses rows past ${WRITE_BUDGET_PER_MINUTE} a minute from one tab; other tabs and the next minute write again`, async () => {
    let now = NOW;
    const ctx = { ...(await accountsContext(NOW)), now: () => now };
    for (let i = 0; i < WRITE_BUDGET_PER_MINUTE / 200; i++) {
      expect(await routeMessage(batch(), contentSender('x', 1), ctx)).toMatchObject({ ok: true });
    }
    expect(await routeMessage(batch(), contentSender('x', 1), ctx)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(await ctx.db.snapshots.count()).toBe(WRITE_BUDGET_PER_MINUTE);
    expect(await routeMessage(batch(), contentSender('x', 2), ctx)).toMatchObject({ ok: true });
    now += 60_000;
    expect(await routeMessage(batch(), contentSender('x', 1), ctx)).toMatchObject({ ok: true });
  });

  it('reads do not use the budget', async () => {
    const ctx = await accountsContext(NOW);
    for (let i = 0; i < 50; i++) expect(await routeMessage({ type: 'overlay.settings', payload: {} }, contentSender('x', 3), ctx)).toMatchObject({ ok: true });
  });
});

describe('reads give a tab what its platform’s overlay needs', () => {
  it('overlay settings list the accounts of the tab’s platform only', async () => {
    const ctx = await accountsContext(NOW);
    const reply = await routeMessage({ type: 'overlay.settings', payload: {} }, contentSender('x'), ctx);
    expect(reply.ok && 'settings' in reply.data && reply.data.settings.accounts).toEqual([{ platform: 'x', handle: 'humaskotacontoh', role: 'own' }]);
    const state = await routeMessage({ type: 'overlay.state', payload: { platform: 'facebook' } }, contentSender('facebook'), ctx);
    expect(state.ok && 'templates' in state.data && state.data.settings.accounts.map((a) => a.platform)).toEqual(['facebook']);
  });
});
