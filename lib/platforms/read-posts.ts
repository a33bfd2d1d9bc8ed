import type { Counts } from '@/lib/schemas/snapshot';
import type { AdapterProblem, CommentsRead, Composer, PostInfo, ReplyTarget } from './types';
import { attempt } from './dom';

/** What identifies a post: cheap to read (its own links), enough to know whose post it is. */
export type PostIdentity = Omit<PostInfo, 'counts'>;

/** Which posts to read in full, by their author's handle (lower case, without "@"). */
export type WantedAuthor = (handle: string) => boolean;

export interface PostReadSteps {
  /** Id, permalink, author and time of one post element, or null when it has no permalink. */
  identify(el: HTMLElement): PostIdentity | null;
  /** Completes the identity of a post that is read in full (e.g. the author's display name). */
  details?(post: PostIdentity): PostIdentity;
  /** The post's counts (the costly part: the whole post's text on some sites). */
  counts(el: HTMLElement): Counts;
  /** Only the posts of these authors are read in full; all of them when absent. */
  wanted?: WantedAuthor | undefined;
  report(p: AdapterProblem): void;
}

export interface PostReadResult {
  posts: PostInfo[];
  /** Elements that looked like posts but had no permalink. */
  unidentified: number;
  /** Posts whose counts were read (wanted ones). */
  read: number;
  /** Of those, the posts where at least one count was found. */
  withCounts: number;
}

/**
 * The loop every adapter's findPosts shares: identify each post, skip the authors nobody asked
 * for (a citizen's post on the timeline never needs its counts read), read the counts of the
 * rest. One post that throws is reported and skipped; the others are still read.
 */
export function readPosts(elements: readonly HTMLElement[], steps: PostReadSteps): PostReadResult {
  const result: PostReadResult = { posts: [], unidentified: 0, read: 0, withCounts: 0 };
  const fail = (message: string): void => steps.report({ code: 'post-not-found', area: 'post', detail: message });
  for (const el of elements) {
    const id = attempt(() => steps.identify(el), undefined, fail);
    if (id === undefined) continue;
    if (id === null) {
      result.unidentified++;
      continue;
    }
    if (steps.wanted && !steps.wanted(id.authorHandle ?? '')) continue;
    const { details } = steps;
    const full = details ? attempt(() => details(id), null, fail) : id;
    const counts = full ? attempt(() => steps.counts(el), null, fail) : null;
    if (!full || !counts) continue;
    result.read++;
    if (Object.keys(counts).length > 0) result.withCounts++;
    result.posts.push({ ...full, counts });
  }
  return result;
}

/** A post as the target of a reply (the reply log keeps its id, author and time). */
export function postTarget(p: PostIdentity): ReplyTarget {
  const t: ReplyTarget = { kind: 'post', id: p.id };
  if (p.permalink) t.permalink = p.permalink;
  if (p.authorName) t.authorName = p.authorName;
  if (p.authorHandle) t.authorHandle = p.authorHandle;
  if (p.postedAt !== undefined) t.postedAt = p.postedAt;
  if (p.postedAtResolutionMs !== undefined) t.postedAtResolutionMs = p.postedAtResolutionMs;
  return t;
}

/**
 * Problems of a scan's composers that the health row names: a composer whose send control was
 * not recognised (the QC gate then holds only Enter), an answered item without a readable time
 * (the reply is logged without a response time). Counts only: no page text.
 */
export function reportComposerGaps(composers: readonly Composer[], report: (p: AdapterProblem) => void): void {
  const noSend = composers.filter((c) => !c.sendButton).length;
  if (noSend > 0) report({ code: 'send-not-found', area: 'composer-send', detail: `${noSend} of ${composers.length} composers without a send control` });
  const untimed = composers.filter((c) => c.target && c.target.postedAt === undefined).length;
  if (untimed > 0) report({ code: 'time-not-found', area: 'composer-target-time', detail: `${untimed} answered items without a readable time` });
}

/**
 * The citizens' comments under the agency's own posts only (issue 17): each post the adapter
 * identifies as an own account's gives its comments; other accounts' posts are never read.
 */
export function ownPostComments<P extends { authorHandle?: string }>(
  posts: readonly HTMLElement[],
  identify: (post: HTMLElement) => P | null,
  read: (post: HTMLElement, identity: P) => CommentsRead,
  own: (handle: string) => boolean,
): CommentsRead {
  const out: CommentsRead = { comments: [], unreadable: 0 };
  for (const post of posts) {
    const identity = identify(post);
    if (!identity?.authorHandle || !own(identity.authorHandle)) continue;
    const r = read(post, identity);
    out.comments.push(...r.comments);
    out.unreadable += r.unreadable;
  }
  return out;
}
