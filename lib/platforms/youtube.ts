import type { Count, Counts } from '@/lib/schemas/snapshot';
import { parseRelativeTime, SYSTEM_CLOCK, type AdapterClock, type RelativeTimeZone } from './relative-time';
import { parseCountDetailed, readLabelledCounts, toCount, type CountWords } from './counts';
import type { AdapterProblem, CommentInfo, CommentsRead, Composer, PlatformAdapter, ReplyTarget } from './types';
import { postTarget, type PostIdentity } from './read-posts';
import { attr, docOf, isEditable, langOfDoc, queryAllUnion, queryFirst, textOf } from './dom';
import { defineAdapter } from './define-adapter';

/**
 * YouTube watch pages (www.youtube.com/watch?v=…, and /shorts/<id> where the comments open in the
 * side panel). Every selector and UI word cites its file under ../shared/fixtures/real/next/
 * (EVIDENCE.md §1 weighs them); "unverified" marks what no source shows, each with a second rule
 * that does not depend on it. The adapter keys on YouTube's element names and ids, not on words:
 * the Indonesian aria-labels of the box and buttons were not found.
 */

const SEL = {
  // The editor: <div id="contenteditable-root" contenteditable="true"> inside
  // yt-formatted-string#contenteditable-textarea inside ytd-commentbox
  // (youtube-watch-commentbox-outerhtml-vi.txt; youtube-watch-commentbox-selectors-2025-ko.txt, Jan 2025).
  editor: [
    'ytd-commentbox #contenteditable-root[contenteditable="true"]',
    'yt-formatted-string#contenteditable-textarea #contenteditable-root[contenteditable="true"]',
  ],
  commentbox: 'ytd-commentbox',
  // Reply boxes: #action-buttons > #reply-dialog > ytd-comment-reply-dialog-renderer > #commentbox
  // (youtube-watch-reply-dialog.txt SOURCE 1; the empty #reply-dialog slot in youtube-watch-comment-thread-2025.txt).
  replyDialog: 'ytd-comment-reply-dialog-renderer, #reply-dialog',
  // The top-level box lives in ytd-comment-simplebox-renderer inside ytd-comments-header-renderer
  // (youtube-watch-ctrl-enter.txt SOURCE 1/4; youtube-watch-reply-dialog.txt SOURCE 2).
  topLevel: 'ytd-comment-simplebox-renderer, ytd-comments-header-renderer',
  // The answered comment (2025 build), and the older renderer many tools still match
  // (youtube-watch-comment-thread-2025.txt; EVIDENCE.md §1 "Comment element").
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  // A thread: ytd-comment-thread-renderer > #comment-container > the comment, and #replies >
  // ytd-comment-replies-renderer holding the replies as further comments (comment-thread-2025.txt).
  thread: 'ytd-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer, #replies',
  // <yt-attributed-string id="content-text" slot="content" user-input=""> (comment-thread-2025.txt).
  commentText: '#content-text',
  // ytd-button-renderer#submit-button > yt-button-shape > button (2025, selectors-2025-ko.txt,
  // reply-dialog.txt); the older build's paper-button#button (outerhtml-vi.txt).
  send: ['#submit-button button', '#submit-button paper-button', '#submit-button [role="button"]'],
  // a#author-text[href="/@Boris_Nedev"] (comment-thread-2025.txt); the avatar button carries the
  // same handle as its aria-label (#author-thumbnail-button[aria-label="@Boris_Nedev"], same file).
  author: 'a#author-text[href]',
  authorThumb: '#author-thumbnail-button[aria-label]',
  // #published-time-text a[href="/watch?v=…&lc=<comment id>"] holding "12 hours ago" (comment-thread-2025.txt).
  commentTime: '#published-time-text a[href]',
  // The video's metadata block: ytd-watch-metadata holds #owner-sub-count (youtube-watch-counts-lang.txt
  // SOURCE 2) and #info (SOURCE 3/4: views span[1], date span[3]).
  video: 'ytd-watch-metadata',
  // "ytd-watch-flexy[video-id]" / "ytd-watch-grid[video-id]" (RYD's isVideoLoaded, youtube-watch-likebutton-navigation-ryd.txt).
  watchRoot: 'ytd-watch-flexy[video-id], ytd-watch-grid[video-id]',
  // The channel's link: '//*[@id="text"]/a' (counts-lang SOURCE 3). That it sits in #owner and links
  // to /@handle is unverified; the second rule is any /@ link of the metadata block outside the
  // description (ytd-text-inline-expander / #description, unverified) and outside the comments.
  owner: ['#owner #text a[href]', '#text a[href^="/@"]', 'a[href^="/@"]'],
  ownerExcluded: '#description, ytd-text-inline-expander, ytd-comments, ytd-comment-thread-renderer',
  // <span id="owner-sub-count"> "19,9 jt subscriber" / "1.2M subscribers" (counts-lang SOURCE 2–4;
  // youtube-indonesian-ui-strings.txt).
  subscribers: '#owner-sub-count',
  // like-button-view-model (inside segmented-like-dislike-button-view-model, #top-level-buttons-computed):
  // the exact count is the digits of its button's aria-label (RYD); its drawn text is compact
  // (counts-lang SOURCE 3: …/button/div[2]).
  videoLike: ['like-button-view-model button[aria-label]', '#top-level-buttons-computed like-button-view-model button'],
  videoLikeAny: 'like-button-view-model button',
  // #info > span[1] = views, span[3] = date (counts-lang SOURCE 3/4).
  info: '#info',
  // 'ytd-comments-header-renderer/div/h2/yt-formatted-string/span' (counts-lang SOURCE 5, older build: L–M).
  commentCount: ['ytd-comments-header-renderer h2 yt-formatted-string span', 'ytd-comments-header-renderer h2'],
} as const;

/**
 * View words: "896.804 x ditonton", "2 jt x ditonton" (youtube-indonesian-ui-strings.txt), "1,234 views"
 * (EN: "2M views", same file SOURCE 1).
 */
const VIEW_WORDS: readonly CountWords[] = [{ metric: 'views', after: ['x ditonton', 'kali ditonton', 'ditonton', 'views', 'view'] }];
/** "19,9 jt subscriber" (ID, ui-strings SOURCE 2–4), "1.2M subscribers" (EN, EVIDENCE.md §1). */
const SUBSCRIBER_WORDS: readonly CountWords[] = [{ metric: 'followers', after: ['subscribers', 'subscriber', 'pelanggan'] }];
/** The count words this adapter reads, for the words a page capture keeps (lib/capture/ui-words.ts). */
export const YOUTUBE_COUNT_WORDS: readonly CountWords[] = [...VIEW_WORDS, ...SUBSCRIBER_WORDS];

/** A comment id as in lc=Ugw0Yj8xvGhcuC_GwNZ4AaABAg; a reply's "parent.reply" form (EVIDENCE.md: L) is allowed by the dot. */
const COMMENT_ID = /^[A-Za-z0-9_.-]{8,120}$/;
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;
const HANDLE = /^[A-Za-z0-9._-]{3,30}$/;
const SHORTS_PATH = /^\/shorts\/([A-Za-z0-9_-]{6,20})\/?$/;

function urlOf(href: string): URL | null {
  try {
    return new URL(href, 'https://www.youtube.com');
  } catch {
    return null;
  }
}

/** "/@Boris_Nedev" (or "/@name/videos") → "boris_nedev". */
export function handleOfHref(href: string): string | undefined {
  const seg = urlOf(href)?.pathname.split('/')[1] ?? '';
  if (!seg.startsWith('@')) return undefined;
  let name = seg.slice(1);
  try {
    name = decodeURIComponent(name);
  } catch {
    return undefined;
  }
  return HANDLE.test(name) ? name.toLowerCase() : undefined;
}

/** The watched video's id from a page address: ?v= on /watch, the path on /shorts/<id> (RYD getVideoId). */
export function videoIdOfUrl(href: string): string | null {
  const u = urlOf(href);
  if (!u) return null;
  if (u.pathname === '/watch') {
    const v = u.searchParams.get('v') ?? '';
    return VIDEO_ID.test(v) ? v : null;
  }
  return SHORTS_PATH.exec(u.pathname)?.[1] ?? null;
}

function videoPermalink(id: string, shorts: boolean): string {
  return shorts ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
}

interface TimeContext {
  lang: 'id' | 'en';
  now: number;
  zone: RelativeTimeZone;
}

/**
 * A relative time as YouTube writes it: "12 hours ago" (comment-thread-2025.txt), "1 jam yang lalu",
 * "2 minggu yang lalu" (youtube-indonesian-timeago-newpipe.txt). An edited comment's trailing
 * "(edited)" / "(diedit)" is unverified, so every parenthesised tail is dropped before reading.
 */
function readTime(text: string, tc: TimeContext): { at: number; resolutionMs: number } | null {
  const t = text.replace(/\s*\([^()]{1,30}\)\s*$/, '').trim();
  if (!t || t.length > 80) return null;
  return parseRelativeTime(t, tc.lang, tc.now, tc.zone);
}

/** The address the document shows (happy-dom and pages alike). */
function hrefOf(node: Node): string {
  return docOf(node)?.location?.href ?? '';
}

/** The page's video: from the address, and (when the page says which video it has drawn) only if they agree. */
function pageVideo(doc: Document): { id: string; shorts: boolean } | null {
  const href = hrefOf(doc);
  const id = videoIdOfUrl(href);
  if (!id) return null;
  // During an in-page navigation the address changes before the page redraws: a watch root that
  // still names the previous video means its counts are the previous video's (RYD isVideoLoaded).
  const root = doc.querySelector(SEL.watchRoot);
  if (root && attr(root, 'video-id') && attr(root, 'video-id') !== id) return null;
  return { id, shorts: (urlOf(href)?.pathname ?? '').startsWith('/shorts/') };
}

function ownerLink(meta: ParentNode): HTMLElement | null {
  for (const sel of SEL.owner) {
    const hit = Array.from(meta.querySelectorAll<HTMLElement>(sel)).find((a) => !a.closest(SEL.ownerExcluded) && handleOfHref(attr(a, 'href')));
    if (hit) return hit;
  }
  return null;
}

/** The #info row's spans (views, a separator, the date) as scrapers index them (counts-lang SOURCE 3/4). */
function infoSpans(meta: ParentNode): HTMLElement[] {
  const info = meta.querySelector(SEL.info);
  return info ? Array.from(info.children).filter((c): c is HTMLElement => c.localName === 'span') : [];
}

function identifyVideo(meta: HTMLElement, tc: TimeContext): PostIdentity | null {
  const doc = docOf(meta);
  const video = doc ? pageVideo(doc) : null;
  if (!video) return null;
  const info: PostIdentity = { element: meta, id: video.id, permalink: videoPermalink(video.id, video.shorts) };
  const owner = ownerLink(meta);
  const handle = owner ? handleOfHref(attr(owner, 'href')) : undefined;
  if (handle) {
    info.authorHandle = handle;
    info.authorName = textOf(owner) || `@${handle}`;
  }
  const spans = infoSpans(meta);
  const date = spans[2] ?? spans[spans.length - 1];
  const at = date && spans.length > 1 ? readTime(textOf(date), tc) : null;
  if (at) {
    info.postedAt = at.at;
    info.postedAtResolutionMs = at.resolutionMs;
  }
  const anchor = spans[0] ?? meta.querySelector<HTMLElement>(SEL.subscribers);
  if (anchor) info.anchor = anchor;
  return info;
}

/** A number standing alone or first in a text ("490", "1,2 rb", "12.345"). */
function firstCount(text: string, lang: string): Count | null {
  const c = parseCountDetailed(text, lang);
  return c ? toCount(c) : null;
}

/**
 * The count in a like button's aria-label. RYD reads "the digits of the aria-label"; here the
 * first number is read under the page's convention, so "12,345" (en) and "12.345" (id) are exact
 * and a compact label would stay approximate. A label with no number (an unverified wording) gives
 * null, and the drawn text is read instead.
 */
function likeOfButton(button: Element, lang: string): Count | null {
  return firstCount(attr(button, 'aria-label'), lang) ?? firstCount(textOf(button), lang);
}

/** Video counts: likes (like button), views (#info), comments (the comments header). */
export function readVideoCounts(meta: HTMLElement, lang: string): Counts {
  const counts: Counts = {};
  const doc = docOf(meta);
  const scope: ParentNode = doc ?? meta;
  const likeButton = queryFirst(meta, SEL.videoLike) ?? queryFirst(scope, SEL.videoLike) ?? scope.querySelector(SEL.videoLikeAny);
  const likes = likeButton ? likeOfButton(likeButton, lang) : null;
  if (likes) counts.likes = likes;
  const spans = infoSpans(meta);
  const viewText = spans[0] ? textOf(spans[0]) : textOf(meta.querySelector(SEL.info));
  const views = readLabelledCounts(viewText, lang, VIEW_WORDS).counts.views;
  if (views) counts.views = views;
  const header = queryFirst(scope, SEL.commentCount);
  const comments = header ? firstCount(textOf(header), lang) : null;
  if (comments) counts.replies = comments;
  return counts;
}

interface CommentRead {
  target: ReplyTarget;
}

/** One comment's id (lc=), author, time and permalink (youtube-watch-comment-thread-2025.txt). */
export function readComment(comment: Element, tc: TimeContext): CommentRead | null {
  const link = Array.from(comment.querySelectorAll<HTMLElement>(SEL.commentTime)).find((a) => a.closest(SEL.comment) === comment);
  const url = link ? urlOf(attr(link, 'href')) : null;
  const id = url?.searchParams.get('lc') ?? '';
  if (!COMMENT_ID.test(id)) return null;
  const v = url?.searchParams.get('v') ?? '';
  const target: ReplyTarget = { kind: 'comment', id };
  if (VIDEO_ID.test(v)) target.permalink = `https://www.youtube.com/watch?v=${v}&lc=${encodeURIComponent(id)}`;
  const author = Array.from(comment.querySelectorAll<HTMLElement>(SEL.author)).find((a) => a.closest(SEL.comment) === comment);
  const handle = (author ? handleOfHref(attr(author, 'href')) : undefined) ?? thumbHandle(comment);
  if (handle) {
    target.authorHandle = handle;
    target.authorName = (author ? textOf(author) : '') || `@${handle}`;
  }
  const at = link ? readTime(textOf(link), tc) : null;
  if (at) {
    target.postedAt = at.at;
    target.postedAtResolutionMs = at.resolutionMs;
  }
  return { target };
}

/**
 * The citizens' comments under the agency's own video (issue 17): each thread's top comment by
 * somebody else than an own channel, answered when a reply by an own channel is on the page. The
 * replies sit collapsed behind "9 balasan" until opened (#expander-contents hidden, a continuation
 * spinner in #contents: comment-thread-2025.txt), so a thread whose replies are not loaded counts
 * as waiting, never as answered, until the admin opens them or Pranata logged the answer.
 */
function readVideoComments(root: ParentNode, own: (h: string) => boolean, tc: TimeContext): CommentsRead {
  const doc = root.nodeType === 9 ? (root as Document) : docOf(root as Node);
  const meta = doc?.querySelector<HTMLElement>(SEL.video) ?? null;
  const video = meta ? identifyVideo(meta, tc) : null;
  if (!video?.authorHandle || !own(video.authorHandle)) return { comments: [], unreadable: 0 };
  const out: CommentInfo[] = [];
  let unreadable = 0;
  for (const thread of Array.from(root.querySelectorAll<HTMLElement>(SEL.thread))) {
    const all = Array.from(thread.querySelectorAll<HTMLElement>(SEL.comment)).filter((c) => c.closest(SEL.thread) === thread);
    const top = all.find((c) => !c.closest(SEL.replies));
    const read = top ? readComment(top, tc) : null;
    const handle = read?.target.authorHandle;
    if (!top) continue;
    // A thread whose time link lost its lc= id, or whose author link is gone: the markup changed.
    if (!read?.target.permalink || !handle) {
      unreadable++;
      continue;
    }
    if (own(handle)) continue;
    const answeredByOwn = all.some((c) => {
      if (c === top) return false;
      const by = readComment(c, tc)?.target.authorHandle;
      return by !== undefined && own(by);
    });
    const c: CommentInfo = {
      element: top,
      id: read.target.id,
      permalink: read.target.permalink,
      postId: video.id,
      postAccount: video.authorHandle,
      authorHandle: handle,
      text: textOf(Array.from(top.querySelectorAll(SEL.commentText)).find((t) => t.closest(SEL.comment) === top) ?? null).trim(),
      answeredByOwn,
    };
    if (read.target.postedAt !== undefined) c.postedAt = read.target.postedAt;
    if (read.target.postedAtResolutionMs !== undefined) c.postedAtResolutionMs = read.target.postedAtResolutionMs;
    out.push(c);
  }
  return { comments: out, unreadable };
}

function thumbHandle(comment: Element): string | undefined {
  const thumb = Array.from(comment.querySelectorAll(SEL.authorThumb)).find((b) => b.closest(SEL.comment) === comment);
  const label = attr(thumb, 'aria-label');
  return label.startsWith('@') ? handleOfHref(`/${label}`) : undefined;
}

function sendButtonOf(el: HTMLElement): HTMLElement | null {
  const box = el.closest(SEL.commentbox);
  return box ? queryFirst(box, SEL.send) : null;
}

function readComposer(el: HTMLElement, report: (p: AdapterProblem) => void, tc: TimeContext): Composer | null {
  // A box already taken off the page (a reply dialog closed after its send) no longer says what it
  // answered: without its comment around it, it would read as the top-level box of the video.
  if (!el.isConnected) return null;
  const sendButton = sendButtonOf(el);
  // A box under a comment (its reply dialog, or any commentbox inside a comment): a reply to it.
  const inReply = el.closest(SEL.replyDialog) !== null;
  const comment = el.closest(SEL.comment);
  if (inReply || (comment && !el.closest(SEL.topLevel))) {
    const read = comment ? readComment(comment, tc) : null;
    if (!read) report({ code: 'target-not-found', area: 'comment-target', detail: comment ? 'reply box under a comment without an lc= link' : 'reply box outside a comment' });
    return { element: el, editor: 'contenteditable', kind: 'comment-reply', target: read?.target ?? null, sendButton };
  }
  // The top-level box answers the video.
  const doc = docOf(el);
  const meta = doc?.querySelector<HTMLElement>(SEL.video) ?? null;
  const video = meta ? identifyVideo(meta, tc) : null;
  if (video) return { element: el, editor: 'contenteditable', kind: 'reply', target: postTarget(video), sendButton };
  const bare = doc ? pageVideo(doc) : null;
  if (!bare) report({ code: 'target-not-found', area: 'composer-target', detail: 'comment box without the video it answers' });
  const target: ReplyTarget | null = bare ? { kind: 'post', id: bare.id, permalink: videoPermalink(bare.id, bare.shorts) } : null;
  return { element: el, editor: 'contenteditable', kind: 'reply', target, sendButton };
}

export function createYouTubeAdapter(clock: AdapterClock = SYSTEM_CLOCK): PlatformAdapter {
  return defineAdapter<TimeContext>({
    id: 'youtube',
    // Page changes inside the app (RYD: window "yt-navigate-finish", capture; youtube-watch-likebutton-navigation-ryd.txt).
    navigationEvent: 'yt-navigate-finish',
    context: (root) => ({ lang: langOfDoc(docOf(root)), now: clock.now(), zone: clock.zone() }),
    editors: (root) => queryAllUnion(root, SEL.editor),
    readComposer,
    composerProblems: ({ root, composers }, report) => {
      // A comment box with a send button but no editor we know: the editor's markup changed.
      const boxes = Array.from(root.querySelectorAll(SEL.commentbox)).filter((b) => queryFirst(b, SEL.send) && !composers.some((c) => b.contains(c.element)));
      if (boxes.length > 0) report({ code: 'composer-not-found', area: 'composer', detail: `${boxes.length} comment boxes without a known editor` });
    },
    editorOf: (el) => el.closest<HTMLElement>(SEL.editor.join(', ')),
    unrecognised: (el, editor, report) => {
      if (!editor && isEditable(el) && el.closest(SEL.commentbox)) report({ code: 'composer-not-found', area: 'composer', detail: 'focused box in a comment box not recognised' });
    },
    posts: (root, tc) => {
      const doc = root.nodeType === 9 ? (root as Document) : docOf(root as Node);
      if (!doc || !videoIdOfUrl(hrefOf(doc))) return null;
      let unowned = 0;
      return {
        elements: queryAllUnion(root, [SEL.video]).slice(0, 1),
        identify: (m: HTMLElement): PostIdentity | null => {
          const id = identifyVideo(m, tc);
          if (id && !id.authorHandle) unowned++;
          return id;
        },
        counts: (m) => readVideoCounts(m, tc.lang),
        check: (r, report) => {
          // Without the channel's handle no video is ever the agency's: its snapshots would stop unseen.
          if (unowned > 0) report({ code: 'post-not-found', area: 'post-author', detail: 'video without its channel handle' });
          if (r.read > 0 && r.withCounts === 0) report({ code: 'counts-not-found', area: 'post-counts', detail: 'video without counts' });
        },
      };
    },
    comments: (root, own, _report, tc) => readVideoComments(root, own, tc),
    readProfile: (doc, report) => {
      // On a watch page the owner's subscribers sit under the channel name: the channel's "profile".
      const video = pageVideo(doc);
      const meta = doc.querySelector<HTMLElement>(SEL.video);
      if (!video || !meta) return null;
      const owner = ownerLink(meta);
      const handle = owner ? handleOfHref(attr(owner, 'href')) : undefined;
      if (!handle) return null;
      const sub = meta.querySelector(SEL.subscribers);
      const text = textOf(sub);
      const c = readLabelledCounts(text, langOfDoc(doc), SUBSCRIBER_WORDS).counts.followers ?? (text ? firstCount(text, langOfDoc(doc)) : null);
      if (c) return { handle, counts: { followers: c } };
      // "Subscriber disembunyikan" (hidden by the channel, ui-strings SOURCE 6) is not a problem.
      if (sub && !/\d/.test(text)) return null;
      report({ code: 'counts-not-found', area: 'profile-followers', detail: sub ? 'subscriber count not readable' : 'watch page without #owner-sub-count' });
      return null;
    },
  });
}
