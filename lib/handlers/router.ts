import { isMessageType, MESSAGES, type HandlerOf, type MessageError, type MessageType, type ParsedRequestOf, type Reply } from '@/lib/messaging';
import type { HandlerContext } from './context';
import type { SenderKind } from './sender';
import { recordSnapshots } from './snapshots';
import { recordReply } from './replies';
import { recordTemplateInserted } from './template-inserted';
import { recordDiagnostics } from './diagnostics';
import { overlaySettings, overlayState } from './overlay-state';
import { updateSettings } from './settings';
import { wipeHistory } from './history';
import { postsSummary } from './posts-summary';
import { runMaintenanceNow } from './maintenance';
import { openOptionsPage } from './options-open';

type Handler<T extends MessageType> = HandlerOf<T, HandlerContext>;

/** One handler per message type: the compiler refuses a message without one. */
export const HANDLERS: { [T in MessageType]: Handler<T> } = {
  ping: async (ctx) => ({ version: ctx.version }),
  'overlay.settings': overlaySettings,
  'overlay.state': overlayState,
  'snapshots.record': recordSnapshots,
  'reply.record': recordReply,
  'template.inserted': recordTemplateInserted,
  'diagnostics.record': recordDiagnostics,
  'posts.summary': postsSummary,
  'options.open': openOptionsPage,
  'maintenance.run': (ctx) => runMaintenanceNow(ctx),
  'settings.update': updateSettings,
  'history.wipe': (ctx) => wipeHistory(ctx),
};

function fail(error: MessageError): { ok: false; error: MessageError } {
  return { ok: false, error };
}

function isQuotaError(err: unknown): boolean {
  const name = err instanceof Error ? err.name : '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return [name, inner].some((n) => n === 'QuotaExceededError');
}

/**
 * Validates and dispatches one raw message. Never returns undefined and never throws: an unknown,
 * malformed or forbidden message gets an explicit error and writes nothing.
 */
export async function routeMessage(raw: unknown, sender: SenderKind, ctx: HandlerContext): Promise<Reply<MessageType>> {
  if (sender === 'foreign') return fail({ code: 'forbidden', message: 'Sender is not part of this extension' });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({ code: 'invalid-payload', message: 'A message must be an object with "type" and "payload"' });
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) {
    return fail({ code: 'unknown-message', message: `Unknown message type: ${String(type).slice(0, 60)}` });
  }
  const def = MESSAGES[type];
  if (def.access === 'extension' && sender !== 'extension') {
    return fail({ code: 'forbidden', message: `"${type}" is accepted from extension pages only` });
  }
  const parsed = def.request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      code: 'invalid-payload',
      message: `${type}: ${issue?.message ?? 'invalid'}`,
      path: issue?.path.map(String).join('.') ?? '',
    });
  }
  try {
    const handler = HANDLERS[type] as Handler<MessageType>;
    const data = await handler(ctx, parsed.data as ParsedRequestOf<MessageType>);
    return { ok: true, data };
  } catch (err) {
    if (isQuotaError(err)) return fail({ code: 'storage-full', message: 'Storage quota exceeded; nothing was written' });
    return fail({ code: 'internal', message: err instanceof Error ? err.message : String(err) });
  }
}
