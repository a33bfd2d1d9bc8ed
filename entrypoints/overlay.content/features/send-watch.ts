import { request } from '@/lib/messaging-client';
import { readText } from '@/lib/platforms/editors';
import { PLATFORMS } from '@/lib/platforms/meta';
import { isSendKey } from '@/lib/platforms/send-keys';
import type { Composer } from '@/lib/platforms/types';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Feature, FeatureEnv } from '../feature';
import { composerOfButton } from '../composer-of-button';
import { createSendQueue } from '../helpers/send-queue';
import { checkedEvent, isReplyComposer, sentEvent } from '../helpers/sent-event';

/** A text captured this long before the send still counts as the text that went out. */
const CAPTURE_FRESH_MS = 5000;
/** How long the site may take to empty or close the composer after a send. */
const CONFIRM_WITHIN_MS = 10_000;
const CONFIRM_EVERY_MS = 150;

/**
 * The reply log's 'sent' events, from the site's own send: a click on the composer's send button
 * (bubble phase on document, so a QC gate that stops the click in the capture phase stops the
 * log too), or a key press that sends on this platform (PLATFORMS[id].sendKeys, the same
 * definition the gate holds, so nothing the gate did not see is logged as sent). The draft's text is read in the capture
 * phase, before the site clears it, only to know a reply was there: it is never stored. The send
 * counts once the site has emptied or closed the composer (a refused send logs nothing).
 */
export const sendWatch: Feature = {
  id: 'send-watch',
  init(env) {
    const { adapter, ctx, signal } = env;
    const captured = new WeakMap<HTMLElement, { text: string; at: number }>();
    const pending = new WeakSet<HTMLElement>();
    const outbox = createSendQueue<ReplyEvent>({
      maxBatch: 1,
      delayMs: 0,
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      async send([event]) {
        if (!event) return { ok: true };
        const reply = await request('reply.record', { event });
        return reply.ok ? { ok: true } : { ok: false, code: reply.error.code };
      },
    });
    signal.addEventListener('abort', () => outbox.stop());

    const capture = (composer: Composer): void => {
      const text = safeRead(composer);
      if (text.trim()) captured.set(composer.element, { text, at: Date.now() });
    };

    const candidate = (composer: Composer): void => {
      if (!isReplyComposer(composer.kind) || pending.has(composer.element)) return;
      const now = Date.now();
      const before = captured.get(composer.element);
      const text = before && now - before.at < CAPTURE_FRESH_MS ? before.text : safeRead(composer);
      if (!text.trim()) return;
      // What the other features know about this draft, read now: they may reset it after the send.
      const draft = env.drafts.read(composer.element);
      const event = sentEvent({
        id: crypto.randomUUID(),
        platform: adapter.id,
        at: now,
        target: composer.target,
        draft,
      });
      pending.add(composer.element);
      const started = now;
      const check = (): void => {
        if (signal.aborted) return;
        if (sent(composer)) {
          pending.delete(composer.element);
          captured.delete(composer.element);
          // The draft is done: its template and gate override must not carry into the next reply.
          env.drafts.sent(composer.element);
          const checked = checkedEvent(event, crypto.randomUUID());
          outbox.push(checked ? [event, checked] : [event]);
        } else if (Date.now() - started < CONFIRM_WITHIN_MS) {
          ctx.setTimeout(check, CONFIRM_EVERY_MS);
        } else {
          pending.delete(composer.element);
        }
      };
      ctx.setTimeout(check, 0);
    };

    ctx.addEventListener(document, 'pointerdown', (e: PointerEvent) => {
      const composer = composerOfButton(env, e.target);
      if (composer) capture(composer);
    }, { capture: true });

    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const composer = composerOfEditor(env, e.target) ?? composerOfButton(env, e.target);
      if (composer) capture(composer);
    }, { capture: true });

    ctx.addEventListener(document, 'click', (e: MouseEvent) => {
      const composer = composerOfButton(env, e.target);
      if (composer) candidate(composer);
    });

    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (!isSendKey(e, PLATFORMS[adapter.id].sendKeys)) return;
      const composer = composerOfEditor(env, e.target);
      if (composer) candidate(composer);
    });
  },
};

function safeRead(composer: Composer): string {
  try {
    return composer.element.isConnected ? readText(composer.element, composer.editor) : '';
  } catch {
    return '';
  }
}

/** The site took the reply: the composer is empty, or gone (a reply modal closes). */
function sent(composer: Composer): boolean {
  return !composer.element.isConnected || safeRead(composer).trim() === '';
}

function composerOfEditor(env: FeatureEnv, target: EventTarget | null): Composer | null {
  if (!(target instanceof Element)) return null;
  return env.adapter.composerFor(target);
}
