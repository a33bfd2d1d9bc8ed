import type { Counts } from '@/lib/schemas/snapshot';
import { PLATFORM_HOSTS } from './hosts';
import { parseCountDetailed, readLabelledCounts, toCount, type CountWords } from './counts';
import type { AdapterProblem, Composer, PlatformAdapter, PostInfo, ProfileInfo, ReplyTarget } from './types';
import { postTarget, readPosts, type PostIdentity, type WantedAuthor } from './read-posts';
import {
  attempt,
  attr,
  docOf,
  hasPhrase,
  isEditable,
  langOfDoc,
  normWords,
  parseDateTime,
  pathOf,
  queryAllUnion,
  queryFirst,
  textOf,
  ProblemLog,
} from './dom';

/**
 * Instagram (www.instagram.com). No saved page of ours: the markup follows PLATFORMS.md and
 * other open-source tools' selector notes (see tests/fixtures/platforms/README.md).
 */

const SEL = {
  post: [
    'article', // a post in the home feed and in the post dialog
  ],
  main: 'main[role="main"], main', // the page's main column: the post itself on /p/<code>/ pages
  dialog: '[role="dialog"]', // the post dialog opened from a profile grid
  composer: [
    'textarea[aria-label]', // the React-controlled comment box ("Add a comment…")
    'textarea[placeholder]', // the same box if the label goes
    'div[role="textbox"][contenteditable="true"]', // the newer box on reels, and the caption box of a new post
  ],
  likedBy: 'a[href$="/liked_by/"]', // the like count links to the likers list
  commentLink: 'a[href*="/c/"]', // a comment's permalink /p/<code>/c/<id>/ (holds its time)
  profileHeader: 'header', // the profile header (handle, counts)
} as const;

const COMMENT_BOX_WORDS = ['Add a comment', 'Tambahkan komentar'];
const CAPTION_BOX_WORDS = ['Write a caption', 'Tulis keterangan'];
const SEND_WORDS = ['post', 'kirim', 'posting', 'bagikan', 'share'];

export const INSTAGRAM_COUNT_WORDS: readonly CountWords[] = [
  { metric: 'likes', after: ['likes', 'like', 'suka'] },
  { metric: 'replies', after: ['comments', 'comment', 'komentar'] },
  { metric: 'views', after: ['views', 'view', 'plays', 'tayangan', 'kali diputar'] },
];
const FOLLOWER_WORDS: readonly CountWords[] = [{ metric: 'followers', after: ['followers', 'follower', 'pengikut'] }];
/** What Instagram shows instead of a count when nobody liked the post yet. */
const NO_LIKES_WORDS = ['Be the first to like this', 'Jadilah yang pertama menyukai ini'];

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
function readPostRef(container: HTMLElement): { ref: PostRef; postedAt?: number; anchor?: HTMLElement } | null {
  // On a post page the address names the post (the column also links to other posts).
  const fromPath = container.matches(SEL.main) ? refOfPath(pathOf(container)) : null;
  let fallback: PostRef | null = null;
  for (const a of Array.from(container.querySelectorAll<HTMLElement>('a[href]'))) {
    const ref = refOfPath(pathOfHref(attr(a, 'href')));
    if (!ref || (fromPath && ref.id !== fromPath.id)) continue;
    const time = a.querySelector('time[datetime]');
    if (time) return { ref, postedAt: parseDateTime(time.getAttribute('datetime')), anchor: a };
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

/** Counts of a post: the liked-by link, then the post's own text ("1.234 suka", "View all 56 comments"). */
export function readInstagramCounts(container: HTMLElement, lang: string): Counts {
  const counts: Counts = {};
  const liked = Array.from(container.querySelectorAll(SEL.likedBy)).find((a) => !insideAny(a, container, 'ul, li, [role="dialog"]'));
  const likedCounts = liked ? readLabelledCounts(textOf(liked), lang, INSTAGRAM_COUNT_WORDS).counts : {};
  if (likedCounts.likes) counts.likes = likedCounts.likes;
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
function identifyPost(container: HTMLElement): PostIdentity | null {
  const r = readPostRef(container);
  if (!r) return null;
  const info: PostIdentity = { element: container, id: r.ref.id, permalink: r.ref.permalink };
  const author = readAuthor(container);
  if (author.name) info.authorName = author.name;
  if (author.handle) info.authorHandle = author.handle;
  if (r.postedAt !== undefined) info.postedAt = r.postedAt;
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
function commentsIn(container: HTMLElement): CommentItem[] {
  const out: CommentItem[] = [];
  for (const link of Array.from(container.querySelectorAll<HTMLElement>(SEL.commentLink))) {
    const m = COMMENT_PATH.exec(pathOfHref(attr(link, 'href')));
    if (!m?.[1] || !m[2]) continue;
    let root: HTMLElement | null = link.closest('li');
    for (let p = link.parentElement, i = 0; !root && p && p !== container && i < 6; p = p.parentElement, i++) {
      if (Array.from(p.querySelectorAll('a[href]')).some((a) => handleOfHref(attr(a, 'href')) && textOf(a))) root = p;
    }
    if (!root) continue;
    const authorLink = Array.from(root.querySelectorAll<HTMLElement>('a[href]')).find((a) => handleOfHref(attr(a, 'href')) && textOf(a));
    const id = m[3] ?? m[2];
    const target: ReplyTarget = { kind: 'comment', id, permalink: `https://www.instagram.com/p/${m[1]}/c/${m[2]}/${m[3] ? `r/${m[3]}/` : ''}` };
    const handle = authorLink ? handleOfHref(attr(authorLink, 'href')) : undefined;
    if (handle) {
      target.authorHandle = handle;
      target.authorName = textOf(authorLink);
    }
    const at = parseDateTime(link.querySelector('time')?.getAttribute('datetime'));
    if (at !== undefined) target.postedAt = at;
    out.push({ root, target });
  }
  return out;
}

function boxText(el: HTMLElement): string {
  return el.localName === 'textarea' ? ((el as HTMLTextAreaElement).value ?? '') : textOf(el);
}

function boxLabel(el: HTMLElement): string {
  return attr(el, 'aria-label') || attr(el, 'placeholder') || attr(el, 'aria-placeholder');
}

/** The box's send button: the form's submit, else a "Post"/"Kirim" button next to the box. */
function sendButtonOf(el: HTMLElement): HTMLElement | null {
  const scope = el.closest('form') ?? el.parentElement?.parentElement ?? null;
  if (!scope) return null;
  const submit = scope.querySelector<HTMLElement>('button[type="submit"]');
  if (submit) return submit;
  return Array.from(scope.querySelectorAll<HTMLElement>('button, [role="button"]')).find((b) => SEND_WORDS.includes(normWords(textOf(b)))) ?? null;
}

function readComposer(el: HTMLElement, report: (p: AdapterProblem) => void): Composer | null {
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
    const comments = commentsIn(container);
    const hit = comments.filter((c) => c.target.authorHandle === mention).pop();
    if (hit) return { element: el, editor, kind: 'comment-reply', target: hit.target, sendButton };
    // A mention while no comment at all is recognisable: the comments' markup changed.
    if (comments.length === 0 && container.querySelector('li, [role="button"] h3')) {
      report({ code: 'target-not-found', area: 'comment-target', detail: 'reply box with a mention, no comment recognised' });
    }
  }
  const info = container ? identifyPost(container) : null;
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

export function createInstagramAdapter(): PlatformAdapter {
  const log = new ProblemLog();

  const findEditors = (root: ParentNode): HTMLElement[] => queryAllUnion(root, SEL.composer);

  const findComposers = (root: ParentNode): Composer[] =>
    log.run('findComposers', 'composer-not-found', [], (report) => {
      const out: Composer[] = [];
      let unknownInPost = 0;
      for (const el of findEditors(root)) {
        const c = attempt(() => readComposer(el, report), null, (m) => report({ code: 'composer-not-found', area: 'composer', detail: m }));
        if (c) out.push(c);
        else if (containerOf(el) && sendButtonOf(el)) unknownInPost++;
      }
      // A box under a post, with a send button, whose words we do not know: the label changed.
      if (unknownInPost > 0) report({ code: 'composer-not-found', area: 'composer', detail: `${unknownInPost} comment boxes not recognised` });
      return out;
    });

  const composerFor = (el: Element): Composer | null =>
    log.run('composerFor', 'composer-not-found', null, (report) => {
      const box = el.closest<HTMLElement>(SEL.composer.join(', '));
      const c = box ? readComposer(box, report) : null;
      if (c) return c;
      const host = box ?? (isEditable(el) ? (el as HTMLElement) : null);
      if (host && containerOf(host) && sendButtonOf(host)) {
        report({ code: 'composer-not-found', area: 'composer', detail: 'focused box under a post not recognised' });
      }
      return null;
    });

  const findPosts = (root: ParentNode, wanted?: WantedAuthor): PostInfo[] =>
    log.run('findPosts', 'post-not-found', [], (report) => {
      const posts = postsIn(root);
      const lang = langOfDoc(docOf(root));
      const r = readPosts(posts, { identify: identifyPost, counts: (p) => readInstagramCounts(p, lang), wanted, report });
      if (r.read > 0 && r.withCounts === 0) report({ code: 'counts-not-found', area: 'post-counts', detail: `${r.read} posts, none with counts` });
      if (posts.length > 0 && r.unidentified === posts.length) report({ code: 'post-not-found', area: 'post-id', detail: `${posts.length} posts without a permalink` });
      return r.posts;
    });

  const readProfile = (doc: Document): ProfileInfo | null =>
    log.run('readProfile', 'counts-not-found', null, (report) => {
      const handle = profileHandleOf(doc);
      if (!handle) return null;
      const lang = langOfDoc(doc);
      const wanted = `/${handle}/followers/`;
      const links = Array.from(doc.querySelectorAll<HTMLElement>('a[href*="/followers"]')).filter(
        (a) => `${pathOfHref(attr(a, 'href')).toLowerCase().replace(/\/?$/, '/')}` === wanted && !a.closest(SEL.dialog),
      );
      for (const a of links) {
        // The shown number is compact ("12,3 rb"); its title attribute holds the exact one ("12.345").
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
    });

  return {
    id: 'instagram',
    hosts: PLATFORM_HOSTS.instagram,
    pageLanguage: (doc) => langOfDoc(doc),
    findEditors,
    findComposers,
    composerFor,
    findPosts,
    readProfile,
    problems: () => log.all(),
  };
}
