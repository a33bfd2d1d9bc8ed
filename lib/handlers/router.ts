import { isMessageType, MESSAGES, type HandlerOf, type MessageError, type MessageType, type ParsedRequestOf, type Reply } from '@/lib/messaging';
import type { HandlerContext } from './context';
import type { Sender } from './sender';
import { checkContentPayload, WriteBudget, writeCost } from './content-guard';
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
import { commentsMark, commentsSeen } from './comments';
import { checkCustomRules } from './custom-rules';

type Handler<T extends MessageType> = HandlerOf<T, HandlerContext>;

/** One handler per message type: the compiler refuses a message without one. */
export const HANDLERS: { [T in MessageType]: Handler<T> } = {
  ping: async (ctx) => ({ version: ctx.version }),
  'overlay.settings': overlaySettings,
  'overlay.state': overlayState,
  'snapshots.record': recordSnapshots,
  'reply.record': recordReply,
  'template.inserted': recordTemplateInserted,
  'comments.seen': commentsSeen,
  'comments.mark': commentsMark,
  'diagnostics.record': recordDiagnostics,
  'posts.summary': postsSummary,
  'options.open': openOptionsPage,
  'rules.custom': checkCustomRules,
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
/** One write budget per background context (the service worker has one; each test its own). */
const budgets = new WeakMap<HandlerContext, WriteBudget>();
function budgetOf(ctx: HandlerContext): WriteBudget {
  let budget = budgets.get(ctx);
  if (!budget) {
    budget = new WriteBudget();
    budgets.set(ctx, budget);
  }
  return budget;
}

export async function routeMessage(raw: unknown, sender: Sender, ctx: HandlerContext): Promise<Reply<MessageType>> {
  if (sender.kind === 'foreign') return fail({ code: 'forbidden', message: 'Sender is not part of this extension' });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({ code: 'invalid-payload', message: 'A message must be an object with "type" and "payload"' });
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) {
    return fail({ code: 'unknown-message', message: `Unknown message type: ${String(type).slice(0, 60)}` });
  }
  const def = MESSAGES[type];
  if (def.access === 'extension' && sender.kind !== 'extension') {
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
  let handlerCtx = ctx;
  if (sender.kind === 'content') {
    // Bound to its tab: what the payload says must fit the tab's platform and now.
    const now = ctx.now();
    const refused = checkContentPayload(type, parsed.data, sender.platform, now);
    if (refused) return fail(refused);
    if (!budgetOf(ctx).take(sender.tabId, writeCost(type, parsed.data), now)) {
      return fail({ code: 'rate-limited', message: `${type}: this tab wrote too much in the last minute; try again later` });
    }
    handlerCtx = { ...ctx, tab: { id: sender.tabId, platform: sender.platform } };
  }
  try {
    const handler = HANDLERS[type] as Handler<MessageType>;
    const data = await handler(handlerCtx, parsed.data as ParsedRequestOf<MessageType>);
    return { ok: true, data };
  } catch (err) {
    if (isQuotaError(err)) return fail({ code: 'storage-full', message: 'Storage quota exceeded; nothing was written' });
    return fail({ code: 'internal', message: err instanceof Error ? err.message : String(err) });
  }
}
