// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PostInfo } from '@/lib/platforms/types';
import type { ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';

vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (_type: string, payload: { postIds: string[] }) => ({
    ok: true,
    data: { followers: { value: 12345, exact: true }, followersAt: 1, posts: payload.postIds.map((postId) => ({ postId, snapshots: [] })) },
  })),
}));

const { postBadges } = await import('@/entrypoints/overlay.content/features/post-badges');

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
  return (posts: PostInfo[]) => listeners.forEach((l) => l({ composers: [], posts, profile: null, problems: [], path: '/home' }));
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
    expect(badgeText(own)).toContain('cuplikan pertama');

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

  it('the badge text goes in as text, never as markup', () => {
    const scan = setup();
    const el = article();
    scan([{ element: el, id: '<img src=x onerror=alert(1)>', authorHandle: 'humaskotacontoh', counts }]);
    const host = badgesIn(el)[0];
    expect(host?.getAttribute('data-post-id')).toBe('<img src=x onerror=alert(1)>');
    expect(host?.shadowRoot?.querySelector('img')).toBeNull();
  });
});
