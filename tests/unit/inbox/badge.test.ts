import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/lib/handlers/router';
import { readPastTarget, refreshBadge, type BadgeApi } from '@/lib/inbox/badge';
import { changesBadge } from '@/lib/inbox/badge-triggers';
import { writeSettings } from '@/lib/db/settings';
import { sopProfileSchema } from '@/lib/schemas/profile';
import { defaultProfile } from '@/lib/style';
import type { SeenComment } from '@/lib/schemas/comment';
import { accountsContext, contentSender, EXTENSION } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const HOUR = 3_600_000;

function comment(id: string, hoursAgo: number): SeenComment {
  return {
    id,
    platform: 'x',
    postId: '1850000000000000001',
    account: 'humaskotacontoh',
    permalink: `https://x.com/warga_bdg/status/${id}`,
    postedAt: NOW - hoursAgo * HOUR,
    authorHandle: 'warga_bdg',
    answeredByOwn: false,
    text: 'min, kok blm ada info soal jadwal vaksin??',
  };
}

function fakeAction(): BadgeApi & { text: string | null; colour: string | null } {
  const a = {
    text: null as string | null,
    colour: null as string | null,
    setBadgeText: ({ text }: { text: string }) => void (a.text = text),
    setBadgeBackgroundColor: ({ color }: { color: string }) => void (a.colour = color),
  };
  return a;
}

describe('the toolbar badge: waiting comments past the response target', () => {
  it('counts against the default 24 jam, then the active profile’s target, and follows mark and undo', async () => {
    const ctx = await accountsContext(NOW);
    await routeMessage({ type: 'comments.seen', payload: { comments: [comment('1850000000000000101', 30), comment('1850000000000000102', 20), comment('1850000000000000103', 2)] } }, contentSender('x'), ctx);
    const action = fakeAction();
    expect(await refreshBadge(action, ctx.db, NOW)).toBe('1');
    expect(action).toMatchObject({ text: '1', colour: '#b3261e' });

    // An 8-hour target (set in the SOP profile): the 20-hour comment is past too.
    const profile = sopProfileSchema.parse({ ...defaultProfile, id: 'profil-kota', responseTargetHours: 8 });
    await ctx.db.profiles.put(profile);
    await writeSettings(ctx.db, { activeProfileId: profile.id });
    expect(await readPastTarget(ctx.db, NOW)).toBe(2);

    await routeMessage({ type: 'comments.mark', payload: { key: 'x:1850000000000000101', notNeeded: true } }, EXTENSION, ctx);
    await refreshBadge(action, ctx.db, NOW);
    expect(action.text).toBe('1');
    await routeMessage({ type: 'comments.mark', payload: { key: 'x:1850000000000000102', notNeeded: true } }, EXTENSION, ctx);
    await refreshBadge(action, ctx.db, NOW);
    expect(action.text).toBe(''); // empty, not "0"
    // Six hours later the 2-hour comment is past the 8-hour target: the clock alone moves the badge.
    expect(await refreshBadge(action, ctx.db, NOW + 6 * HOUR)).toBe('1');
  });

  it('never throws when the browser refuses (the next write tries again)', async () => {
    const ctx = await accountsContext(NOW);
    const broken: BadgeApi = {
      setBadgeText: () => Promise.reject(new Error('no action')),
      setBadgeBackgroundColor: () => undefined,
    };
    await expect(refreshBadge(broken, ctx.db, NOW)).resolves.toBe('');
  });

  it.each<[unknown, boolean]>([
    [{ type: 'comments.seen' }, true],
    [{ type: 'comments.mark' }, true],
    [{ type: 'reply.record' }, true],
    [{ type: 'history.wipe' }, true],
    [{ type: 'maintenance.run' }, true],
    [{ type: 'ping' }, false],
    [{ type: 'overlay.state' }, false],
    [null, false],
    ['comments.seen', false],
    [{ type: 42 }, false],
  ])('message %j changes the badge: %s', (message, yes) => {
    expect(changesBadge(message)).toBe(yes);
  });
});
