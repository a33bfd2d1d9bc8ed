import type { DiagnosticCode } from '@/lib/schemas/diagnostic';
import type { PlatformId } from '@/lib/schemas/common';
import type { Counts } from '@/lib/schemas/snapshot';

/** Which editor implementation a composer uses: decides how text goes in (see editors/index.ts). */
export type EditorKind = 'draft' | 'lexical' | 'textarea' | 'contenteditable';

/** The post or comment a composer answers. */
export interface ReplyTarget {
  kind: 'post' | 'comment';
  /** The site's own id (status id, post id, comment id). */
  id: string;
  permalink?: string;
  authorName?: string;
  /** Handle without "@", lower case. */
  authorHandle?: string;
  /** Epoch ms, for the response time. */
  postedAt?: number;
  /**
   * Set when `postedAt` was read from relative text ("2 j", "5 menit yang lalu"): the item was
   * posted within ± this many ms of it. Absent for a machine-readable time (exact).
   */
  postedAtResolutionMs?: number;
}

export interface Composer {
  /** The editable element itself (textarea or contenteditable root). */
  element: HTMLElement;
  editor: EditorKind;
  kind: 'new-post' | 'reply' | 'comment-reply';
  /** Null for a new post, or when the answered item could not be found (a diagnostic is recorded). */
  target: ReplyTarget | null;
  /**
   * The site's send button for this composer, when found. Pranata does not press it for the admin:
   * only the QC gate clicks it again, once, after the admin chose "Kirim tetap" on a send it held
   * (ui/gate/controller.tsx, sendAnyway).
   */
  sendButton: HTMLElement | null;
}

export interface PostInfo {
  element: HTMLElement;
  id: string;
  permalink?: string;
  authorName?: string;
  authorHandle?: string;
  postedAt?: number;
  /** See ReplyTarget.postedAtResolutionMs. */
  postedAtResolutionMs?: number;
  /**
   * The post's own permalink (the link holding its time), when found: Pranata's badge is drawn
   * in its overlay just after it, on the line the site leaves mostly empty.
   */
  anchor?: HTMLElement;
  counts: Counts;
}

/**
 * A citizen's comment under one of the agency's own posts (issue 17, "Perlu dibalas"). Read only
 * under posts whose author `own` accepts; the agency's own comments are not in the list.
 */
export interface CommentInfo {
  element: HTMLElement;
  /** The site's own id of the comment. */
  id: string;
  permalink: string;
  /** The own post it is under, and that post's (own) author handle, lower case. */
  postId: string;
  postAccount: string;
  /** The commenter's handle, lower case, without "@". */
  authorHandle: string;
  postedAt?: number;
  /** See ReplyTarget.postedAtResolutionMs. */
  postedAtResolutionMs?: number;
  text: string;
  /** A reply from an own account was seen under it on the page. */
  answeredByOwn: boolean;
}

/**
 * What an adapter's comment reader found: the comments, and how many comment-like elements under
 * own posts it could not read (no id, permalink or author): markup that changed, reported for the
 * health list rather than guessed at (issue 17, "Bad input").
 */
export interface CommentsRead {
  comments: CommentInfo[];
  unreadable: number;
}

export interface ProfileInfo {
  handle: string;
  counts: Counts;
}

export interface AdapterProblem {
  code: DiagnosticCode;
  area: string;
  detail?: string;
}

/**
 * One per platform, same shape (like Web Scrobbler's connectors). Everything that knows a
 * site's markup or UI words lives behind this interface; features never write selectors.
 * No method throws into the page: when the markup does not match, it returns null/[] and
 * reports a problem through `problems()`.
 */
export interface PlatformAdapter {
  readonly id: PlatformId;
  /** Hosts this adapter serves, e.g. ["x.com", "twitter.com"]. */
  readonly hosts: readonly string[];
  /**
   * The site's own event for a finished in-page navigation (YouTube: "yt-navigate-finish"), when it
   * has one: the scanner looks again at once instead of waiting for the address to be polled.
   */
  readonly navigationEvent?: string;
  /** The page's UI language as the site sets it on <html lang>. */
  pageLanguage(doc: Document): 'id' | 'en';
  /**
   * The elements that may be composers, by selector alone: cheap, for knowing that a page has
   * reply boxes without reading what they answer. findComposers reads them in full.
   */
  findEditors(root: ParentNode): HTMLElement[];
  /** Every composer currently in the document (timeline, thread, modal), read in full. */
  findComposers(root: ParentNode): Composer[];
  /** The composer an element (e.g. the focused one) belongs to, or null. */
  composerFor(el: Element): Composer | null;
  /**
   * Posts currently rendered, with their counts. With `wanted`, only the posts whose author's
   * handle it accepts: the others are identified (their own links) but not read further, so a
   * timeline full of citizens' posts costs the page next to nothing.
   */
  findPosts(root: ParentNode, wanted?: (handle: string) => boolean): PostInfo[];
  /**
   * Citizens' comments under own posts currently rendered (optional: an adapter that cannot read
   * them yet leaves it out, and the queue stays empty for its platform).
   */
  findComments?(root: ParentNode, own: (handle: string) => boolean): CommentInfo[];
  /** Profile header counts (followers) when on a profile page. */
  readProfile(doc: Document): ProfileInfo | null;
  /**
   * Problems seen by the latest call of each method: a call replaces what the same method
   * reported before, so one scan (findComposers + findPosts + readProfile) shows all of its own.
   */
  problems(): readonly AdapterProblem[];
}
