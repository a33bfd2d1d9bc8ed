import { describe, expect, it } from 'vitest';
import { handlesOf, snapshotRows } from '@/entrypoints/overlay.content/helpers/snapshot-rows';
import type { PostInfo, ProfileInfo } from '@/lib/platforms/types';
import type { AccountRef } from '@/lib/schemas/settings';

const ACCOUNTS: AccountRef[] = [
  { platform: 'x', handle: 'humaskotacontoh', role: 'own' },
  { platform: 'x', handle: 'dinkes_prov', role: 'watched' },
  { platform: 'facebook', handle: 'sitirahma_', role: 'own' },
];
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 3, 0);
const el = {} as HTMLElement;

function post(id: string, authorHandle: string | undefined, over: Partial<PostInfo> = {}): PostInfo {
  return {
    element: el,
    id,
    authorHandle,
    authorName: 'Siti 🌸 Rahma',
    permalink: `https://x.com/${authorHandle}/status/${id}`,
    postedAt: T0 - 60 * MIN,
    counts: { likes: { value: 553, exact: true }, views: { value: 30000, exact: false } },
    ...over,
  };
}

function select(posts: PostInfo[], profile: ProfileInfo | null = null, lastQueued = new Map<string, number>(), now = T0) {
  let n = 0;
  return snapshotRows(
    { posts, profile },
    { platform: 'x', accounts: handlesOf(ACCOUNTS, 'x', ['own', 'watched']), now, intervalMs: 15 * MIN, lastQueued, newId: () => `id-${(n += 1)}` },
  );
}

describe('which posts become snapshots', () => {
  it.each<[string, string | undefined, boolean]>([
    ['own account', 'humaskotacontoh', true],
    ['own account with @ and capitals', '@HumasKotaContoh', true],
    ['watched account', 'dinkes_prov', true],
    ['a citizen', 'sitirahma_', false], // own on Facebook only, a citizen here
    ['a citizen who mentions the agency', 'budisan', false],
    ['author unknown', undefined, false],
  ])('%s (%s) → %s', (_name, handle, taken) => {
    expect(select([post('1', handle)]).length).toBe(taken ? 1 : 0);
  });

  it('copies counts with their exact flags, id, permalink, account and times; no names', () => {
    const [row] = select([post('1867401234567890101', 'HumasKotaContoh')]);
    expect(row).toEqual({
      id: 'id-1',
      kind: 'post',
      platform: 'x',
      account: 'humaskotacontoh',
      postId: '1867401234567890101',
      permalink: 'https://x.com/HumasKotaContoh/status/1867401234567890101',
      postedAt: T0 - 60 * MIN,
      at: T0,
      counts: { likes: { value: 553, exact: true }, views: { value: 30000, exact: false } },
    });
    expect(JSON.stringify(row)).not.toContain('Siti');
  });

  it('skips posts without counts', () => {
    expect(select([post('1', 'humaskotacontoh', { counts: {} })])).toEqual([]);
  });

  it.each([
    [14, 0],
    [15, 1],
  ])('the same post again %i minutes later → %i rows (interval 15)', (minutes, rows) => {
    const memory = new Map<string, number>();
    select([post('1', 'humaskotacontoh')], null, memory, T0);
    expect(select([post('1', 'humaskotacontoh')], null, memory, T0 + minutes * MIN).length).toBe(rows);
  });

  it('one post twice in a scan (quoted, thread) gives one row', () => {
    expect(select([post('1', 'humaskotacontoh'), post('1', 'humaskotacontoh')]).length).toBe(1);
  });

  it('a profile of an own or watched account gives a follower snapshot with the handle as post id', () => {
    const rows = select([], { handle: 'HumasKotaContoh', counts: { followers: { value: 12345, exact: true } } });
    expect(rows).toEqual([
      { id: 'id-1', kind: 'profile', platform: 'x', account: 'humaskotacontoh', postId: 'humaskotacontoh', at: T0, counts: { followers: { value: 12345, exact: true } } },
    ]);
    expect(select([], { handle: 'jokowarga', counts: { followers: { value: 1024, exact: true } } })).toEqual([]);
  });
});
