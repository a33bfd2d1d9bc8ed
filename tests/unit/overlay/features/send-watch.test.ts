// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Composer } from '@/lib/platforms/types';
import type { FeatureEnv } from '@/entrypoints/overlay.content/feature';
import { createDraftRegistry } from '@/entrypoints/overlay.content/drafts';
import { replyBox } from '../../helpers/reply-box';

const sent: { type: string; payload: { event: Record<string, unknown> } }[] = [];
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (type: string, payload: { event: Record<string, unknown> }) => {
    sent.push({ type, payload });
    return { ok: true, data: { written: true } };
  }),
}));

const { sendWatch } = await import('@/entrypoints/overlay.content/features/send-watch');

const T_POST = Date.UTC(2026, 10, 23, 2, 0);

/**
 * A reply box like Instagram's (a textarea, a send button, Enter sends) or X's (Ctrl/Cmd+Enter
 * sends, Enter is a new line); the "site" empties it.
 */
function page(opts: { platform: 'instagram' | 'x'; siteClears: boolean; kind?: Composer['kind'] }) {
  document.body.replaceChildren();
  const { box, button, label, composer } = replyBox({
    kind: opts.kind ?? 'comment-reply',
    target: { kind: 'comment', id: 'c-42', authorName: 'Siti Rahma', authorHandle: 'sitirahma_', postedAt: T_POST },
  });
  const site = () => {
    if (opts.siteClears) box.value = '';
  };
  button.addEventListener('click', site);
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    if (opts.platform === 'instagram' || e.ctrlKey || e.metaKey) site();
  });
  const drafts = createDraftRegistry();
  const controller = new AbortController();
  // What the adapter reads now; the focus tracker and the scan keep what they read before.
  let live = composer;
  const env = {
    adapter: { id: opts.platform, composerFor: (el: Element) => (el === box ? live : null) },
    focus: { current: () => composer },
    scanner: { last: () => ({ composers: () => [composer] }) },
    drafts,
    ctx: {
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
      addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) =>
        target.addEventListener(type, fn, { ...options, signal: controller.signal }),
    },
    signal: controller.signal,
  } as unknown as FeatureEnv;
  sendWatch.init(env);
  const rerendered = (c: Composer) => {
    live = c;
  };
  return { box, button, label, drafts, composer, rerendered, stop: () => controller.abort() };
}

describe('send watcher', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers({ now: T_POST + 20 * 60_000 });
    sent.length = 0;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('logs a click on the send button once the site has emptied the box: target, response time, draft check; no name, no text', async () => {
    const p = page({ platform: 'instagram', siteClears: true });
    stop = p.stop;
    p.drafts.templateInserted(p.box, 'tpl-7');
    p.drafts.checked(p.box, { score: 88, errorCount: 0, warningCount: 1 });
    p.drafts.gateDecided(p.box, false);
    p.box.value = 'Halo Kak Siti, terima kasih laporannya.';
    p.label.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    p.label.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    // The send, then the draft's one 'checked' record (it carried a check result).
    expect(sent).toHaveLength(2);
    expect(sent[0]?.type).toBe('reply.record');
    expect(sent[0]?.payload.event).toMatchObject({
      kind: 'sent', platform: 'instagram', targetId: 'c-42', targetAt: T_POST, responseMs: 20 * 60_000,
      templateId: 'tpl-7', score: 88, errorCount: 0, warningCount: 1, gateOverridden: false,
    });
    expect(sent[1]?.payload.event).toMatchObject({ kind: 'checked', platform: 'instagram', targetId: 'c-42', score: 88, errorCount: 0 });
    expect(JSON.stringify(sent)).not.toMatch(/Siti|sitirahma|terima kasih/i);
    // The draft is over: its template does not carry into the next reply.
    expect(p.drafts.read(p.box)?.templateId).toBeUndefined();
  });

  it('logs a send whose button the site re-rendered after the focus (the kept reference is stale)', async () => {
    const p = page({ platform: 'x', siteClears: true });
    stop = p.stop;
    const button = document.createElement('button');
    button.addEventListener('click', () => {
      p.box.value = '';
    });
    p.button.replaceWith(button);
    p.rerendered({ ...p.composer, sendButton: button });
    p.box.value = 'Baik Kak, kami cek ke lokasi.';
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.event).toMatchObject({ kind: 'sent', targetId: 'c-42' });
  });

  it('logs Enter where the site sends on Enter, not Shift+Enter', async () => {
    const p = page({ platform: 'instagram', siteClears: true });
    stop = p.stop;
    p.box.value = 'Baik, kami cek.';
    p.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(0);
    p.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
  });

  it('on X logs Ctrl+Enter and Cmd+Enter (the site posts with them), not plain Enter (a new line)', async () => {
    const p = page({ platform: 'x', siteClears: true });
    stop = p.stop;
    p.box.value = 'Baik, kami cek.';
    p.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(0);
    p.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.event).toMatchObject({ kind: 'sent', platform: 'x' });
    p.box.value = 'Siap, Kak.';
    p.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
  });

  it('logs nothing when the QC gate stops the click in the capture phase', async () => {
    const p = page({ platform: 'instagram', siteClears: true });
    stop = p.stop;
    const gate = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('click', gate, { capture: true });
    p.box.value = 'Dasar warga bodoh';
    p.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(11_000);
    window.removeEventListener('click', gate, { capture: true });
    expect(sent).toHaveLength(0);
  });

  it('logs nothing when the site refuses the send (the text stays)', async () => {
    const p = page({ platform: 'instagram', siteClears: false });
    stop = p.stop;
    p.box.value = 'Terima kasih.';
    p.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent).toHaveLength(0);
  });

  it('does not log a new post of the agency as a reply', async () => {
    const p = page({ platform: 'instagram', siteClears: true, kind: 'new-post' });
    stop = p.stop;
    p.box.value = 'Info pemadaman air bersih.';
    p.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(0);
  });
});
