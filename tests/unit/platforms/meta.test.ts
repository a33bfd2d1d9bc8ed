// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type * as Meta from '@/lib/platforms/meta';

// A fake fifth platform, added in memory to lib/platforms/meta.ts: every table derived from the
// platform description must pick it up without an edit. What does not (the adapter, its username
// rule text) is listed at the end: those are the files a new platform still needs.
// (YouTube, once the fake here, is now a real entry: the fake is Threads.)
const THREADS: Meta.PlatformMeta = {
  id: 'threads',
  label: { id: 'Threads', en: 'Threads' },
  hosts: ['www.threads.com'],
  urlHost: /(^|\.)threads\.(com|net)$/,
  username: [/^[a-z0-9._]{1,30}$/],
  maxLength: 500,
  counter: 'code-points',
  // ../shared/fixtures/real/next/EVIDENCE.md §3: Enter is a new line.
  sendKeys: { enter: false, modEnter: true },
  chart: { stroke: '#7c3aed', dash: [1, 2] },
};

vi.mock('@/lib/platforms/meta', async (importOriginal) => {
  const real = await importOriginal<typeof Meta>();
  const ids = [...real.PLATFORM_IDS, 'threads'] as unknown as typeof real.PLATFORM_IDS;
  const platforms = { ...real.PLATFORMS, threads: THREADS } as unknown as typeof real.PLATFORMS;
  const list = ids.map((id) => platforms[id]);
  return {
    ...real,
    PLATFORM_IDS: ids,
    PLATFORMS: platforms,
    PLATFORM_LIST: list,
    byPlatform: <T,>(make: (p: Meta.PlatformId) => T, of: readonly Meta.PlatformId[] = ids) => real.byPlatform(make, of),
    hostMatches: (of: readonly Meta.PlatformMeta[] = list) => real.hostMatches(of),
    platformName: (id: Meta.PlatformId, lang: 'id' | 'en') => platforms[id].label[lang],
  };
});

const fifth = 'threads' as Meta.PlatformId;

describe('a fifth platform added only to lib/platforms/meta.ts', () => {
  it('is a valid platform id in every stored record (the zod enum derives from the ids)', async () => {
    const { platformIdSchema, PLATFORM_IDS } = await import('@/lib/schemas/common');
    expect(PLATFORM_IDS).toContain('threads');
    expect(platformIdSchema.safeParse('threads').success).toBe(true);
    const { replyEventSchema } = await import('@/lib/schemas/reply-event');
    expect(replyEventSchema.safeParse({ id: 'e1', kind: 'sent', platform: 'threads', at: 1 }).success).toBe(true);
  });

  it('gets content-script matches, host permissions and a host lookup', async () => {
    const { PLATFORM_MATCHES, PLATFORM_HOSTS, platformForHost } = await import('@/lib/platforms/hosts');
    expect(PLATFORM_MATCHES).toContain('https://www.threads.com/*');
    expect(PLATFORM_MATCHES).toContain('https://x.com/*');
    expect(PLATFORM_HOSTS[fifth]).toEqual(['www.threads.com']);
    expect(platformForHost('WWW.THREADS.COM')).toBe('threads');
  });

  it('gets its length limit and counter', async () => {
    const { PLATFORM_MAX_LENGTH, platformLength } = await import('@/lib/text/length');
    expect(PLATFORM_MAX_LENGTH[fifth]).toBe(500);
    expect(platformLength('Halo 👋🏽 https://lapor.go.id', fifth)).toBe(Array.from('Halo 👋🏽 https://lapor.go.id').length);
  });

  it('gets its send keys (the QC gate and the send watcher)', async () => {
    const { PLATFORMS } = await import('@/lib/platforms/meta');
    const { isSendKey } = await import('@/lib/platforms/send-keys');
    const key = { key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, isComposing: false };
    expect(isSendKey({ ...key, ctrlKey: true }, PLATFORMS[fifth].sendKeys)).toBe(true);
    expect(isSendKey(key, PLATFORMS[fifth].sendKeys)).toBe(false);
  });

  it('gets account parsing in the options page and the setup wizard', async () => {
    const { parseHandle } = await import('@/entrypoints/options/sections/account-input');
    expect(parseHandle('https://www.threads.net/humaskota', fifth)).toEqual({ ok: true, handle: 'humaskota' });
    expect(parseHandle('https://x.com/humaskota', fifth)).toEqual({ ok: false, error: 'invalid' });
  });

  it('gets a line style in the charts, a column in the dashboard tables, a name and a place in the texts that list platforms', async () => {
    const { PLATFORM_STYLE } = await import('@/components/TrendChart');
    expect(PLATFORM_STYLE[fifth]).toEqual({ stroke: '#7c3aed', dash: [1, 2] });
    const { byPlatform } = await import('@/lib/engagement/dashboard-replies');
    expect(Object.keys(byPlatform(() => 0))).toEqual(['x', 'facebook', 'instagram', 'youtube', 'threads']);
    const { platformList } = await import('@/lib/i18n/platforms');
    expect(platformList('id', 'conjunction')).toBe('X, Facebook, Instagram, YouTube, dan Threads');
    expect(platformList('en', 'disjunction')).toBe('X, Facebook, Instagram, YouTube or Threads');
    const { t } = await import('@/lib/i18n');
    expect(t('en', 'setup.intro', { platforms: platformList('en', 'conjunction') })).toContain('X, Facebook, Instagram, YouTube and Threads');
  });

  it('gets a page in the e2e harness (the playground serves playground/<id>.html for its hosts)', async () => {
    const { HOSTS, ORIGIN } = await import('../../e2e/harness');
    expect(HOSTS['www.threads.com']).toBe('threads');
    expect(ORIGIN[fifth]).toBe('https://www.threads.com');
  });

  it('still needs by hand: its adapter (lib/platforms/<id>.ts, registered in lib/platforms/index.ts) and its username rule text', async () => {
    const { createAdapters } = await import('@/lib/platforms');
    expect(createAdapters().map((a) => a.id)).not.toContain('threads');
    const { ACCOUNT_RULE_KEY } = await import('@/lib/i18n/labels');
    expect(ACCOUNT_RULE_KEY[fifth]).toBeUndefined();
  });
});
