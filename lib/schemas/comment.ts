import { z } from 'zod';
import { COMMENT_CATEGORIES } from '@/lib/inbox/classify/types';
import { epochMsSchema, idSchema, platformIdSchema } from './common';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';

/** A handle as stored: no "@", lower case (lib/schemas/settings.ts accountRefSchema). */
const handleSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{1,100}$/);

/** The longest excerpt kept (issue 17: ≤ 140 characters, and only when the agency switches it on). */
export const EXCERPT_MAX = 140;

/**
 * One citizen's comment under one of the agency's own posts, as a page read it. The text goes to
 * the background only to be classified there (the page cannot choose the category); it is kept,
 * cut to EXCERPT_MAX, only when settings.commentExcerpts is on.
 */
export const seenCommentSchema = z
  .object({
    id: idSchema,
    platform: platformIdSchema,
    /** The own post it is under. */
    postId: idSchema,
    /** The own account that posted it (checked against the configured own accounts). */
    account: handleSchema,
    permalink: z.string().max(2000),
    postedAt: epochMsSchema.optional(),
    /** Set when postedAt was read from relative text ("5 j"): right within ± this many ms. */
    postedAtResolutionMs: z.number().int().positive().max(400 * 86_400_000).optional(),
    authorHandle: handleSchema,
    /** A reply from the post's own account was seen under the comment. */
    answeredByOwn: z.boolean(),
    text: z.string().max(MESSAGE_LIMITS.commentTextLength),
  })
  .strict();
export type SeenComment = z.infer<typeof seenCommentSchema>;

export const commentCategorySchema = z.enum(COMMENT_CATEGORIES);

/** Why a comment is no longer waiting, in the order they are told: the first set one counts. */
export const ANSWER_SOURCES = ['replySeenAt', 'sentAt', 'notNeededAt'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** A row of the comments table. `open` is 1 while none of the answered times is set (indexed). */
export const commentRowSchema = z
  .object({
    /** `${platform}:${id}`: site ids are unique per site only. */
    key: z.string().min(3).max(MESSAGE_LIMITS.idLength + 20),
    id: idSchema,
    platform: platformIdSchema,
    postId: idSchema,
    account: handleSchema,
    permalink: z.string().max(2000),
    postedAt: epochMsSchema.optional(),
    postedAtMarginMs: z.number().int().positive().max(400 * 86_400_000).optional(),
    /** postedAt, or when first seen when the page showed no time: the queue's order. */
    sortAt: epochMsSchema,
    firstSeenAt: epochMsSchema,
    lastSeenAt: epochMsSchema,
    authorHandle: handleSchema,
    category: commentCategorySchema,
    confidence: z.number().min(0).max(1),
    excerpt: z.string().max(EXCERPT_MAX).optional(),
    /** A reply from the agency's handle was seen under it (first time seen). */
    replySeenAt: epochMsSchema.optional(),
    /** Pranata recorded a send that targets it. */
    sentAt: epochMsSchema.optional(),
    /** The admin marked it "Tidak perlu dibalas"; undo removes it. */
    notNeededAt: epochMsSchema.optional(),
    open: z.union([z.literal(0), z.literal(1)]),
  })
  .strict();
export type CommentRow = z.infer<typeof commentRowSchema>;

export function commentKey(platform: string, id: string): string {
  return `${platform}:${id}`;
}

/** The source that answered it, or null while it waits. */
export function answeredBy(row: Pick<CommentRow, AnswerSource>): AnswerSource | null {
  return ANSWER_SOURCES.find((s) => row[s] !== undefined) ?? null;
}

export function openFlag(row: Pick<CommentRow, AnswerSource>): 0 | 1 {
  return answeredBy(row) === null ? 1 : 0;
}
