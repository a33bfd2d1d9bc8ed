import { browser } from 'wxt/browser';
import type { Envelope, MessageError, MessageType, Reply, RequestOf, ResponseOf } from '@/lib/messaging';

/**
 * Sending side of the protocol, for content scripts and extension pages. Deliberately free of
 * zod (it would weigh down the content script): the background validates.
 */
export class MessageFailed extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'MessageFailed';
  }
}

/** True once the extension was reloaded or updated under this content script. */
export function isContextInvalidated(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<T>> {
  if (isContextInvalidated()) {
    return { ok: false, error: { code: 'context-invalidated', message: 'Extension context invalidated' } };
  }
  const envelope: Envelope<T> = { type, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') {
      return { ok: false, error: { code: 'unreachable', message: 'No reply from the background' } };
    }
    return reply;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const code = /context invalidated/i.test(message) ? 'context-invalidated' : 'unreachable';
    return { ok: false, error: { code, message } };
  }
}

/** Like request(), but throws MessageFailed instead of returning an error reply. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = await request(type, payload);
  if (!reply.ok) throw new MessageFailed(reply.error);
  return reply.data;
}
