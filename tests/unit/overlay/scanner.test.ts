// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScanner, type ScanResult } from '@/entrypoints/overlay.content/scanner';
import type { PlatformAdapter, PostInfo } from '@/lib/platforms/types';

function fakeCtx(): ContentScriptContext {
  return {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    requestIdleCallback: (fn: (d: IdleDeadline) => void) => window.setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 50 }), 1),
    signal: new AbortController().signal,
    onInvalidated: () => () => undefined,
    addEventListener: () => undefined,
  } as unknown as ContentScriptContext;
}

const post = (id: string, authorHandle: string): PostInfo => ({ element: document.createElement('article'), id, authorHandle, counts: {} });
const POSTS = [post('1', 'humaskotacontoh'), post('2', 'sitirahma_')];

const EDITOR = document.createElement('div');
const COMPOSER_PROBLEM = { code: 'target-not-found', area: 'composer-target' } as const;

function fakeAdapter() {
  const findPosts = vi.fn((_root: ParentNode, wanted?: (h: string) => boolean) => POSTS.filter((p) => !wanted || wanted(p.authorHandle ?? '')));
  let composersRead = false;
  const findComposers = vi.fn(() => {
    composersRead = true;
    return [{ element: EDITOR, editor: 'draft', kind: 'reply', target: null, sendButton: null }];
  });
  const adapter = {
    id: 'x',
    findEditors: () => [EDITOR],
    findComposers,
    findPosts,
    readProfile: () => null,
    problems: () => (composersRead ? [COMPOSER_PROBLEM] : []),
  } as unknown as PlatformAdapter;
  return { adapter, findPosts, findComposers };
}

describe('page scanner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function scanOnce(wanted: ReadonlySet<string> | null) {
    const { adapter, findPosts } = fakeAdapter();
    const scanner = createScanner(fakeCtx(), adapter, { wantedAuthors: () => wanted });
    const seen: ScanResult[] = [];
    scanner.onScan((r) => seen.push(r));
    scanner.start();
    await vi.advanceTimersByTimeAsync(100);
    return { seen, findPosts };
  }

  it('reads no post at all while the settings are unknown, or when no account is kept', async () => {
    for (const wanted of [null, new Set<string>()]) {
      const { seen, findPosts } = await scanOnce(wanted);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.posts).toEqual([]);
      expect(findPosts).not.toHaveBeenCalled();
    }
  });

  it('reads the kept accounts\' posts only, whatever the case of the handle on the page', async () => {
    const { seen, findPosts } = await scanOnce(new Set(['humaskotacontoh']));
    expect(seen[0]?.posts.map((p) => p.id)).toEqual(['1']);
    const wanted = findPosts.mock.calls[0]?.[1];
    expect(wanted?.('HumasKotaContoh')).toBe(true);
    expect(wanted?.('sitirahma_')).toBe(false);
  });

  it('finds the reply boxes at each scan but reads them in full only when asked, once per scan', async () => {
    const { adapter, findComposers } = fakeAdapter();
    const scanner = createScanner(fakeCtx(), adapter, { wantedAuthors: () => new Set(['humaskotacontoh']) });
    const seen: ScanResult[] = [];
    scanner.onScan((r) => seen.push(r));
    scanner.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(seen[0]?.editors).toEqual([EDITOR]);
    expect(findComposers).not.toHaveBeenCalled();
    // Health asks for the problems: the composers' ones are part of them.
    expect(seen[0]?.problems()).toEqual([COMPOSER_PROBLEM]);
    expect(scanner.last()?.composers().map((c) => c.element)).toEqual([EDITOR]);
    expect(findComposers).toHaveBeenCalledTimes(1);
  });

  it('coalesces a burst of page changes into one scan, and ignores its own nodes', async () => {
    const { adapter, findPosts } = fakeAdapter();
    const scanner = createScanner(fakeCtx(), adapter, { wantedAuthors: () => new Set(['humaskotacontoh']) });
    scanner.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(findPosts).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(findPosts).toHaveBeenCalledTimes(2);
    const badge = document.createElement('div');
    badge.setAttribute('data-pranata-badge', '');
    document.body.append(badge);
    await vi.advanceTimersByTimeAsync(1000);
    expect(findPosts).toHaveBeenCalledTimes(2);
  });

  it('does nothing during the page\'s load: the first scan waits for the load event, then for idle time', async () => {
    const { adapter, findPosts } = fakeAdapter();
    const idle: ((d: IdleDeadline) => void)[] = [];
    const ctx = { ...fakeCtx(), requestIdleCallback: (fn: (d: IdleDeadline) => void) => idle.push(fn) } as unknown as ContentScriptContext;
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    try {
      const scanner = createScanner(ctx, adapter, { wantedAuthors: () => new Set(['humaskotacontoh']) });
      const seen: ScanResult[] = [];
      scanner.onScan((r) => seen.push(r));
      scanner.start();
      document.body.append(document.createElement('div')); // the page still renders: no scan for it
      await vi.advanceTimersByTimeAsync(5000);
      expect(idle).toHaveLength(0);
      expect(findPosts).not.toHaveBeenCalled();
      readyState.mockReturnValue('complete');
      window.dispatchEvent(new Event('load'));
      await vi.advanceTimersByTimeAsync(0);
      expect(idle).toHaveLength(1);
      expect(findPosts).not.toHaveBeenCalled();
      // The page is idle: the adapter's reads and the listener run, in as many slices as they need.
      while (idle.length > 0) idle.shift()?.({ didTimeout: false, timeRemaining: () => 50 });
      await vi.advanceTimersByTimeAsync(0);
      expect(findPosts).toHaveBeenCalledTimes(1);
      expect(seen.map((r) => r.posts.map((p) => p.id))).toEqual([['1']]);
    } finally {
      readyState.mockRestore();
    }
  });
});

describe('page scanner, the site\'s own navigation event', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scans again when the adapter\'s navigationEvent fires (YouTube: yt-navigate-finish on document), not after the context ends', async () => {
    const { adapter } = fakeAdapter();
    const withEvent = { ...adapter, navigationEvent: 'yt-navigate-finish' } as PlatformAdapter;
    const stop = new AbortController();
    const ctx = { ...fakeCtx(), signal: stop.signal } as unknown as ContentScriptContext;
    const scanner = createScanner(ctx, withEvent, { wantedAuthors: () => null });
    const seen: ScanResult[] = [];
    scanner.onScan((r) => seen.push(r));
    scanner.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(1);
    document.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(2);
    // Another site's event name means nothing here.
    document.dispatchEvent(new CustomEvent('other-navigate', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(2);
    stop.abort();
    document.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(2);
  });
});
