// @vitest-environment happy-dom
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PostInfo } from '@/lib/platforms/types';
import type { Counts, Snapshot } from '@/lib/schemas/snapshot';
import type { ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { createEventChannel, type EventChannel } from '@/entrypoints/overlay.content/events';

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

const settings = {
  ...DEFAULT_SETTINGS,
  accounts: [
    { platform: 'x' as const, handle: 'humaskotacontoh', role: 'own' as const },
    { platform: 'x' as const, handle: 'dinkesprov', role: 'watched' as const },
  ],
};

/** The overlay's container (in the page, in this test): the badges are drawn there. */
let overlayRoot: HTMLElement;
/** The page's feature channel: the snapshots feature tells the badges what it had written. */
let events: EventChannel;

function setup() {
  const listeners: ((r: ScanResult) => void)[] = [];
  overlayRoot = document.createElement('div');
  document.body.append(overlayRoot);
  events = createEventChannel();
  const env = {
    events,
    adapter: { id: 'x' },
    scanner: { onScan: (l: (r: ScanResult) => void) => listeners.push(l) },
    store: { getState: () => ({ settings }) },
    overlay: { ensure: () => Promise.resolve(overlayRoot), mounted: () => true },
    signal: new AbortController().signal,
  } as unknown as FeatureEnv;
  postBadges.init(env);
  return async (posts: PostInfo[]) => {
    listeners.forEach((l) => l({ editors: [], composers: () => [], posts, profile: null, problems: () => [], path: '/home' }));
    await Promise.resolve();
    await Promise.resolve();
  };
}

function article(): HTMLElement {
  const el = document.createElement('article');
  el.append(document.createElement('div'));
  document.body.append(el);
  return el;
}

const counts = { likes: { value: 553, exact: true }, replies: { value: 48, exact: true }, reposts: { value: 152, exact: true }, views: { value: 30142, exact: true } };
/** The badges drawn for a post id: in the overlay, never inside any post of the page. */
const badgesOf = (postId: string) => {
  expect(document.querySelectorAll('article [data-testid="pranata-post-badge"]')).toHaveLength(0);
  return Array.from(overlayRoot.querySelectorAll<HTMLElement>('[data-testid="pranata-post-badge"]')).filter((b) => b.dataset.postId === postId);
};
const badgeText = (postId: string) => badgesOf(postId)[0]?.textContent ?? '';

describe('post badges', () => {
  it('on own posts only, re-attached after the site drops it, removed when the element is recycled for someone else', async () => {
    const scan = setup();
    const own = article();
    const citizen = article();
    const watched = article();
    const before = own.childNodes.length;
    await scan([
      { element: own, id: '1', authorHandle: 'humaskotacontoh', counts },
      { element: citizen, id: '2', authorHandle: 'sitirahma_', counts },
      { element: watched, id: '3', authorHandle: 'dinkesprov', counts },
    ]);
    expect(badgesOf('1')).toHaveLength(1);
    expect(badgesOf('2')).toHaveLength(0);
    expect(badgesOf('3')).toHaveLength(0);
    // The site's markup is left exactly as it was: the badge lives in Pranata's layer.
    expect(own.childNodes.length).toBe(before);
    expect(own.querySelector('[data-testid="pranata-post-badge"]')).toBeNull();
    expect(badgeText('1')).toContain('753 interaksi · 6,1% dari 12.345 pengikut · 2,5% dari 30.142 tayangan');
    await vi.waitFor(() => expect(badgeText('1')).toContain('dari 12.345 pengikut'));
    expect(badgeText('1')).toContain('rekaman pertama');

    // Scanning again draws no second badge.
    await scan([{ element: own, id: '1', authorHandle: 'humaskotacontoh', counts }]);
    expect(badgesOf('1')).toHaveLength(1);

    // A virtualised timeline reuses the element for a citizen's post: no badge for it.
    await scan([{ element: own, id: '9', authorHandle: 'jokowarga', counts }]);
    expect(overlayRoot.querySelectorAll('[data-testid="pranata-post-badge"]')).toHaveLength(0);
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
    await scan([{ element: own, id: '7', authorHandle: 'humaskotacontoh', counts: likes(553) }]);
    await vi.waitFor(() => expect(badgeText('7')).toContain('+53 interaksi sejak 09.00'));
    expect(asked).toBe(1);

    const record = (snapshots: Partial<Snapshot>[]) =>
      events.emit('snapshots.recorded', {
        snapshots: snapshots.map((s) => ({ kind: 'post', platform: 'x', account: 'humaskotacontoh', postId: '7', counts: likes(553), ...s }) as Snapshot),
      });
    // This page's own reading, just written: the change stays measured from the one before it.
    record([{ id: 'now', at: at(11), counts: likes(553) }]);
    expect(badgeText('7')).toContain('+53 interaksi sejak 09.00');
    // An hour on, a new reading is written: the change is now since the 11.00 one.
    await scan([{ element: own, id: '7', authorHandle: 'humaskotacontoh', counts: likes(560) }]);
    record([{ id: 'later', at: at(12), counts: likes(560) }]);
    expect(badgeText('7')).toContain('+7 interaksi sejak 11.00');
    // A profile visit wrote the follower count: the rate uses it at once.
    record([{ id: 'profile', kind: 'profile', postId: 'humaskotacontoh', at: at(12), counts: { followers: { value: 20000, exact: true } } }]);
    expect(badgeText('7')).toContain('dari 20.000 pengikut');
    expect(asked).toBe(1);
  });

  it('the badge text goes in as text, never as markup', async () => {
    const scan = setup();
    const el = article();
    await scan([{ element: el, id: '<img src=x onerror=alert(1)>', authorHandle: 'humaskotacontoh', counts }]);
    const host = badgesOf('<img src=x onerror=alert(1)>')[0];
    expect(host?.getAttribute('data-post-id')).toBe('<img src=x onerror=alert(1)>');
    expect(host?.querySelector('img')).toBeNull();
  });
});
