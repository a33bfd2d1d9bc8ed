import { z } from 'zod';
import { platformIdSchema } from '@/lib/schemas/common';
import { countSchema, countsSchema, snapshotSchema } from '@/lib/schemas/snapshot';
import { replyEventSchema } from '@/lib/schemas/reply-event';
import { diagnosticSchema } from '@/lib/schemas/diagnostic';
import { settingsSchema } from '@/lib/schemas/settings';
import { templateSchema } from '@/lib/schemas/template';
import { customRuleSchema, sopProfileSchema } from '@/lib/schemas/profile';
import { seenCommentSchema } from '@/lib/schemas/comment';
import { MESSAGE_LIMITS as L } from './messaging-limits';

export { MESSAGE_LIMITS } from './messaging-limits';

/**
 * The message protocol between content scripts / extension pages and the background.
 * Every message is declared once here: who may send it, its request and its response.
 * The background validates every request with its schema before anything is written.
 *
 * access "content": content scripts may send it (they only record, and read what the
 * overlay needs). access "extension": only extension pages (popup, options) may: anything
 * that deletes, imports or changes settings.
 */
export const MESSAGES = {
  ping: {
    access: 'content',
    request: z.object({}).strict(),
    response: z.object({ version: z.string() }),
  },
  // What a platform page needs at load: whose posts to read and how to show them. The rest of the
  // overlay's state (SOP profile, templates) is asked for when the admin first works in a composer.
  'overlay.settings': {
    access: 'content',
    request: z.object({}).strict(),
    response: z.object({ settings: settingsSchema }),
  },
  'overlay.state': {
    access: 'content',
    request: z.object({ platform: platformIdSchema }).strict(),
    response: z.object({
      settings: settingsSchema,
      profile: sopProfileSchema.nullable(),
      templates: z.array(templateSchema),
    }),
  },
  'snapshots.record': {
    access: 'content',
    request: z.object({ snapshots: z.array(snapshotSchema).min(1).max(L.snapshotsPerMessage) }).strict(),
    // writtenIds: the page's badges add exactly these to what they show, without asking again.
    response: z.object({ written: z.number().int(), skipped: z.number().int(), writtenIds: z.array(z.string()) }),
  },
  'reply.record': {
    access: 'content',
    request: z.object({ event: replyEventSchema }).strict(),
    response: z.object({ written: z.boolean() }),
  },
  /**
   * A template went into a reply box: its 'template-inserted' row of the reply log and the
   * template's usage count, in one transaction. Returns the template as it is now (null when it
   * was deleted meanwhile), so the palette re-sorts without asking for the whole state again.
   * Replaying the same event id writes nothing and counts nothing.
   */
  'template.inserted': {
    access: 'content',
    request: z
      .object({
        event: replyEventSchema.refine((e) => e.kind === 'template-inserted' && e.templateId !== undefined, {
          message: 'a template-inserted event with its templateId',
        }),
      })
      .strict(),
    response: z.object({ written: z.boolean(), template: templateSchema.nullable() }),
  },
  /**
   * Citizens' comments a page saw under the agency's own posts (issue 17): batched, idempotent by
   * id (a comment seen again updates its row), bound to the tab's platform like every content
   * message. The background classifies the text and keeps an excerpt only when the agency has
   * excerpts on; comments under other accounts' posts are refused row by row.
   */
  'comments.seen': {
    access: 'content',
    request: z.object({ comments: z.array(seenCommentSchema).min(1).max(L.commentsPerMessage) }).strict(),
    response: z.object({ written: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
  },
  /** "Tidak perlu dibalas" (notNeeded: true) and its undo (false), from the popup or options page. */
  'comments.mark': {
    access: 'extension',
    request: z.object({ key: z.string().min(3).max(L.idLength + 20), notNeeded: z.boolean() }).strict(),
    response: z.object({ found: z.boolean(), open: z.boolean() }),
  },
  'diagnostics.record': {
    access: 'content',
    request: z.object({ diagnostics: z.array(diagnosticSchema).min(1).max(L.diagnosticsPerMessage) }).strict(),
    response: z.object({ written: z.number().int() }),
  },
  'posts.summary': {
    access: 'content',
    request: z
      .object({
        platform: platformIdSchema,
        account: z.string().min(1).max(L.accountLength),
        postIds: z.array(z.string().min(1).max(L.idLength)).min(1).max(L.postIdsPerSummary),
      })
      .strict(),
    response: z.object({
      followers: countSchema.nullable(),
      followersAt: z.number().nullable(),
      posts: z.array(
        z.object({
          postId: z.string(),
          snapshots: z.array(z.object({ id: z.string(), at: z.number(), counts: countsSchema })),
        }),
      ),
    }),
  },
  /**
   * Opens the options page at a section (and a rule), e.g. from the check panel's "turn this
   * rule off": the content script cannot change the profile; the admin confirms there.
   */
  'options.open': {
    access: 'content',
    request: z
      .object({
        section: z.enum(['profile', 'rules']),
        ruleId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/).optional(),
      })
      .strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The profile's custom rules over a draft, off the page's main thread: in a worker the
   * background can terminate, with a hard budget per rule and per check (lib/style/custom-budget.ts,
   * issue 21 item 3). `off`: rules switched off for the session; `skipped`: not run this time.
   */
  'rules.custom': {
    access: 'content',
    request: z
      .object({
        text: z.string().max(L.customCheckText),
        rules: z.array(customRuleSchema.pick({ id: true, pattern: true, flags: true }).strict()).max(100),
      })
      .strict(),
    response: z.object({
      matches: z.array(z.object({ ruleId: z.string(), start: z.number().int(), end: z.number().int(), found: z.string() })),
      off: z.array(z.string()),
      skipped: z.array(z.string()),
    }),
  },
  'maintenance.run': {
    access: 'extension',
    request: z.object({}).strict(),
    response: z.object({
      runs: z.number().int(),
      days: z.number().int(),
      deletedSnapshots: z.number().int(),
      deletedEvents: z.number().int(),
      deletedComments: z.number().int(),
      rolledThrough: z.string().nullable(),
    }),
  },
  'settings.update': {
    access: 'extension',
    request: z.object({ patch: settingsSchema.partial() }).strict(),
    response: z.object({ settings: settingsSchema }),
  },
  'history.wipe': {
    access: 'extension',
    request: z.object({ confirm: z.literal(true) }).strict(),
    response: z.object({ replyEvents: z.number().int(), snapshots: z.number().int(), comments: z.number().int() }),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type Access = (typeof MESSAGES)[MessageType]['access'];
export type RequestOf<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;
/** A background handler of message T, typed from the protocol (Ctx: lib/handlers/context.ts). */
export type HandlerOf<T extends MessageType, Ctx> = (ctx: Ctx, input: ParsedRequestOf<T>) => Promise<ResponseOf<T>>;

/** What goes over the wire: JSON-plain. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type ErrorCode =
  | 'unknown-message'
  | 'invalid-payload'
  | 'forbidden'
  /** A tab wrote more than its budget per minute: the page's outbox tries again later. */
  | 'rate-limited'
  | 'storage-full'
  | 'internal'
  | 'unreachable'
  | 'context-invalidated';

export interface MessageError {
  code: ErrorCode;
  /** English, for logs and diagnostics; the UI translates `code`. */
  message: string;
  /** Where in the payload validation failed, e.g. "snapshots.0.counts.likes.value". */
  path?: string;
}

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: MessageError };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}
