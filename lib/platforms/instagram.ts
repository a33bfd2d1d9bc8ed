import type { Count, Counts } from '@/lib/schemas/snapshot';
import { parseRelativeTime, SYSTEM_CLOCK, type AdapterClock, type RelativeTimeZone } from './relative-time';
import { parseCountDetailed, readLabelledCounts, toCount, type CountWords } from './counts';
import type { AdapterProblem, CommentInfo, CommentsRead, Composer, PlatformAdapter, ReplyTarget } from './types';
import { ownPostComments, postTarget, type PostIdentity } from './read-posts';
import { defineAdapter } from './define-adapter';
import {
  attr,
  docOf,
  hasPhrase,
  isEditable,
  langOfDoc,
  normWords,
  parseDateTime,
  pathOf,
  precedes,
  queryAllUnion,
  queryFirst,
  textOf,
} from './dom';

/**
 * Instagram (www.instagram.com). No saved page of Instagram exists; every selector and UI word
 * cites the file under ../shared/fixtures/real/ it rests on, or says "unverified" (EVIDENCE.md
 * holds them against the sources). Unverified words have a word-free rule next to them.
 */

const SEL = {
  post: [
    // Feed post and the pop-up post (article[role=presentation], instagram-queries-browsertrix-behaviors.ts).
    'article',
  ],
  // The single-page post /p/<code>/ has no article: the main column (browsertrix PageQ "//main//hr/…").
  main: 'main[role="main"], main',
  dialog: '[role="dialog"]', // the post dialog opened from a profile grid
  composer: [
    // textarea[aria-label="Tambahkan komentar…"] / "Add a comment…" (licomApp 2024-10; id 36145479845).
    'textarea[aria-label]',
    'textarea[placeholder]', // the same box if the label goes (LCR engine: textarea[placeholder*="komentar" i])
    // The caption box is a Lexical div[role=textbox] (id 33396546251); the reels box: unverified.
    'div[role="textbox"][contenteditable="true"]',
  ],
  // The like count links to the likers list (id 2505242821) — not always (id 57028565410), see likeNeighbourCount.
  likedBy: 'a[href$="/liked_by/"]',
  // The like control: svg[aria-label="Like"|"Suka"] inside a role=button (LCR engine id 53352863709; id 28600977977).
  likeIcon: 'svg[aria-label="Like"], svg[aria-label="Suka"], svg[aria-label="Unlike"], svg[aria-label="Tidak Suka"]',
  // A comment's permalink /p/<code>/c/<id>/ holds its time (id 71123416993: 'a[href*="/c/"] time[datetime]').
  commentLink: 'a[href*="/c/"]',
  profileHeader: 'header', // postUsernameLink 'header a[href^="/"]' (search hit in EVIDENCE.md)
} as const;

/** "Add a comment…" / "Tambahkan komentar…" (licomApp; id 36145479845, U+2026). */
const COMMENT_BOX_WORDS = ['Add a comment', 'Tambahkan komentar'];
/** "Write a caption..." (id 33396546251); "Tulis keterangan": unverified. */
const CAPTION_BOX_WORDS = ['Write a caption', 'Tulis keterangan'];
/**
 * The send control's text: "Post" / "Kirim" (LCR engine /^(Post|Kirim)$/, id 53352863709; instafn's
 * copy of the bar, id 6161833609). "posting", "bagikan", "share": unverified. Without a known word
 * the last button after the box in its own bar is taken (sendButtonOf).
 */
const SEND_WORDS = ['post', 'kirim', 'posting', 'bagikan', 'share'];

/**
 * Count words. "likes" / "suka" (clones only, weak), "comments" / "komentar", views: unverified.
 * The like control's neighbourhood (likeNeighbourCount) needs no word.
 */
export const INSTAGRAM_COUNT_WORDS: readonly CountWords[] = [
  { metric: 'likes', after: ['likes', 'like', 'suka'] },
  { metric: 'replies', after: ['comments', 'comment', 'komentar'] },
  { metric: 'views', after: ['views', 'view', 'plays', 'tayangan', 'kali diputar'] },
];
/** "916 pengikut" (research note idx71203073652, weak); the exact count is read from span[title] first. */
const FOLLOWER_WORDS: readonly CountWords[] = [{ metric: 'followers', after: ['followers', 'follower', 'pengikut'] }];
/** What Instagram shows instead of a count when nobody liked the post yet (clones only: unverified). */
const NO_LIKES_WORDS = ['Be the first to like this', 'Jadilah yang pertama menyukai ini'];
/** Every phrase this adapter reads, for the words a page capture keeps (lib/capture/ui-words.ts). */
export const INSTAGRAM_UI_PHRASES: readonly string[] = [
  ...COMMENT_BOX_WORDS, ...CAPTION_BOX_WORDS, ...SEND_WORDS, ...NO_LIKES_WORDS,
  ...FOLLOWER_WORDS.flatMap((r) => [...(r.before ?? []), ...(r.after ?? [])]),
];

/** Post text (captions are h1 on post pages), comment lists and editors are not the counts. */
const NOT_COUNTS = 'h1, ul, li, form, textarea, [role="textbox"], [role="dialog"]';

const RESERVED_PATHS = new Set([
  'p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer', 'tv',
  'challenge', 'emails', 'session', 'web', 'api', 'graphql', 'static', 'privacy', 'terms', 'help', 'ads',
]);
const PROFILE_TABS = new Set(['reels', 'tagged', 'saved', 'igtv', 'guides', 'channel', 'followers', 'following']);

const POST_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reels?|tv)\/([A-Za-z0-9_-]{5,40})\/?$/;
const COMMENT_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reels?)\/([A-Za-z0-9_-]{5,40})\/c\/(\d{5,30})(?:\/r\/(\d{5,30}))?\/?$/;
const HANDLE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
/** "Balas" puts "@handle " in the box: unverified (EVIDENCE.md NOT FOUND); without it the box answers the post. */
const MENTION = /^@([A-Za-z0-9._]{1,30})\b/;

function pathOfHref(href: string): string {
  try {
    return new URL(href, 'https://www.instagram.com').pathname;
  } catch {
    return '';
  }
}

interface PostRef {
  id: string;
  permalink: string;
}

function refOfPath(path: string): PostRef | null {
  const m = POST_PATH.exec(path);
  if (!m?.[1] || !m[2]) return null;
  const kind = m[1] === 'p' ? 'p' : m[1] === 'tv' ? 'tv' : 'reel';
  return { id: m[2], permalink: `https://www.instagram.com/${kind}/${m[2]}/` };
}

/** A profile link's handle (lower case), when the link is one. */
function handleOfHref(href: string): string | undefined {
  const m = HANDLE_PATH.exec(pathOfHref(href));
  const h = m?.[1]?.toLowerCase();
  return h && !RESERVED_PATHS.has(h) ? h : undefined;
}

function insideAny(el: Element, owner: Element, selector: string): boolean {
  for (let p = el.parentElement; p && p !== owner; p = p.parentElement) if (p.matches(selector)) return true;
  return false;
}

/** The post's own link (the one holding its time, not a comment's), else the address of a post page. */
interface ReadTime {
  at: number;
  resolutionMs?: number;
}

/** A link's time: its time[datetime] (tool consensus), else its text read as a relative time ("2 j", "5 mnt"). */
function linkTime(a: Element, tc: TimeContext): ReadTime | null {
  const time = a.querySelector('time[datetime]');
  const exact = parseDateTime(time?.getAttribute('datetime'));
  if (exact !== undefined) return { at: exact };
  const text = textOf(time ?? a);
  if (!text || text.length > 60) return null;
  const rel = parseRelativeTime(text, tc.lang, tc.now, tc.zone);
  return rel ? { at: rel.at, resolutionMs: rel.resolutionMs } : null;
}

interface TimeContext {
  lang: 'id' | 'en';
  now: number;
  zone: RelativeTimeZone;
}

function readPostRef(container: HTMLElement, tc: TimeContext): { ref: PostRef; postedAt?: ReadTime; anchor?: HTMLElement } | null {
  // On a post page the address names the post (the column also links to other posts).
  const fromPath = container.matches(SEL.main) ? refOfPath(pathOf(container)) : null;
  let fallback: PostRef | null = null;
  for (const a of Array.from(container.querySelectorAll<HTMLElement>('a[href]'))) {
    const ref = refOfPath(pathOfHref(attr(a, 'href')));
    if (!ref || (fromPath && ref.id !== fromPath.id)) continue;
    const at = linkTime(a, tc);
    if (at) return { ref, postedAt: at, anchor: a };
    fallback ??= ref;
  }
  const ref = fromPath ?? fallback;
  return ref ? { ref } : null;
}

function readAuthor(container: HTMLElement): { name?: string; handle?: string } {
  for (const a of Array.from(container.querySelectorAll<HTMLElement>('a[href]'))) {
    if (insideAny(a, container, 'ul, li, h1')) continue;
    const handle = handleOfHref(attr(a, 'href'));
    const name = textOf(a);
    if (handle && name) return { name, handle };
  }
  return {};
}

/**
 * The like count drawn next to the like control, with or without a word: the control's own text
 * ("button span span") or the first thing after it ("section span[class*=html-span]", id 57028565410,
 * which reads it there before the liked_by link). A number only, and only if nothing else (another
 * control) comes first.
 */
function likeNeighbourCount(container: HTMLElement, lang: string): Count | null {
  const icon = Array.from(container.querySelectorAll(SEL.likeIcon)).find((i) => !insideAny(i, container, 'ul, li, [role="dialog"]'));
  const control = icon?.closest<HTMLElement>('[role="button"], button') ?? null;
  if (!control || !container.contains(control)) return null;
  const own = countOnly(textOf(control), lang);
  if (own) return own;
  for (let p: HTMLElement | null = control, i = 0; p && p !== container && i < 3; p = p.parentElement, i++) {
    const next = p.nextElementSibling;
    if (!next) continue;
    if (next.querySelector('svg[aria-label], [role="button"] svg')) return null; // the next control: no count here
    return countOnly(textOf(next), lang) ?? (textOf(next) === '' ? null : readLabelledCounts(textOf(next), lang, INSTAGRAM_COUNT_WORDS).counts.likes ?? null);
  }
  return null;
}

/** A text that is just a number ("1.234", "12,5 rb", "1.2M"): a count without its word. */
function countOnly(text: string, lang: string): Count | null {
  const t = text.trim();
  if (!t || t.length > 16 || !/^\d/.test(t)) return null;
  const c = parseCountDetailed(t, lang);
  return c ? toCount(c) : null;
}

/**
 * Counts of a post: the liked-by link, then the number next to the like control, then the post's
 * own text ("1.234 suka", "View all 56 comments").
 */
export function readInstagramCounts(container: HTMLElement, lang: string): Counts {
  const counts: Counts = {};
  const liked = Array.from(container.querySelectorAll(SEL.likedBy)).find((a) => !insideAny(a, container, 'ul, li, [role="dialog"]'));
  const likedCounts = liked ? readLabelledCounts(textOf(liked), lang, INSTAGRAM_COUNT_WORDS).counts : {};
  if (likedCounts.likes) counts.likes = likedCounts.likes;
  if (!counts.likes) {
    const near = likeNeighbourCount(container, lang);
    if (near) counts.likes = near;
  }
  const text = textOf(container, NOT_COUNTS, 6000);
  for (const [metric, c] of Object.entries(readLabelledCounts(text, lang, INSTAGRAM_COUNT_WORDS).counts)) {
    const key = metric as keyof Counts;
    if (!counts[key]) counts[key] = c;
  }
  if (!counts.likes && hasPhrase(text, NO_LIKES_WORDS)) counts.likes = { value: 0, exact: true };
  return counts;
}

/**
 * Posts: feed and dialog articles, and on a post page (/p/<code>/) the main column itself.
 * A post-page column that also holds articles (suggested posts) is not itself taken as one.
 */
function postsIn(root: ParentNode): HTMLElement[] {
  const posts = queryAllUnion(root, SEL.post).filter((a) => a.querySelector('a[href*="/p/"], a[href*="/reel/"], a[href*="/reels/"], a[href*="/tv/"]'));
  const doc = root.nodeType === 9 ? (root as Document) : null;
  if (doc && refOfPath(pathOf(doc)) && !doc.querySelector(`${SEL.dialog} article`)) {
    const main = doc.querySelector<HTMLElement>(SEL.main);
    if (main && !posts.some((p) => main.contains(p))) posts.unshift(main);
  }
  return posts;
}

/** A post's id, author and time: everything but its counts. */
function identifyPost(container: HTMLElement, tc: TimeContext): PostIdentity | null {
  const r = readPostRef(container, tc);
  if (!r) return null;
  const info: PostIdentity = { element: container, id: r.ref.id, permalink: r.ref.permalink };
  const author = readAuthor(container);
  if (author.name) info.authorName = author.name;
  if (author.handle) info.authorHandle = author.handle;
  if (r.postedAt) {
    info.postedAt = r.postedAt.at;
    if (r.postedAt.resolutionMs !== undefined) info.postedAtResolutionMs = r.postedAt.resolutionMs;
  }
  if (r.anchor) info.anchor = r.anchor;
  return info;
}

/** The post a comment box belongs to: its article, the dialog's article, or the page's main column. */
function containerOf(el: Element): HTMLElement | null {
  const article = el.closest<HTMLElement>('article');
  if (article) return article;
  const dialogArticle = el.closest(SEL.dialog)?.querySelector<HTMLElement>('article');
  if (dialogArticle) return dialogArticle;
  const main = el.closest<HTMLElement>(SEL.main);
  return main && refOfPath(pathOf(el)) ? main : null;
}

interface CommentItem {
  root: HTMLElement;
  target: ReplyTarget;
}

/** Comments of a post, from their permalinks /p/<code>/c/<id>/ (author link and time next to it). */
function commentsIn(container: HTMLElement, tc: TimeContext, misses?: { unreadable: number }): CommentItem[] {
  const out: CommentItem[] = [];
  for (const link of Array.from(container.querySelectorAll<HTMLElement>(SEL.commentLink))) {
    const m = COMMENT_PATH.exec(pathOfHref(attr(link, 'href')));
    if (!m?.[1] || !m[2]) continue;
    let root: HTMLElement | null = link.closest('li');
    for (let p = link.parentElement, i = 0; !root && p && p !== container && i < 6; p = p.parentElement, i++) {
      if (Array.from(p.querySelectorAll('a[href]')).some((a) => handleOfHref(attr(a, 'href')) && textOf(a))) root = p;
    }
    if (!root) {
      // A comment's permalink with no author link around it: the markup changed.
      if (misses) misses.unreadable++;
      continue;
    }
    const authorLink = Array.from(root.querySelectorAll<HTMLElement>('a[href]')).find((a) => handleOfHref(attr(a, 'href')) && textOf(a));
    const id = m[3] ?? m[2];
    const target: ReplyTarget = { kind: 'comment', id, permalink: `https://www.instagram.com/p/${m[1]}/c/${m[2]}/${m[3] ? `r/${m[3]}/` : ''}` };
    const handle = authorLink ? handleOfHref(attr(authorLink, 'href')) : undefined;
    if (handle) {
      target.authorHandle = handle;
      target.authorName = textOf(authorLink);
    }
    const at = linkTime(link, tc);
    if (at) {
      target.postedAt = at.at;
      if (at.resolutionMs !== undefined) target.postedAtResolutionMs = at.resolutionMs;
    }
    out.push({ root, target });
  }
  return out;
}

/**
 * Citizens' comments under one own post (issue 17). Top-level comments link to /p/<code>/c/<id>/,
 * replies to /c/<id>/r/<reply id>/ (instagram-id-selectors-multi.txt); a reply by an own handle
 * answers the comment whose id its link names. Replies are not queued themselves.
 */
function readPostComments(container: HTMLElement, identity: PostIdentity, tc: TimeContext, own: (h: string) => boolean): CommentsRead {
  const misses = { unreadable: 0 };
  const items = commentsIn(container, tc, misses);
  const answered = new Set<string>();
  const lastBy = new Map<string, string>();
  for (const { root, target } of items) {
    const handle = target.authorHandle;
    if (!handle) continue;
    if (own(handle)) {
      const reply = /\/c\/(\d+)\/r\//.exec(target.permalink ?? '');
      if (reply?.[1]) answered.add(reply[1]);
      // Instagram's "Reply" starts the answer with "@handle " (the palette's reply target rule
      // above): it answers that person's latest comment before it.
      const mention = /^@([a-z0-9._]{1,30})\b/i.exec(textOf(root, 'a, time, button, [role="button"]').trim());
      const answeredId = mention?.[1] ? lastBy.get(mention[1].toLowerCase()) : undefined;
      if (answeredId) answered.add(answeredId);
    } else if (!(target.permalink ?? '').includes('/r/')) {
      lastBy.set(handle, target.id);
    }
  }
  const out: CommentInfo[] = [];
  const seen = new Set<string>();
  for (const { root, target } of items) {
    const handle = target.authorHandle;
    if (!handle) {
      misses.unreadable++;
      continue;
    }
    if (own(handle) || !target.permalink || target.permalink.includes('/r/') || seen.has(target.id)) continue;
    seen.add(target.id);
    const c: CommentInfo = {
      element: root,
      id: target.id,
      permalink: target.permalink,
      postId: identity.id,
      postAccount: identity.authorHandle ?? '',
      authorHandle: handle,
      // The comment's words: its text without the author link, the time and the buttons.
      text: textOf(root, 'a, time, button, [role="button"], ul').trim(),
      answeredByOwn: answered.has(target.id),
    };
    if (target.postedAt !== undefined) c.postedAt = target.postedAt;
    if (target.postedAtResolutionMs !== undefined) c.postedAtResolutionMs = target.postedAtResolutionMs;
    out.push(c);
  }
  return { comments: out, unreadable: misses.unreadable };
}

function boxText(el: HTMLElement): string {
  return el.localName === 'textarea' ? ((el as HTMLTextAreaElement).value ?? '') : textOf(el);
}

function boxLabel(el: HTMLElement): string {
  return attr(el, 'aria-label') || attr(el, 'placeholder') || attr(el, 'aria-placeholder');
}

/**
 * The box's own bar: its form when there is one (older markup), else the largest ancestor (a few
 * levels) holding no other box, no article, no list (comments) and no heading — the bar may no
 * longer be a <form> (EVIDENCE.md: NOT FOUND; instafn re-creates it as textarea + div[role=button]).
 */
function composerBar(el: HTMLElement): HTMLElement | null {
  const form = el.closest<HTMLElement>('form');
  if (form) return form;
  let bar: HTMLElement | null = null;
  for (let p = el.parentElement, i = 0; p && i < 6; p = p.parentElement, i++) {
    if (p.matches('article, main, [role="dialog"], ul, li') || p.querySelector('article, ul, li, h1, h2, time, a[href*="/p/"], a[href*="/reel/"]')) break;
    if (Array.from(p.querySelectorAll(SEL.composer.join(', '))).some((e) => e !== el)) break;
    bar = p;
  }
  return bar;
}

/**
 * The box's send control: the form's submit; else a "Post"/"Kirim" button of its bar; else,
 * whatever it says, the last button after the box in its bar (the emoji button comes first).
 */
function sendButtonOf(el: HTMLElement): HTMLElement | null {
  const scope = composerBar(el);
  if (!scope) return null;
  const submit = scope.querySelector<HTMLElement>('button[type="submit"]');
  if (submit) return submit;
  const controls = Array.from(scope.querySelectorAll<HTMLElement>('button, [role="button"]')).filter((b) => !el.contains(b) && !b.contains(el));
  const worded = controls.find((b) => SEND_WORDS.includes(normWords(textOf(b))));
  if (worded) return worded;
  const after = controls.filter((b) => precedes(el, b) && !b.hasAttribute('aria-haspopup'));
  return after[after.length - 1] ?? null;
}

function readComposer(el: HTMLElement, report: (p: AdapterProblem) => void, tc: TimeContext): Composer | null {
  const label = boxLabel(el);
  const isCaption = hasPhrase(label, CAPTION_BOX_WORDS, 'start');
  const isComment = !isCaption && hasPhrase(label, COMMENT_BOX_WORDS, 'start');
  if (!isCaption && !isComment) return null; // direct messages, search and other boxes are not ours
  const editor = el.localName === 'textarea' ? 'textarea' : el.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable';
  const sendButton = sendButtonOf(el);
  if (isCaption) return { element: el, editor, kind: 'new-post', target: null, sendButton };

  const container = containerOf(el);
  // Instagram's "Reply" puts "@handle " in the box: the answered comment is that person's.
  const mention = MENTION.exec(boxText(el).trim())?.[1]?.toLowerCase();
  if (mention && container) {
    const comments = commentsIn(container, tc);
    const hit = comments.filter((c) => c.target.authorHandle === mention).pop();
    if (hit) return { element: el, editor, kind: 'comment-reply', target: hit.target, sendButton };
    // A mention while no comment at all is recognisable: the comments' markup changed.
    if (comments.length === 0 && container.querySelector('li, [role="button"] h3')) {
      report({ code: 'target-not-found', area: 'comment-target', detail: 'reply box with a mention, no comment recognised' });
    }
  }
  const info = container ? identifyPost(container, tc) : null;
  if (!info) report({ code: 'target-not-found', area: 'composer-target', detail: 'comment box without the post it answers' });
  return { element: el, editor, kind: 'reply', target: info ? postTarget(info) : null, sendButton };
}

function profileHandleOf(doc: Document): string | null {
  const seg = pathOf(doc).split('/').filter(Boolean);
  const first = seg[0];
  if (!first || seg.length > 2 || RESERVED_PATHS.has(first.toLowerCase())) return null;
  if (seg.length === 2 && !PROFILE_TABS.has(seg[1] ?? '')) return null;
  return /^[A-Za-z0-9._]{1,30}$/.test(first) ? first.toLowerCase() : null;
}

export function createInstagramAdapter(clock: AdapterClock = SYSTEM_CLOCK): PlatformAdapter {
  return defineAdapter<TimeContext>({
    id: 'instagram',
    context: (root) => ({ lang: langOfDoc(docOf(root)), now: clock.now(), zone: clock.zone() }),
    editors: (root) => queryAllUnion(root, SEL.composer),
    readComposer,
    composerProblems: ({ missed }, report) => {
      // A box under a post, with a send button, whose words we do not know: the label changed.
      const unknownInPost = missed.filter((el) => containerOf(el) && sendButtonOf(el)).length;
      if (unknownInPost > 0) report({ code: 'composer-not-found', area: 'composer', detail: `${unknownInPost} comment boxes not recognised` });
    },
    editorOf: (el) => el.closest<HTMLElement>(SEL.composer.join(', ')),
    unrecognised: (el, box, report) => {
      const host = box ?? (isEditable(el) ? (el as HTMLElement) : null);
      if (host && containerOf(host) && sendButtonOf(host)) {
        report({ code: 'composer-not-found', area: 'composer', detail: 'focused box under a post not recognised' });
      }
    },
    posts: (root, tc) => {
      const posts = postsIn(root);
      return {
        elements: posts,
        identify: (p) => identifyPost(p, tc),
        counts: (p) => readInstagramCounts(p, tc.lang),
        check: (r, report) => {
          const untimed = r.posts.filter((p) => p.postedAt === undefined).length;
          if (untimed > 0) report({ code: 'time-not-found', area: 'post-time', detail: `${untimed} of ${r.posts.length} posts without a readable time` });
          if (r.read > 0 && r.withCounts === 0) report({ code: 'counts-not-found', area: 'post-counts', detail: `${r.read} posts, none with counts` });
          if (posts.length > 0 && r.unidentified === posts.length) report({ code: 'post-not-found', area: 'post-id', detail: `${posts.length} posts without a permalink` });
        },
      };
    },
    comments: (root, own, _report, tc): CommentsRead =>
      ownPostComments(postsIn(root), (post) => identifyPost(post, tc), (post, identity) => readPostComments(post, identity, tc, own), own),
    readProfile: (doc, report) => {
      const handle = profileHandleOf(doc);
      if (!handle) return null;
      const lang = langOfDoc(doc);
      const wanted = `/${handle}/followers/`;
      const links = Array.from(doc.querySelectorAll<HTMLElement>('a[href*="/followers"]')).filter(
        (a) => `${pathOfHref(attr(a, 'href')).toLowerCase().replace(/\/?$/, '/')}` === wanted && !a.closest(SEL.dialog),
      );
      for (const a of links) {
        // The shown number is compact ("12,3 rb"); its title attribute holds the exact one ("12.345").
        // a[href*="/followers/"] span[title] (id 60921443577, id 70344369592). The title's grouping in the id UI ("12.345" or "12,345") is unverified: it is read with the page language's grouping, and a title that does not read as an exact count falls through to the text.
        const titled = a.querySelector('[title]');
        const exact = titled ? parseCountDetailed(attr(titled, 'title'), lang) : null;
        if (exact?.exact) return { handle, counts: { followers: toCount(exact) } };
        const c = readLabelledCounts(textOf(a), lang, FOLLOWER_WORDS).counts.followers;
        if (c) return { handle, counts: { followers: c } };
      }
      const header = queryFirst(doc, [SEL.profileHeader]);
      const c = header ? readLabelledCounts(textOf(header), lang, FOLLOWER_WORDS).counts.followers : undefined;
      if (c) return { handle, counts: { followers: c } };
      if (header) report({ code: 'counts-not-found', area: 'profile-followers', detail: 'profile header without a follower count' });
      return null;
    },
  });
}
