import type { Counts } from '@/lib/schemas/snapshot';
import { PLATFORM_HOSTS } from './hosts';
import { readLabelledCounts, type CountWords } from './counts';
import type { AdapterProblem, Composer, PlatformAdapter, PostInfo, ProfileInfo, ReplyTarget } from './types';
import { postTarget, readPosts, type PostIdentity, type WantedAuthor } from './read-posts';
import {
  attempt,
  attr,
  docOf,
  findUp,
  hasPhrase,
  isEditable,
  langOfDoc,
  parseDateTime,
  pathOf,
  precedes,
  queryAllUnion,
  queryFirst,
  textOf,
  ProblemLog,
} from './dom';

/**
 * Facebook (www.facebook.com, web.facebook.com). No saved page of ours: the markup follows
 * PLATFORMS.md and other open-source tools' selector notes (see tests/fixtures/platforms/README.md).
 * Class names are generated and change, so nothing here uses them.
 */

const SEL = {
  post: [
    'div[role="article"][aria-posinset]', // feed item: the article role plus its position in the feed
    'div[aria-posinset]', // newer feed items keep the position without the role
    'div[role="article"]', // a post outside a feed (permalink page, post dialog); comments are filtered out by label
  ],
  article: '[role="article"]', // posts and comments alike
  storyMessage: '[data-ad-rendering-role="story_message"]', // the post's text
  profileName: [
    '[data-ad-rendering-role="profile_name"] a[href]', // the author link in the post header (newer markup)
    'h2 a[href]', // the author link in a feed post header
    'h3 a[href]', // the author link in some embedded layouts
    'strong a[href], a[href] strong', // older headers: the name in bold
  ],
  composer: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', // the Lexical editor of comment and post boxes
    'div[contenteditable="true"][role="textbox"]', // the same box if the Lexical marker goes: accepted only with known label words
  ],
  sendButton: [
    '[role="button"][aria-label="Comment"]', // send a comment (en)
    '[role="button"][aria-label="Kirim komentar"]', // send a comment (id)
    '[role="button"][aria-label="Post comment"]', // send a comment, older en label
    '[role="button"][aria-label="Reply"]', // send a reply to a comment (en)
    '[role="button"][aria-label="Kirim balasan"]', // send a reply to a comment (id)
    '[role="button"][aria-label="Post"]', // publish a new post (en)
    '[role="button"][aria-label="Posting"]', // publish a new post (id)
    'form [type="submit"]', // a plain form submit, if the labels change
  ],
  dialog: '[role="dialog"]', // post dialog, create-post dialog
  feed: '[role="feed"]', // the news feed / page timeline container
  main: '[role="main"]',
} as const;

/** Comment articles are labelled "Comment by Name …" / "Reply by Name to …" (Indonesian forms to be confirmed live). */
const COMMENT_ARTICLE_LABELS = ['Comment by', 'Reply by', 'Komentar dari', 'Komentar oleh', 'Balasan dari', 'Balasan oleh'];

/** Composer aria-labels (PLATFORMS.md; the reply and Indonesian forms are this project's reading, to be confirmed live). */
const REPLY_LABELS = ['Write a reply', 'Tulis balasan', 'Reply as', 'Balas sebagai', 'Reply to', 'Balas ke', 'Balas kepada'];
const COMMENT_LABELS = [
  'Write a comment',
  'Write a public comment',
  'Tulis komentar',
  'Comment as',
  'Komentari sebagai',
  'Beri komentar',
  'Leave a comment',
];
const NEW_POST_LABELS = ["What's on your mind", 'Apa yang Anda pikirkan', 'Create a public post', 'Buat postingan publik', 'Write something', 'Tulis sesuatu'];

/** Count phrases under a post: "All reactions: 1.2K", "5.9K comments", "2.4K shares" / "Semua reaksi: 1,2 rb", "12 komentar", "5 kali dibagikan". */
export const FACEBOOK_COUNT_WORDS: readonly CountWords[] = [
  { metric: 'likes', before: ['all reactions', 'semua reaksi'], after: ['reactions', 'reaksi'] },
  { metric: 'replies', after: ['comments', 'comment', 'komentar'] },
  { metric: 'reposts', after: ['shares', 'share', 'kali dibagikan', 'dibagikan'] },
  { metric: 'views', after: ['views', 'view', 'kali ditonton', 'ditonton', 'tayangan'] },
];
const FOLLOWER_WORDS: readonly CountWords[] = [{ metric: 'followers', after: ['followers', 'follower', 'pengikut'] }];
const FRIEND_WORDS = /\b(friends|teman)\b/i;

/** "View 5 more comments" / "Lihat 3 komentar sebelumnya" are links to load comments, not totals. */
const LOAD_MORE = /\b(?:view|lihat)\b[^.,;]{0,30}?\b(?:more|previous|lainnya|sebelumnya)\b[^.,;]{0,20}/gi;

/** Parts of a post whose text is not the counts bar: comments, the post text, editors, names. */
const NOT_COUNTS = '[role="article"], [data-ad-rendering-role="story_message"], [role="textbox"], textarea, form, h2, h3, h4, [role="dialog"]';

const RESERVED_PATHS = new Set([
  'home.php', 'watch', 'groups', 'marketplace', 'gaming', 'events', 'notifications', 'messages', 'friends',
  'bookmarks', 'settings', 'help', 'photo', 'photo.php', 'permalink.php', 'story.php', 'reel', 'reels',
  'stories', 'search', 'hashtag', 'pages', 'login', 'privacy', 'policies', 'ads', 'business', 'saved',
  'memories', 'feeds', 'games', 'fundraisers', 'jobs', 'live', 'share', 'sharer', 'dialog', 'composer',
]);
const PROFILE_TABS = new Set(['about', 'photos', 'videos', 'reels', 'followers', 'following', 'mentions', 'reviews', 'events', 'community', 'posts_to_page', 'friends']);

function isComment(el: Element): boolean {
  return el.matches(SEL.article) && hasPhrase(attr(el, 'aria-label'), COMMENT_ARTICLE_LABELS, 'start');
}

function isPostCandidate(el: Element): boolean {
  return SEL.post.some((s) => el.matches(s)) && !isComment(el);
}

/** Posts under root: non-comment candidates, outermost only (a feed unit can wrap an article). */
function postsIn(root: ParentNode): HTMLElement[] {
  const all = queryAllUnion(root, SEL.post).filter((el) => !isComment(el));
  const set = new Set<Element>(all);
  return all.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Whether `el` belongs to `owner` directly, not to a comment (or another post) nested inside it. */
function ownedBy(el: Element, owner: Element): boolean {
  for (let p = el.parentElement; p && p !== owner; p = p.parentElement) {
    if (p.matches(SEL.article)) return false;
  }
  return true;
}

function parseUrl(href: string): URL | null {
  try {
    return new URL(href, 'https://www.facebook.com');
  } catch {
    return null;
  }
}

interface PostRef {
  id: string;
  permalink: string;
}

/** Post id and a clean permalink (tracking parameters dropped) from one link, when it is a post link. */
export function facebookPostRef(href: string): PostRef | null {
  const url = parseUrl(href);
  if (!url || !/(^|\.)facebook\.com$/.test(url.hostname)) return null;
  const path = url.pathname;
  const base = 'https://www.facebook.com';
  const q = url.searchParams;
  let m = /^(\/(?:groups\/)?[^/]+\/(?:posts|permalink)\/([A-Za-z0-9]+))\/?$/.exec(path);
  if (m?.[1] && m[2]) return { id: m[2], permalink: base + m[1] };
  if ((path === '/permalink.php' || path === '/story.php') && q.get('story_fbid')) {
    const id = q.get('story_fbid') ?? '';
    const owner = q.get('id');
    return { id, permalink: `${base}${path}?story_fbid=${id}${owner ? `&id=${owner}` : ''}` };
  }
  m = /^(\/[^/]+\/videos\/(?:[^/]+\/)?(\d+))\/?$/.exec(path) ?? /^(\/(?:reel|watch\/live)\/(\d+))\/?$/.exec(path);
  if (m?.[1] && m[2]) return { id: m[2], permalink: base + m[1] };
  if ((path === '/photo.php' || path === '/photo/' || path === '/photo') && q.get('fbid')) {
    const id = q.get('fbid') ?? '';
    return { id, permalink: `${base}/photo/?fbid=${id}` };
  }
  return null;
}

/** A profile link's handle: the vanity name, or the number of profile.php?id=…; lower case. */
function handleOfHref(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url) return undefined;
  if (url.pathname === '/profile.php') return url.searchParams.get('id')?.toLowerCase() || undefined;
  const people = /^\/people\/[^/]+\/(\d+)/.exec(url.pathname);
  if (people?.[1]) return people[1];
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (!first || RESERVED_PATHS.has(first.toLowerCase())) return undefined;
  return first.toLowerCase();
}

function readPostRef(post: HTMLElement): (PostRef & { link: HTMLElement }) | null {
  const links = Array.from(post.querySelectorAll<HTMLElement>('a[href]')).filter((a) => ownedBy(a, post));
  const refs = links.flatMap((a) => {
    const ref = facebookPostRef(attr(a, 'href'));
    return ref ? [{ ...ref, link: a }] : [];
  });
  // Post links first, then videos/reels, then photos (a photo link can belong to an attachment).
  const rank = (r: PostRef) => (r.permalink.includes('/photo') ? 2 : r.permalink.includes('/videos/') || r.permalink.includes('/reel/') ? 1 : 0);
  refs.sort((a, b) => rank(a) - rank(b));
  return refs[0] ?? null;
}

function readPostTime(post: HTMLElement): number | undefined {
  const time = Array.from(post.querySelectorAll('time[datetime], abbr[data-utime]')).find((t) => ownedBy(t, post));
  if (!time) return undefined;
  const utime = Number(time.getAttribute('data-utime'));
  return Number.isFinite(utime) && utime > 0 ? utime * 1000 : parseDateTime(time.getAttribute('datetime'));
}

/** Counts from the post's own text (its counts bar), leaving out comments, the post text and editors. */
export function readFacebookCounts(post: HTMLElement, lang: string): Counts {
  const text = textOf(post, NOT_COUNTS, 6000).replace(LOAD_MORE, ' ');
  return readLabelledCounts(text, lang, FACEBOOK_COUNT_WORDS).counts;
}

function readAuthorLink(scope: HTMLElement): HTMLElement | null {
  for (const sel of SEL.profileName) {
    const link = Array.from(scope.querySelectorAll<HTMLElement>(sel)).find((a) => ownedBy(a, scope) && textOf(a));
    if (link) return link.localName === 'a' ? link : link.closest('a');
  }
  return null;
}

/** A post link (not a photo or video of an attachment): the one holding the post's time. */
function rank0(permalink: string): boolean {
  return !permalink.includes('/photo') && !permalink.includes('/videos/') && !permalink.includes('/reel/');
}

/** A post's id, author and time: everything but its counts. */
function identifyPost(post: HTMLElement): PostIdentity | null {
  const ref = readPostRef(post);
  if (!ref) return null;
  const info: PostIdentity = { element: post, id: ref.id, permalink: ref.permalink };
  const author = readAuthorLink(post);
  const name = textOf(author);
  if (name) info.authorName = name;
  const handle = author ? handleOfHref(attr(author, 'href')) : undefined;
  if (handle) info.authorHandle = handle;
  const at = readPostTime(post);
  if (at !== undefined) info.postedAt = at;
  // The permalink is the post's time link ("2 j", its aria-label the full date).
  if (rank0(ref.permalink)) info.anchor = ref.link;
  return info;
}

/** A comment's id, permalink, author and time, from its own links (not its replies'). */
function readComment(comment: HTMLElement): ReplyTarget | null {
  let id: string | undefined;
  let permalink: string | undefined;
  let author: HTMLElement | null = null;
  for (const a of Array.from(comment.querySelectorAll<HTMLElement>('a[href]'))) {
    if (!ownedBy(a, comment)) continue;
    const url = parseUrl(attr(a, 'href'));
    if (!url) continue;
    const reply = url.searchParams.get('reply_comment_id');
    const top = url.searchParams.get('comment_id');
    if (!author && textOf(a) && handleOfHref(url.href)) author = a;
    if (!reply && !top) continue;
    // The most specific id wins (a reply's own links carry reply_comment_id; its author link only comment_id).
    if (!id || reply) id = reply ?? top ?? undefined;
    const ref = facebookPostRef(url.href);
    if (ref && (!permalink || reply)) {
      permalink = `${ref.permalink}${ref.permalink.includes('?') ? '&' : '?'}comment_id=${top ?? ''}${reply ? `&reply_comment_id=${reply}` : ''}`;
    }
  }
  if (!id) return null;
  const t: ReplyTarget = { kind: 'comment', id };
  if (permalink) t.permalink = permalink;
  const name = textOf(author);
  if (name) t.authorName = name;
  const handle = author ? handleOfHref(attr(author, 'href')) : undefined;
  if (handle) t.authorHandle = handle;
  const time = Array.from(comment.querySelectorAll('time[datetime]')).find((x) => ownedBy(x, comment));
  const at = parseDateTime(time?.getAttribute('datetime'));
  if (at !== undefined) t.postedAt = at;
  return t;
}

/** The outermost post around an element; in a dialog whose editor sits outside the post, the post above it. */
function owningPost(el: HTMLElement): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let p = el.parentElement; p; p = p.parentElement) if (isPostCandidate(p)) found = p;
  if (found) return found;
  const dialog = el.closest<HTMLElement>(SEL.dialog);
  if (!dialog) return null;
  const above = postsIn(dialog).filter((p) => precedes(p, el));
  return above[above.length - 1] ?? null;
}

/**
 * The comment a reply box answers: the comment article it sits in, or the comment right before
 * the block it sits in (Facebook opens the reply box under the comment's replies). When the box
 * starts with a mention ("Andi Wijaya …"), the comment of that person in the same thread.
 */
function answeredComment(el: HTMLElement, post: HTMLElement | null, insideOnly: boolean): HTMLElement | null {
  let thread: HTMLElement | null = null;
  let root: HTMLElement | null = null;
  for (let p = el.parentElement; p && p !== post; p = p.parentElement) {
    if (isComment(p)) {
      thread = p;
      root = p;
      break;
    }
    const prev = insideOnly ? null : p.previousElementSibling;
    if (prev && isComment(prev)) {
      thread = p.parentElement;
      root = prev as HTMLElement;
      break;
    }
  }
  if (!thread || !root) return null;
  const draft = textOf(el).toLowerCase();
  if (!draft) return root;
  const candidates = [root, ...queryAllUnion(thread, [SEL.article]).filter((c) => c !== root && isComment(c) && precedes(c, el))];
  let best: HTMLElement = root;
  for (const c of candidates) {
    const name = textOf(readAuthorLinkOfComment(c)).toLowerCase();
    if (name && draft.startsWith(name)) best = c;
  }
  return best;
}

function readAuthorLinkOfComment(comment: HTMLElement): HTMLElement | null {
  return Array.from(comment.querySelectorAll<HTMLElement>('a[href]')).find((a) => ownedBy(a, comment) && textOf(a) !== '') ?? null;
}

function composerLabel(el: HTMLElement): string {
  return attr(el, 'aria-label') || attr(el, 'aria-placeholder') || attr(el, 'placeholder');
}

function readComposer(el: HTMLElement, report: (p: AdapterProblem) => void): Composer | null {
  const label = composerLabel(el);
  const says = hasPhrase(label, NEW_POST_LABELS, 'start')
    ? 'new'
    : hasPhrase(label, REPLY_LABELS, 'start')
      ? 'reply'
      : hasPhrase(label, COMMENT_LABELS, 'start')
        ? 'comment'
        : null;
  const lexical = el.getAttribute('data-lexical-editor') === 'true';
  // Without the Lexical marker only known words make it a composer (chat boxes are textboxes too).
  if (!lexical && !says) return null;
  const editor = lexical ? 'lexical' : 'contenteditable';
  const boundary = el.closest(SEL.article) ?? el.closest(SEL.dialog);
  const sendButton = findUp(el, SEL.sendButton, 8, boundary);
  if (says === 'new') return { element: el, editor, kind: 'new-post', target: null, sendButton };

  const post = owningPost(el);
  // A box labelled as a post comment that merely follows the comment list is not a reply to
  // the last comment: for it only a comment around the box counts.
  const comment = answeredComment(el, post, says === 'comment');
  if (comment || says === 'reply') {
    const target = comment ? readComment(comment) : null;
    if (!target) report({ code: 'target-not-found', area: 'composer-target', detail: 'reply box without the comment it answers' });
    return { element: el, editor, kind: 'comment-reply', target, sendButton };
  }
  const info = post ? identifyPost(post) : null;
  if (!info) {
    // A Lexical box outside any post with no known words: a chat or another surface, not ours.
    if (!says) return null;
    report({ code: 'target-not-found', area: 'composer-target', detail: 'comment box without the post it answers' });
  }
  return { element: el, editor, kind: 'reply', target: info ? postTarget(info) : null, sendButton };
}

function profileHandleOf(doc: Document): string | null {
  const path = pathOf(doc);
  if (path === '/profile.php') {
    const id = new URLSearchParams(doc.location?.search ?? '').get('id');
    return id && /^\d+$/.test(id) ? id : null;
  }
  const seg = path.split('/').filter(Boolean);
  const first = seg[0];
  if (!first || seg.length > 2 || RESERVED_PATHS.has(first.toLowerCase())) return null;
  if (seg.length === 2 && !PROFILE_TABS.has(seg[1] ?? '')) return null;
  return /^[A-Za-z0-9.\-_]{1,80}$/.test(first) ? first.toLowerCase() : null;
}

export function createFacebookAdapter(): PlatformAdapter {
  const log = new ProblemLog();

  const findEditors = (root: ParentNode): HTMLElement[] => queryAllUnion(root, SEL.composer);

  const findComposers = (root: ParentNode): Composer[] =>
    log.run('findComposers', 'composer-not-found', [], (report) => {
      const out: Composer[] = [];
      for (const el of findEditors(root)) {
        const c = attempt(() => readComposer(el, report), null, (m) => report({ code: 'composer-not-found', area: 'composer', detail: m }));
        if (c) out.push(c);
      }
      return out;
    });

  const composerFor = (el: Element): Composer | null =>
    log.run('composerFor', 'composer-not-found', null, (report) => {
      const box = el.closest<HTMLElement>(SEL.composer.join(', '));
      const c = box ? readComposer(box, report) : null;
      if (c) return c;
      // An editable box inside a post, next to a send button, that we do not recognise.
      const host = box ?? (isEditable(el) ? el : null);
      if (host && (owningPost(host as HTMLElement) || host.closest(SEL.dialog)) && findUp(host, SEL.sendButton, 8, host.closest(SEL.article))) {
        report({ code: 'composer-not-found', area: 'composer', detail: 'focused box in a post not recognised' });
      }
      return null;
    });

  const findPosts = (root: ParentNode, wanted?: WantedAuthor): PostInfo[] =>
    log.run('findPosts', 'post-not-found', [], (report) => {
      const posts = postsIn(root);
      const lang = langOfDoc(docOf(root));
      const r = readPosts(posts, { identify: identifyPost, counts: (p) => readFacebookCounts(p, lang), wanted, report });
      // A single new post can have no counts; several posts without any means the words changed.
      if (r.read >= 2 && r.withCounts === 0) report({ code: 'counts-not-found', area: 'post-counts', detail: `${r.read} posts, none with counts` });
      if (posts.length > 0 && r.unidentified === posts.length) report({ code: 'post-not-found', area: 'post-id', detail: `${posts.length} posts without a permalink` });
      if (posts.length === 0) {
        const feed = queryFirst(root, [SEL.feed]);
        if (feed && feed.children.length >= 2) report({ code: 'post-not-found', area: 'post', detail: `feed with ${feed.children.length} items, no post recognised` });
      }
      return r.posts;
    });

  const readProfile = (doc: Document): ProfileInfo | null =>
    log.run('readProfile', 'counts-not-found', null, (report) => {
      const handle = profileHandleOf(doc);
      if (!handle) return null;
      const lang = langOfDoc(doc);
      const main = queryFirst(doc, [SEL.main]) ?? doc.body;
      if (!main) return null;
      const links = Array.from(main.querySelectorAll<HTMLElement>('a[href*="/followers"], a[href*="sk=followers"]')).filter(
        (a) => !a.closest(SEL.article) && !a.closest(SEL.dialog),
      );
      for (const a of links) {
        const c = readLabelledCounts(textOf(a), lang, FOLLOWER_WORDS).counts.followers;
        if (c) return { handle, counts: { followers: c } };
      }
      const header = textOf(main, `${SEL.feed}, ${SEL.article}, [aria-posinset], ${SEL.dialog}`, 3000);
      const c = readLabelledCounts(header, lang, FOLLOWER_WORDS).counts.followers;
      if (c) return { handle, counts: { followers: c } };
      if (main.querySelector('h1') && !FRIEND_WORDS.test(header)) {
        report({ code: 'counts-not-found', area: 'profile-followers', detail: 'page header without a follower count' });
      }
      return null;
    });

  return {
    id: 'facebook',
    hosts: PLATFORM_HOSTS.facebook,
    pageLanguage: (doc) => langOfDoc(doc),
    findEditors,
    findComposers,
    composerFor,
    findPosts,
    readProfile,
    problems: () => log.all(),
  };
}
