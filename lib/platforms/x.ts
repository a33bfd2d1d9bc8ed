import type { Counts } from '@/lib/schemas/snapshot';
import { parseCountDetailed, readLabelledCounts, toCount, type CountWords, type ParsedCount } from './counts';
import type { AdapterProblem, CommentsRead, Composer, PlatformAdapter } from './types';
import { readXComments } from './x-comments';
import { postTarget, type PostIdentity } from './read-posts';
import { defineAdapter } from './define-adapter';
import {
  attr,
  closestAny,
  docOf,
  findUp,
  hasPhrase,
  isEditable,
  langOfDoc,
  nearestPreceding,
  parseDateTime,
  pathOf,
  precedes,
  queryAllFirst,
  queryAllUnion,
  queryFirst,
  referencedText,
  textOf,
  type Selectors,
} from './dom';

/**
 * X (x.com). Markup checked against real saved posts (../shared/fixtures/x); the Indonesian words
 * follow PLATFORMS.md and are to be confirmed on a live page. Everything X-specific is here.
 */

const SEL = {
  post: [
    'article[data-testid="tweet"]', // X's own test id for a post, stable for years
    'article[role="article"]', // the ARIA role X sets on every post: survives a test-id rename
  ],
  userName: [
    '[data-testid="User-Name"]', // display name + @handle block of a post
  ],
  actionBar: [
    'div[role="group"][aria-label]', // the action bar; its aria-label holds the exact counts
  ],
  views: [
    'a[href$="/analytics"]', // views link: aria-label "30142 views. View post analytics"
  ],
  visibleCount: [
    '[data-testid="app-text-transition-container"]', // compact number drawn next to an icon
  ],
  composer: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"][role="textbox"]', // X's test id on the Draft.js editor
    '.public-DraftEditor-content[contenteditable="true"][role="textbox"]', // Draft.js's own class (library name, not hashed)
  ],
  sendButton: [
    '[data-testid="tweetButtonInline"]', // send button of an inline composer (home, thread page)
    '[data-testid="tweetButton"]', // send button in the compose / reply modal
  ],
  dialog: '[role="dialog"]', // modals (reply, new post)
  cell: '[data-testid="cellInnerDiv"]', // one row of a timeline: its presence means the timeline rendered
  draftPlaceholder: '.public-DraftEditorPlaceholder-inner', // Draft.js placeholder text, next to the editor
  draftRoot: '.DraftEditor-root',
  profileHeader: [
    '[data-testid="UserName"]', // name + handle block of a profile header
    '[data-testid="UserProfileHeader_Items"]', // joined date / location row of a profile header
  ],
  hoverCard: '[data-testid="HoverCard"]', // profile pop-ups: their follower links belong to someone else
  directMessage: '[data-testid^="dm"], [data-testid^="DM"]', // the messages drawer and its composer: not a post or reply
} as const;

/** Direct-message editors are Draft.js too; they are not composers Pranata works with. */
function isDirectMessage(el: Element): boolean {
  return el.closest(SEL.directMessage) !== null || pathOf(el).startsWith('/messages');
}

/** The action buttons, per metric: the test ids for both states (liked → "unlike"). */
const BUTTONS: Record<'replies' | 'reposts' | 'likes' | 'bookmarks', Selectors> = {
  replies: ['[data-testid="reply"]'],
  reposts: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
  likes: ['[data-testid="like"]', '[data-testid="unlike"]'],
  bookmarks: ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'],
};

/** Words of the action bar's aria-label, en + id ("48 replies, 152 reposts" / "48 balasan, 152 posting ulang"). */
export const X_ACTION_WORDS: readonly CountWords[] = [
  { metric: 'replies', after: ['replies', 'reply', 'balasan'] },
  { metric: 'reposts', after: ['reposts', 'repost', 'retweets', 'retweet', 'posting ulang'] },
  { metric: 'likes', after: ['likes', 'like', 'suka'] },
  { metric: 'bookmarks', after: ['bookmarks', 'bookmark', 'markah'] },
  { metric: 'views', after: ['views', 'view', 'tayangan'] },
];

const FOLLOWER_WORDS: readonly CountWords[] = [{ metric: 'followers', after: ['followers', 'follower', 'pengikut'] }];

/**
 * Placeholders that say what a composer is for. X's own 2025-07 bundles, en.js 2154-2160 and
 * id.js 2153-2159 (../shared/fixtures/real/x-i18n-composer-words-XSCRAPER.txt): "Post your reply"
 * / "Posting balasan Anda", "Add another Reply" / "Tambahkan Balasan lain" (one more reply of a
 * reply thread), "What’s happening?" / "Apa yang sedang terjadi?", "Share your thoughts..." /
 * "Sampaikan pendapat Anda...", "Add a comment" / "Tambahkan komentar" (quote post), "Add another
 * post" / "Tambahkan postingan lainnya". Matching is by normalised prefix (dom.ts normWords).
 */
const REPLY_WORDS = [
  'Post your reply',
  'Posting balasan Anda', // x-id-placeholder-playwright-idx70904699849.txt uses it too
  'Add another Reply',
  'Tambahkan Balasan lain',
  'Tweet your reply', // older Twitter UI, kept for pages not yet updated (unverified in 2025)
  'Tweet balasan Anda', // old-Twitter Indonesian (x-cpft-locale-id-and-selectors.js)
];
const NEW_POST_WORDS = [
  'What’s happening?',
  'Apa yang sedang terjadi?',
  'Share your thoughts...',
  'Sampaikan pendapat Anda...',
  'Add another post',
  'Tambahkan postingan lainnya',
  'Add a comment', // quote post: a new post that embeds another
  'Tambahkan komentar',
  'What is happening?!', // the 2023-24 placeholder, not in the 2025-07 bundle: older pages only
  'Apa yang sedang hangat dibicarakan?', // old-Twitter Indonesian (x-cpft-locale-id-and-selectors.js)
];
/** Every placeholder phrase this adapter reads, for the words a page capture keeps (lib/capture/ui-words.ts). */
export const X_UI_PHRASES: readonly string[] = [...REPLY_WORDS, ...NEW_POST_WORDS];

/** First path segments that are X pages, not profiles. */
const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'communities', 'lists', 'bookmarks', 'hashtag', 'intent', 'share',
  'account', 'grok', 'premium_sign_up', 'verified-choose', 'jf', 'topics',
]);
const PROFILE_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

const STATUS_HREF = /^\/([A-Za-z0-9_]{1,50})\/status\/(\d{1,25})\/?$/;
const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,50})$/;

function hrefPath(a: Element): string {
  const href = attr(a, 'href');
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return '';
  }
}

/** Status id, handle and time from the post's own time link (a quoted post's time has no link). */
function readPermalink(article: HTMLElement): { id: string; handle: string; postedAt?: number; anchor?: HTMLElement } | null {
  for (const time of Array.from(article.querySelectorAll('time[datetime]'))) {
    const link = time.closest<HTMLElement>('a[href*="/status/"]');
    if (!link || !article.contains(link)) continue;
    const m = STATUS_HREF.exec(hrefPath(link));
    if (m?.[1] && m[2]) return { handle: m[1], id: m[2], postedAt: parseDateTime(time.getAttribute('datetime')), anchor: link };
  }
  // Without a time link: a bare permalink (not /photo/1, /analytics, ...).
  for (const link of Array.from(article.querySelectorAll('a[href*="/status/"]'))) {
    const m = STATUS_HREF.exec(hrefPath(link));
    if (m?.[1] && m[2]) return { handle: m[1], id: m[2] };
  }
  return null;
}

/** Display name and @handle from the post's User-Name block (the first one: a quoted post's comes later). */
function readAuthor(article: HTMLElement): { name?: string; handle?: string } {
  const block = queryFirst(article, SEL.userName);
  if (!block) return {};
  let handle: string | undefined;
  let name: string | undefined;
  for (const part of Array.from(block.querySelectorAll('[dir="ltr"], span'))) {
    const t = textOf(part);
    if (!t || t === '·') continue;
    const h = HANDLE_TEXT.exec(t);
    if (h?.[1]) {
      handle ??= h[1];
      if (name) break;
    } else if (!name && !t.startsWith('@')) {
      name = t;
    }
  }
  return { ...(name ? { name } : {}), ...(handle ? { handle } : {}) };
}

/** The compact number drawn inside a button or link, when there is one. */
function visibleCount(el: Element, lang: string): ParsedCount | null {
  const shown = queryFirst(el, SEL.visibleCount);
  return parseCountDetailed(textOf(shown ?? el), lang);
}

/** The action bar that belongs to this post (a post holds one; prefer the group with the buttons). */
function findActionBar(article: HTMLElement): HTMLElement | null {
  const groups = queryAllFirst(article, SEL.actionBar);
  const withButtons = groups.find((g) => queryFirst(g, [...BUTTONS.replies, ...BUTTONS.likes]));
  return withButtons ?? groups[groups.length - 1] ?? null;
}

/**
 * Counts: the action bar's aria-label (exact) first, then each button's aria-label ("553 Likes.
 * Like", exact), then the compact number drawn on it (approximate). A metric missing from the
 * label is zero, unless its button draws a number or the label holds words we do not know.
 */
export function readXCounts(article: HTMLElement, lang: string): Counts {
  const counts: Counts = {};
  const bar = findActionBar(article);
  const scope: ParentNode = bar ?? article;
  const label = bar?.getAttribute('aria-label');
  const fromLabel = label != null ? readLabelledCounts(label, lang, X_ACTION_WORDS) : null;
  if (fromLabel) Object.assign(counts, fromLabel.counts);

  for (const metric of Object.keys(BUTTONS) as (keyof typeof BUTTONS)[]) {
    if (counts[metric]) continue;
    const button = queryFirst(scope, BUTTONS[metric]);
    const shown = button ? visibleCount(button, lang) : null;
    if (fromLabel) {
      if (shown && shown.value > 0) counts[metric] = toCount(shown);
      else if (fromLabel.unknown.length === 0) counts[metric] = { value: 0, exact: true };
      continue;
    }
    const fromAria = button ? parseCountDetailed(attr(button, 'aria-label'), lang) : null;
    const best = fromAria ?? shown;
    if (best) counts[metric] = toCount(best);
  }

  if (!counts.views) {
    const link = queryFirst(scope, SEL.views) ?? queryFirst(article, SEL.views);
    const best = link ? (parseCountDetailed(attr(link, 'aria-label'), lang) ?? visibleCount(link, lang)) : null;
    if (best) counts.views = toCount(best);
  }
  return counts;
}

/** A post's id, time and handle from its permalink: cheap, enough to know whose post it is. */
function identifyPost(article: HTMLElement): PostIdentity | null {
  const link = readPermalink(article);
  if (!link) return null;
  const post: PostIdentity = {
    element: article,
    id: link.id,
    permalink: `https://x.com/${link.handle}/status/${link.id}`,
    authorHandle: link.handle.toLowerCase(),
  };
  if (link.postedAt !== undefined) post.postedAt = link.postedAt;
  if (link.anchor) post.anchor = link.anchor;
  return post;
}

/** The author's display name (and @handle as the User-Name block writes it). */
function withAuthor(post: PostIdentity): PostIdentity {
  const author = readAuthor(post.element);
  const out: PostIdentity = { ...post };
  if (author.handle) out.authorHandle = author.handle.toLowerCase();
  if (author.name) out.authorName = author.name;
  return out;
}

/** The post a reply answers, as a reply target needs it (no counts). */
function answeredPost(article: HTMLElement): PostIdentity | null {
  const post = identifyPost(article);
  return post ? withAuthor(post) : null;
}

/** What the composer's placeholder says it is for, when it says anything. */
function placeholderOf(el: HTMLElement): string {
  const described = referencedText(el, 'aria-describedby');
  if (described) return described;
  const root = el.closest(SEL.draftRoot);
  const inner = root?.querySelector(SEL.draftPlaceholder);
  if (inner) return textOf(inner);
  return attr(el, 'aria-placeholder') || attr(el, 'placeholder') || attr(el, 'data-placeholder');
}

function statusIdOfPath(path: string): string | null {
  const m = /^\/[A-Za-z0-9_]{1,50}\/status\/(\d{1,25})(?:\/|$)/.exec(path);
  return m?.[1] ?? null;
}

// Union, not first match: a half-finished rename on X's side must not hide the other posts.
function postsIn(root: ParentNode): HTMLElement[] {
  return queryAllUnion(root, SEL.post);
}

/**
 * The post a composer answers: in a reply modal, the post shown above the editor; on a status
 * page, the focal post (its id is in the address), else the nearest post above the editor.
 */
function findAnsweredPost(el: HTMLElement): PostIdentity | null {
  const dialog = el.closest(SEL.dialog);
  const postSelector = SEL.post.join(', ');
  if (dialog) {
    const above = postsIn(dialog).filter((a) => precedes(a, el));
    const last = above[above.length - 1];
    return last ? answeredPost(last) : null;
  }
  const statusId = statusIdOfPath(pathOf(el));
  if (!statusId) return null;
  const doc = docOf(el);
  const focal = doc ? postsIn(doc).find((a) => readPermalink(a)?.id === statusId) : undefined;
  if (focal) return answeredPost(focal);
  const near = nearestPreceding(el, postSelector);
  return near ? answeredPost(near) : null;
}

function readComposer(el: HTMLElement, report: (p: AdapterProblem) => void): Composer {
  const editor = el.matches('.public-DraftEditor-content') || el.closest(SEL.draftRoot) ? 'draft' : 'contenteditable';
  const words = placeholderOf(el);
  const saysReply = hasPhrase(words, REPLY_WORDS);
  const saysNew = !saysReply && hasPhrase(words, NEW_POST_WORDS);
  const answered = saysNew ? null : findAnsweredPost(el);
  const kind = saysReply || (!saysNew && answered) ? 'reply' : 'new-post';
  const boundary = el.closest(SEL.dialog) ?? el.closest(SEL.cell);
  const sendButton = findUp(el, SEL.sendButton, 14, boundary);
  if (kind === 'reply' && !answered) {
    report({ code: 'target-not-found', area: 'composer-target', detail: 'reply composer without the post it answers' });
  }
  return { element: el, editor, kind, target: kind === 'reply' && answered ? postTarget(answered) : null, sendButton };
}

function profileHandleOfPath(path: string): string | null {
  const seg = path.split('/').filter(Boolean);
  const first = seg[0];
  if (!first || seg.length > 2 || RESERVED_PATHS.has(first.toLowerCase())) return null;
  if (seg.length === 2 && !PROFILE_TABS.has(seg[1] ?? '')) return null;
  return /^[A-Za-z0-9_]{1,50}$/.test(first) ? first : null;
}

/** The Draft.js editor an element belongs to, unless it is a direct message's. */
function editorOf(el: Element): HTMLElement | null {
  const editor = closestAny(el, SEL.composer);
  return editor && !isDirectMessage(editor) ? editor : null;
}

export function createXAdapter(): PlatformAdapter {
  return defineAdapter<{ lang: string }>({
    id: 'x',
    context: (root) => ({ lang: langOfDoc(docOf(root)) }),
    editors: (root) => queryAllUnion(root, SEL.composer).filter((el) => !isDirectMessage(el)),
    readComposer,
    composerProblems: ({ root, editors }, report) => {
      if (editors.length > 0) return;
      // A send button without its editor: the editor's markup changed.
      const button = queryFirst(root, SEL.sendButton);
      if (button) report({ code: 'composer-not-found', area: 'composer', detail: 'send button found, editor not recognised' });
    },
    editorOf,
    unrecognised: (el, _editor, report) => {
      // A direct message's editor is not a composer, and no problem either.
      if (closestAny(el, SEL.composer)) return;
      if (isEditable(el) && !el.closest(SEL.hoverCard) && findUp(el, SEL.sendButton, 14, el.closest(SEL.dialog))) {
        report({ code: 'composer-not-found', area: 'composer', detail: 'focused editor next to a send button not recognised' });
      }
    },
    gapsOfFocused: false,
    posts: (root, { lang }) => {
      // The answered post shown in a reply modal is a preview without an action bar.
      const articles = postsIn(root).filter((a) => !(a.closest(SEL.dialog) && !findActionBar(a)));
      return {
        elements: articles,
        identify: identifyPost,
        details: withAuthor,
        counts: (a) => readXCounts(a, lang),
        check: (r, report) => {
          const all = articles.length;
          if (r.unidentified > 0) report({ code: 'post-not-found', area: 'post-id', detail: `${r.unidentified} of ${all} posts without a permalink` });
          const noCounts = r.read - r.withCounts;
          if (noCounts > 0) report({ code: 'counts-not-found', area: 'post-counts', detail: `${noCounts} of ${r.read} posts without counts` });
          if (all === 0 && queryFirst(root, [SEL.cell])) {
            // The timeline rendered rows but none is a post we recognise.
            const cells = root.querySelectorAll(SEL.cell).length;
            if (cells > 2) report({ code: 'post-not-found', area: 'post', detail: `${cells} timeline rows, no post recognised` });
          }
        },
      };
    },
    // A reply modal's preview of the answered post is not a comment on the page.
    comments: (root, own): CommentsRead => readXComments(postsIn(root).filter((a) => !a.closest(SEL.dialog)), identifyPost, own),
    readProfile: (doc, report) => {
      const handle = profileHandleOfPath(pathOf(doc));
      if (!handle) return null;
      const lang = langOfDoc(doc);
      const wanted = [`/${handle}/verified_followers`, `/${handle}/followers`].map((p) => p.toLowerCase());
      const links = Array.from(doc.querySelectorAll<HTMLElement>('a[href$="/verified_followers"], a[href$="/followers"]')).filter(
        (a) => !a.closest(SEL.hoverCard) && wanted.includes(hrefPath(a).toLowerCase()),
      );
      links.sort((a, b) => wanted.indexOf(hrefPath(a).toLowerCase()) - wanted.indexOf(hrefPath(b).toLowerCase()));
      for (const link of links) {
        const text = textOf(link);
        const c = readLabelledCounts(text, lang, FOLLOWER_WORDS).counts.followers;
        if (c) return { handle: handle.toLowerCase(), counts: { followers: c } };
      }
      if (queryFirst(doc, SEL.profileHeader)) {
        report({ code: 'counts-not-found', area: 'profile-followers', detail: 'profile header without a follower count' });
      }
      return null;
    },
  });
}
