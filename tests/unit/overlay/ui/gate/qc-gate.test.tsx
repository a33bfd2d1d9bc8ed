// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { createDraftRegistry } from '@/entrypoints/overlay.content/drafts';
import { createEventChannel } from '@/entrypoints/overlay.content/events';
import type { PlatformId } from '@/lib/platforms/meta';
import { replyBox } from '../../../helpers/reply-box';
import { adminClick } from '../../../helpers/admin-click';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const logged: { type: string; payload: { event: Record<string, unknown> } }[] = [];
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (type: string, payload: { event: Record<string, unknown> }) => {
    logged.push({ type, payload });
    return { ok: true, data: { written: true } };
  }),
}));

const { qcGate } = await import('@/entrypoints/overlay.content/ui/gate');
const { sendWatch } = await import('@/entrypoints/overlay.content/features/send-watch');

const T = Date.UTC(2026, 10, 23, 2, 0);

/**
 * The QC gate and the send watcher on one reply box whose "site" sends the way the platform
 * does (X: Ctrl/Cmd+Enter; Facebook/Instagram: Enter), with a stand-in checker that finds
 * `errors` errors in any non-empty draft.
 */
function page(platform: PlatformId, errors: number) {
  document.body.replaceChildren();
  const { box, button, composer } = replyBox({ target: { kind: 'comment', id: 'c-9', postedAt: T } });
  // happy-dom lays nothing out: the box stands where a reply box would.
  box.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 300, width: 400, height: 60 });
  const siteSent: string[] = [];
  const send = () => {
    if (!box.value.trim()) return;
    siteSent.push(box.value);
    box.value = '';
  };
  button.addEventListener('click', send);
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    if (e.ctrlKey || e.metaKey || platform !== 'x') send();
  });
  const container = document.createElement('div');
  document.body.append(container);
  const drafts = createDraftRegistry();
  const events = createEventChannel();
  events.on('gate.checking', ({ composer: c }) => {
    drafts.checked(c.element, { errorCount: errors, warningCount: 0, score: errors ? 60 : 100 });
  });
  const controller = new AbortController();
  const env = {
    adapter: { id: platform, composerFor: (el: Element) => (el === box ? composer : null) },
    focus: { current: () => composer, subscribe: () => undefined },
    scanner: { last: () => ({ composers: () => [composer] }), onScan: () => undefined },
    overlay: { ensure: () => Promise.resolve(container) },
    store: { getState: () => ({ settings: { uiLanguage: 'id', qcGateEnabled: true, checkerEnabled: true } }) },
    drafts,
    events,
    ctx: {
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
      addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) =>
        target.addEventListener(type, fn, { ...options, signal: controller.signal }),
    },
    signal: controller.signal,
  } as unknown as FeatureEnv;
  qcGate.init(env);
  sendWatch.init(env);
  const press = (over: KeyboardEventInit) =>
    act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...over }));
    });
  const confirm = () => container.querySelector('[data-testid="pranata-send-confirm"]');
  return { box, button, siteSent, press, confirm, container, stop: () => controller.abort() };
}

describe('the QC gate holds every key press that sends on the platform, and only those', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers({ now: T + 10 * 60_000 });
    logged.length = 0;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('X: Ctrl+Enter on a draft with errors is held, not sent and not logged (the bug of issue 13)', async () => {
    const p = page('x', 2);
    stop = p.stop;
    await act(() => Promise.resolve());
    p.box.value = 'Halo, gak bisa ya.';
    await p.press({ ctrlKey: true });
    await vi.advanceTimersByTimeAsync(11_000);
    expect(p.siteSent).toEqual([]);
    expect(logged).toEqual([]);
    expect(p.confirm()?.textContent).toContain('2 kesalahan');
    expect(p.box.value).toBe('Halo, gak bisa ya.');
  });

  it('X: "Send anyway" sends it with Ctrl+Enter once, logged as overridden', async () => {
    const p = page('x', 1);
    stop = p.stop;
    await act(() => Promise.resolve());
    p.box.value = 'Halo, gak bisa ya.';
    await p.press({ metaKey: true });
    const anyway = p.container.querySelector<HTMLButtonElement>('[data-testid="pranata-send-anyway"]');
    expect(anyway).not.toBeNull();
    act(() => adminClick(anyway));
    await vi.advanceTimersByTimeAsync(500);
    expect(p.siteSent).toEqual(['Halo, gak bisa ya.']);
    expect(p.confirm()).toBeNull();
    expect(logged.map((l) => l.payload.event)).toMatchObject([{ kind: 'sent', platform: 'x', gateOverridden: true, errorCount: 1 }, { kind: 'checked' }]);
  });

  it('X: plain Enter is a new line there: no question', async () => {
    const p = page('x', 2);
    stop = p.stop;
    await act(() => Promise.resolve());
    p.box.value = 'Halo, gak bisa ya.';
    await p.press({});
    expect(p.confirm()).toBeNull();
    expect(p.siteSent).toEqual([]);
  });

  it.each<PlatformId>(['facebook', 'instagram'])('%s: Enter and Ctrl+Enter on a draft with errors are held', async (platform) => {
    const p = page(platform, 1);
    stop = p.stop;
    await act(() => Promise.resolve());
    p.box.value = 'Dasar warga bodoh';
    await p.press({});
    expect(p.confirm()).not.toBeNull();
    act(() => adminClick(p.container.querySelector<HTMLButtonElement>('[data-testid="pranata-send-fix"]')));
    expect(p.confirm()).toBeNull();
    await p.press({ ctrlKey: true });
    expect(p.confirm()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(p.siteSent).toEqual([]);
    expect(logged).toEqual([]);
  });

  it.each<PlatformId>(['x', 'facebook', 'instagram'])('%s: a draft without errors goes out by its send key, logged, no question', async (platform) => {
    const p = page(platform, 0);
    stop = p.stop;
    await act(() => Promise.resolve());
    p.box.value = 'Selamat pagi, Kak. Terima kasih.';
    await p.press(platform === 'x' ? { ctrlKey: true } : {});
    await vi.advanceTimersByTimeAsync(500);
    expect(p.confirm()).toBeNull();
    expect(p.siteSent).toHaveLength(1);
    expect(logged[0]?.payload.event).toMatchObject({ kind: 'sent', platform, gateOverridden: false, errorCount: 0 });
  });
});
