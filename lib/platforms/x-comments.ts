import { attr, textOf } from './dom';
import type { CommentInfo, CommentsRead } from './types';
import type { PostIdentity } from './read-posts';

/**
 * X's comments under the agency's posts (issue 17): on a conversation page the replies are posts
 * of their own, each with the "Replying to @…" line X writes above the text (X's i18n bundle,
 * c55eed72: en "Replying to", id "Membalas", ../shared/fixtures/real/x-i18n-composer-words-XSCRAPER.txt
 * lines 32-33; the thread fixture tests/fixtures/platforms/x/thread.*.html). A citizen's post that
 * replies to an own handle is a comment under the nearest own post above it; an own post further
 * down the same branch that replies to that citizen answers it.
 */
/** Also the words a page capture keeps (lib/capture/ui-words.ts). */
export const REPLYING_WORDS: readonly string[] = ['replying to', 'membalas'];
// The post text's testid: ../shared/fixtures/real/x-cpft-locale-id-and-selectors.js, x-compose-testids-XSCRAPER.js.
const TEXT = '[data-testid="tweetText"]';
const HANDLE_HREF = /^\/([A-Za-z0-9_]{1,50})\/?$/;

/** Handles named on the post's "Replying to" line (not @mentions inside the text). */
export function replyingTo(article: HTMLElement): string[] {
  const out: string[] = [];
  for (const a of Array.from(article.querySelectorAll('a[href^="/"]'))) {
    if (a.closest(TEXT)) continue;
    const m = HANDLE_HREF.exec(attr(a, 'href'));
    const line = a.parentElement;
    if (!m?.[1] || !line) continue;
    const words = textOf(line).trim().toLowerCase();
    if (REPLYING_WORDS.some((w) => words.startsWith(w))) out.push(m[1].toLowerCase());
  }
  return out;
}

interface Read {
  article: HTMLElement;
  post: PostIdentity;
  handle: string;
  replyingTo: string[];
}

export function readXComments(
  articles: readonly HTMLElement[],
  identify: (a: HTMLElement) => PostIdentity | null,
  own: (handle: string) => boolean,
): CommentsRead {
  const read: Read[] = [];
  let unreadable = 0;
  for (const article of articles) {
    const post = identify(article);
    if (!post?.authorHandle) {
      // A reply to an own handle without a status link or author: the markup changed.
      if (replyingTo(article).some(own)) unreadable++;
      continue;
    }
    read.push({ article, post, handle: post.authorHandle, replyingTo: replyingTo(article) });
  }
  const out: CommentInfo[] = [];
  for (const [i, r] of read.entries()) {
    if (own(r.handle) || !r.replyingTo.some(own)) continue;
    // The own post it is under: the nearest own post above it (a thread page shows the root first).
    let under: Read | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const above = read[j];
      if (above && own(above.handle)) {
        under = above;
        break;
      }
    }
    if (!under) continue;
    // Answered: an own reply to this citizen further down this branch (the branch ends at a post
    // by somebody else who is not in the exchange).
    let answered = false;
    for (let j = i + 1; j < read.length; j++) {
      const next = read[j];
      if (!next) break;
      if (own(next.handle)) {
        if (next.replyingTo.includes(r.handle)) {
          answered = true;
          break;
        }
        continue;
      }
      if (next.handle !== r.handle) break;
    }
    const text = textOf(r.article.querySelector(TEXT)).trim();
    const c: CommentInfo = {
      element: r.article,
      id: r.post.id,
      permalink: r.post.permalink ?? `https://x.com/${r.handle}/status/${r.post.id}`,
      postId: under.post.id,
      postAccount: under.handle,
      authorHandle: r.handle,
      text,
      answeredByOwn: answered,
    };
    if (r.post.postedAt !== undefined) c.postedAt = r.post.postedAt;
    out.push(c);
  }
  return { comments: out, unreadable };
}
