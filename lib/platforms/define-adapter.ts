import type { PlatformId } from '@/lib/schemas/common';
import type { Counts } from '@/lib/schemas/snapshot';
import { PLATFORM_HOSTS } from './hosts';
import { ProblemLog, attempt, langOfDoc } from './dom';
import { readPosts, reportComposerGaps, type PostIdentity, type PostReadResult, type PostReadSteps, type WantedAuthor } from './read-posts';
import type { AdapterProblem, CommentInfo, CommentsRead, Composer, PlatformAdapter, PostInfo, ProfileInfo } from './types';

export type Report = (p: AdapterProblem) => void;

/** What one findComposers call saw, for a platform's own checks of what it did not recognise. */
export interface ComposerScan {
  root: ParentNode;
  /** What `editors` found. */
  editors: readonly HTMLElement[];
  /** The editors read as composers. */
  composers: readonly Composer[];
  /** The editors `readComposer` returned null for (or threw on: reported already). */
  missed: readonly HTMLElement[];
}

/** The posts of one findPosts call and how to read them (made per call: the checks may count). */
export interface PostSlots {
  elements: readonly HTMLElement[];
  identify(el: HTMLElement): PostIdentity | null;
  details?(post: PostIdentity): PostIdentity;
  counts(el: HTMLElement): Counts;
  /** Problems of the whole call (posts without a time, none with counts...), from readPosts' totals. */
  check?(result: PostReadResult, report: Report): void;
}

/**
 * What a platform fills in. Only markup and UI words: the skeleton owns the problem log (one
 * list per method, an exception becomes a problem and the method's empty answer), the loops
 * over editors and posts, and the returned PlatformAdapter.
 */
export interface AdapterSlots<Ctx> {
  id: PlatformId;
  /** See PlatformAdapter.navigationEvent. */
  navigationEvent?: string;
  /** What one call reads once and hands to each element (page language, the clock's now). */
  context(root: ParentNode | Element): Ctx;
  /** The elements that may be composers, by selector alone (PlatformAdapter.findEditors). */
  editors(root: ParentNode): HTMLElement[];
  /** One editor read in full, or null when it is not a composer Pranata works with. */
  readComposer(el: HTMLElement, report: Report, ctx: Ctx): Composer | null;
  /** After the loop: problems of what looked like a composer but was not read as one. */
  composerProblems?(scan: ComposerScan, report: Report): void;
  /** The editor an element (the focused one) belongs to, or null. */
  editorOf(el: Element): HTMLElement | null;
  /**
   * composerFor found no composer: report it when `el` looks like one the adapter should have
   * known (an editable box next to a send button). `editor` is what editorOf returned.
   */
  unrecognised?(el: Element, editor: HTMLElement | null, report: Report): void;
  /**
   * Whether composerFor reports the focused composer's gaps (no send control, no time): X's
   * never did, the scan's findComposers reports them (kept as it was by the refactor).
   */
  gapsOfFocused?: boolean;
  /** The posts to read in this root, or null when the page has none to read (not a watch page...). */
  posts(root: ParentNode, ctx: Ctx): PostSlots | null;
  readProfile(doc: Document, report: Report): ProfileInfo | null;
  /** Citizens' comments under the agency's own posts (PlatformAdapter.findComments); absent: none read. */
  comments?(root: ParentNode, own: (handle: string) => boolean, report: Report, ctx: Ctx): CommentsRead;
}

/** A PlatformAdapter from a platform's slots (like Web Scrobbler's connectors on its base). */
export function defineAdapter<Ctx>(slots: AdapterSlots<Ctx>): PlatformAdapter {
  const log = new ProblemLog();

  const findEditors = (root: ParentNode): HTMLElement[] => slots.editors(root);

  const findComposers = (root: ParentNode): Composer[] =>
    log.run('findComposers', 'composer-not-found', [], (report) => {
      const ctx = slots.context(root);
      const editors = slots.editors(root);
      const composers: Composer[] = [];
      const missed: HTMLElement[] = [];
      for (const el of editors) {
        const c = attempt(() => slots.readComposer(el, report, ctx), null, (m) =>
          report({ code: 'composer-not-found', area: 'composer', detail: m }),
        );
        if (c) composers.push(c);
        else missed.push(el);
      }
      slots.composerProblems?.({ root, editors, composers, missed }, report);
      reportComposerGaps(composers, report);
      return composers;
    });

  const composerFor = (el: Element): Composer | null =>
    log.run('composerFor', 'composer-not-found', null, (report) => {
      const editor = slots.editorOf(el);
      const c = editor ? slots.readComposer(editor, report, slots.context(el)) : null;
      if (c) {
        if (slots.gapsOfFocused !== false) reportComposerGaps([c], report);
        return c;
      }
      slots.unrecognised?.(el, editor, report);
      return null;
    });

  const findPosts = (root: ParentNode, wanted?: WantedAuthor): PostInfo[] =>
    log.run('findPosts', 'post-not-found', [], (report) => {
      const posts = slots.posts(root, slots.context(root));
      if (!posts) return [];
      const steps: PostReadSteps = { identify: posts.identify, counts: posts.counts, wanted, report };
      if (posts.details) steps.details = posts.details;
      const result = readPosts(posts.elements, steps);
      posts.check?.(result, report);
      return result.posts;
    });

  const readProfile = (doc: Document): ProfileInfo | null =>
    log.run('readProfile', 'counts-not-found', null, (report) => slots.readProfile(doc, report));

  const comments = slots.comments;
  const findComments = comments
    ? (root: ParentNode, own: (handle: string) => boolean): CommentInfo[] =>
        log.run('findComments', 'post-not-found', [], (report) => {
          const { comments: found, unreadable } = comments(root, own, report, slots.context(root));
          // Not queued (nothing to link to or to match a send against), and named for the health list.
          if (unreadable > 0) report({ code: 'comment-id-not-found', area: 'comment-id', detail: `${unreadable} comments under own posts without a readable id or author` });
          // Read and kept waiting (never taken as answered), and named for the health list.
          const untimed = found.filter((c) => c.postedAt === undefined).length;
          if (untimed > 0) report({ code: 'time-not-found', area: 'comment-time', detail: `${untimed} of ${found.length} comments without a readable time` });
          return found;
        })
    : undefined;

  const adapter: PlatformAdapter = {
    id: slots.id,
    hosts: PLATFORM_HOSTS[slots.id],
    pageLanguage: (doc) => langOfDoc(doc),
    findEditors,
    findComposers,
    composerFor,
    findPosts,
    readProfile,
    problems: () => log.all(),
  };
  return {
    ...adapter,
    ...(findComments ? { findComments } : {}),
    ...(slots.navigationEvent ? { navigationEvent: slots.navigationEvent } : {}),
  };
}
