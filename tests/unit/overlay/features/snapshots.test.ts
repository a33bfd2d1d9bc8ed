// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostInfo } from '@/lib/platforms/types';
import type { ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { createEventChannel } from '@/entrypoints/overlay.content/events';

const replies: { ok: boolean; error?: { code: string } }[] = [];
const sent: unknown[] = [];
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    const ids = (payload as { snapshots?: { id: string }[] }).snapshots?.map((s) => s.id) ?? [];
    return replies.shift() ?? { ok: true, data: { written: ids.length, skipped: 0, writtenIds: ids } };
  }),
}));

const { snapshots } = await import('@/entrypoints/overlay.content/features/snapshots');

function post(id: string, authorHandle: string): PostInfo {
  return { element: document.createElement('article'), id, authorHandle, counts: { likes: { value: 5, exact: true } } };
}

function fakeEnv(settings: Settings) {
  const listeners: ((r: ScanResult) => void)[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  let mounted = false;
  const env = {
    adapter: { id: 'x' },
    scanner: { onScan: (l: (r: ScanResult) => void) => listeners.push(l), request: () => undefined, last: () => null, start: () => undefined },
    store: { getState: () => ({ settings }), subscribe: () => () => undefined },
    overlay: { ensure: async () => ((mounted = true), root), mounted: () => mounted },
    ctx: { setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms) },
    events: createEventChannel(),
    signal: new AbortController().signal,
  } as unknown as FeatureEnv;
  const scan = (posts: PostInfo[]) => listeners.forEach((l) => l({ editors: [], composers: () => [], posts, profile: null, problems: () => [], path: '/home' }));
  return { env, scan, root };
}

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, accounts: [{ platform: 'x', handle: 'humaskotacontoh', role: 'own' }] };

describe('snapshots feature', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
    replies.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('sends one batch per scan with the own account posts only', async () => {
    const { env, scan } = fakeEnv(SETTINGS);
    snapshots.init(env);
    scan([post('1', 'humaskotacontoh'), post('2', 'sitirahma_'), post('3', 'HumasKotaContoh')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    const batch = (sent[0] as { payload: { snapshots: { postId: string; account: string }[] } }).payload.snapshots;
    expect(batch.map((s) => [s.postId, s.account])).toEqual([
      ['1', 'humaskotacontoh'],
      ['3', 'humaskotacontoh'],
    ]);
  });

  it('shows "storage full" on the page, keeps the batch, and clears the notice once it is written', async () => {
    const { env, scan, root } = fakeEnv(SETTINGS);
    snapshots.init(env);
    replies.push({ ok: false, error: { code: 'storage-full' } });
    scan([post('1', 'humaskotacontoh')]);
    await vi.advanceTimersByTimeAsync(1000);
    const notice = root.querySelector('[data-testid="pranata-notice-storage-full"]');
    expect(notice?.textContent).toContain('penyimpanan penuh');
    expect(notice?.getAttribute('role')).toBe('alert');
    await vi.advanceTimersByTimeAsync(1000); // retried after the backoff, accepted
    expect(sent).toHaveLength(2);
    expect(JSON.stringify((sent[1] as { payload: unknown }).payload)).toContain('"postId":"1"');
    expect(root.querySelector('[data-testid="pranata-notice-storage-full"]')).toBeNull();
  });

  it('sends nothing without accounts', async () => {
    const { env, scan } = fakeEnv({ ...DEFAULT_SETTINGS });
    snapshots.init(env);
    scan([post('1', 'humaskotacontoh')]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
  });
});
