// @vitest-environment happy-dom
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PostInfo } from '@/lib/platforms/types';
import type { Counts, Snapshot } from '@/lib/schemas/snapshot';
import type { ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';

type Stored = { id: string; at: number; counts: Counts };
/** What the background has stored per post id (newest first), and how often it was asked. */
const stored = new Map<string, Stored[]>();
let asked = 0;
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (_type: string, payload: { postIds: string[] }) => {
    asked++;
    return {
      ok: true,
      data: {
        followers: { value: 12345, exact: true },
        followersAt: 1,
        posts: payload.postIds.map((postId) => ({ postId, snapshots: stored.get(postId) ?? [] })),
      },
    };
  }),
}));

const { postBadges } = await import('@/entrypoints/overlay.content/features/post-badges');
const { snapshotEvents, SNAPSHOTS_RECORDED } = await import('@/entrypoints/overlay.content/features/snapshots');

const settings = {
  ...DEFAULT_SETTINGS,
  accounts: [
    { platform: 'x' as const, handle: 'humaskotacontoh', role: 'own' as const },
    { platform: 'x' as const, handle: 'dinkesprov', role: 'watched' as const },
  ],
};

function setup() {
  const listeners: ((r: ScanResult) => void)[] = [];
  const env = {
    adapter: { id: 'x' },
    scanner: { onScan: (l: (r: ScanResult) => void) => listeners.push(l) },
    store: { getState: () => ({ settings }) },
    signal: new AbortController().signal,
  } as unknown as FeatureEnv;
  postBadges.init(env);
  return (posts: PostInfo[]) => listeners.forEach((l) => l({ editors: [], composers: () => [], posts, profile: null, problems: () => [], path: '/home' }));
}

function article(): HTMLElement {
  const el = document.createElement('article');
  el.append(document.createElement('div'));
  document.body.append(el);
  return el;
}

const counts = { likes: { value: 553, exact: true }, replies: { value: 48, exact: true }, reposts: { value: 152, exact: true }, views: { value: 30142, exact: true } };
const badgesIn = (el: HTMLElement) => el.querySelectorAll('[data-testid="pranata-post-badge"]');
const badgeText = (el: HTMLElement) => badgesIn(el)[0]?.shadowRoot?.querySelector('.badge')?.textContent ?? '';

describe('post badges', () => {
  it('on own posts only, re-attached after the site drops it, removed when the element is recycled for someone else', async () => {
    const scan = setup();
    const own = article();
    const citizen = article();
    const watched = article();
    scan([
      { element: own, id: '1', authorHandle: 'humaskotacontoh', counts },
      { element: citizen, id: '2', authorHandle: 'sitirahma_', counts },
      { element: watched, id: '3', authorHandle: 'dinkesprov', counts },
    ]);
    expect(badgesIn(own)).toHaveLength(1);
    expect(badgesIn(own)[0]?.getAttribute('data-post-id')).toBe('1');
    expect(badgesIn(citizen)).toHaveLength(0);
    expect(badgesIn(watched)).toHaveLength(0);
    expect(badgeText(own)).toContain('ER 2,5% dari 30.142 tayangan');
    await vi.waitFor(() => expect(badgeText(own)).toContain('dari 12.345 pengikut'));
    expect(badgeText(own)).toContain('rekaman pertama');

    // The site re-renders the post and drops our host: the next scan puts it back, once.
    badgesIn(own)[0]?.remove();
    scan([{ element: own, id: '1', authorHandle: 'humaskotacontoh', counts }]);
    expect(badgesIn(own)).toHaveLength(1);
    scan([{ element: own, id: '1', authorHandle: 'humaskotacontoh', counts }]);
    expect(badgesIn(own)).toHaveLength(1);

    // A virtualised timeline reuses the element for a citizen's post: no badge there.
    scan([{ element: own, id: '9', authorHandle: 'jokowarga', counts }]);
    expect(badgesIn(own)).toHaveLength(0);
  });

  it('adds what this page had written to the change figure without asking the background again', async () => {
    const at = (hour: number) => Date.UTC(2026, 10, 23, hour - 7, 0, 0); // WIB hours
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(13));
    onTestFinished(() => void vi.useRealTimers());
    const likes = (value: number): Counts => ({ ...counts, likes: { value, exact: true } });
    stored.set('7', [{ id: 'old', at: at(9), counts: likes(500) }]);
    asked = 0;
    const scan = setup();
    const own = article();
    scan([{ element: own, id: '7', authorHandle: 'humaskotacontoh', counts: likes(553) }]);
    await vi.waitFor(() => expect(badgeText(own)).toContain('+53 interaksi sejak 09.00'));
    expect(asked).toBe(1);

    const record = (snapshots: Partial<Snapshot>[]) =>
      snapshotEvents.dispatchEvent(
        new CustomEvent(SNAPSHOTS_RECORDED, {
          detail: snapshots.map((s) => ({ kind: 'post', platform: 'x', account: 'humaskotacontoh', postId: '7', counts: likes(553), ...s })),
        }),
      );
    // This page's own reading, just written: the change stays measured from the one before it.
    record([{ id: 'now', at: at(11), counts: likes(553) }]);
    expect(badgeText(own)).toContain('+53 interaksi sejak 09.00');
    // An hour on, a new reading is written: the change is now since the 11.00 one.
    scan([{ element: own, id: '7', authorHandle: 'humaskotacontoh', counts: likes(560) }]);
    record([{ id: 'later', at: at(12), counts: likes(560) }]);
    expect(badgeText(own)).toContain('+7 interaksi sejak 11.00');
    // A profile visit wrote the follower count: the rate uses it at once.
    record([{ id: 'profile', kind: 'profile', postId: 'humaskotacontoh', at: at(12), counts: { followers: { value: 20000, exact: true } } }]);
    expect(badgeText(own)).toContain('dari 20.000 pengikut');
    expect(asked).toBe(1);
  });

  it('the badge text goes in as text, never as markup', () => {
    const scan = setup();
    const el = article();
    scan([{ element: el, id: '<img src=x onerror=alert(1)>', authorHandle: 'humaskotacontoh', counts }]);
    const host = badgesIn(el)[0];
    expect(host?.getAttribute('data-post-id')).toBe('<img src=x onerror=alert(1)>');
    expect(host?.shadowRoot?.querySelector('img')).toBeNull();
  });
});
