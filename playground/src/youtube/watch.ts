import { compactCount, groupedCount } from '../shared/format';
import type { Lang } from '../shared/lang';
import { navigate, withLang } from '../shared/router';
import { commentBox, type CommentBox } from './commentbox';
import { type CommentData, type VideoData, VIDEOS } from './data';
import { el, ytButton } from './el';
import { W } from './words';

const UNIT_ID = { minute: 'menit', hour: 'jam', day: 'hari', week: 'minggu' } as const;

/** "12 jam yang lalu" / "12 hours ago" (youtube-indonesian-timeago-newpipe.txt, comment-thread-2025.txt). */
export function ago(n: number, unit: keyof typeof UNIT_ID, lang: Lang): string {
  return lang === 'id' ? `${n} ${UNIT_ID[unit]} yang lalu` : `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

function link(href: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const a = el('a', { class: 'yt-simple-endpoint', href: withLang(href), ...attrs }, ...children);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    navigate(href);
  });
  return a;
}

/** One ytd-comment-view-model, as in the real 2025 outerHTML (youtube-watch-comment-thread-2025.txt). */
function commentView(c: CommentData, video: VideoData, lang: Lang, boxes: Set<CommentBox>): HTMLElement {
  const dialog = el('div', { id: 'reply-dialog' });
  const reply = ytButton('reply-button-end', W.reply[lang], W.reply[lang]);
  reply.host.id = 'reply-button-end';
  let open: CommentBox | null = null;
  reply.button.addEventListener('click', () => {
    if (open) return open.editor.focus();
    const box = commentBox(lang, 'reply', () => {
      box.remove();
      boxes.delete(box);
      open = null;
    });
    open = box;
    boxes.add(box);
    dialog.append(el('ytd-comment-reply-dialog-renderer', {}, box.host));
    box.editor.focus();
  });
  const likeLabel = lang === 'id' ? `Sukai komentar ini bersama ${groupedCount(c.likes, lang)} orang lainnya` : `Like this comment along with ${groupedCount(c.likes, lang)} other people`;
  return el('ytd-comment-view-model', { id: 'comment' },
    el('div', { id: 'body' },
      el('div', { id: 'author-thumbnail' }, el('button', { id: 'author-thumbnail-button', 'aria-label': `@${c.handle}`, class: 'yt-avatar' })),
      el('div', { id: 'main' },
        el('div', { id: 'header' },
          el('div', { id: 'header-author' },
            el('h3', {}, link(`/@${c.handle}`, { id: 'author-text' }, el('span', {}, ` @${c.handle} `))),
            el('span', { dir: 'auto', id: 'published-time-text' }, link(`/watch?v=${video.id}&lc=${c.id}`, {}, ago(c.age.n, c.age.unit, lang))),
          ),
        ),
        el('ytd-expander', { id: 'expander' }, el('div', { id: 'content' }, el('yt-attributed-string', { id: 'content-text', slot: 'content', 'user-input': true }, el('span', { role: 'text' }, c.text)))),
        el('ytd-comment-engagement-bar', { id: 'action-buttons' },
          el('div', { id: 'toolbar' },
            el('ytd-toggle-button-renderer', { id: 'like-button' }, el('yt-button-shape', {}, el('button', { 'aria-pressed': 'false', 'aria-label': likeLabel, class: 'yt-icon-like' }))),
            el('span', { id: 'vote-count-middle' }, c.likes > 0 ? compactCount(c.likes, lang) : ''),
            reply.host,
          ),
          dialog,
        ),
      ),
    ),
  );
}

/**
 * A thread: the comment, and its replies folded behind "N balasan" / "N replies" as on YouTube (the
 * real thread's #expander-contents is hidden and holds only a continuation spinner until the button
 * is pressed: ../shared/fixtures/real/next/youtube-watch-comment-thread-2025.txt). Pressing it
 * draws the replies (the real page fetches them; here they are drawn at once).
 */
function thread(c: CommentData, video: VideoData, lang: Lang, boxes: Set<CommentBox>): HTMLElement {
  const replies = c.replies ?? [];
  const label = lang === 'id' ? `${replies.length} balasan` : `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`;
  if (replies.length === 0) return el('ytd-comment-thread-renderer', {}, el('div', { id: 'comment-container' }, commentView(c, video, lang, boxes)));
  const more = ytButton('more-replies', label, label);
  const moreBox = el('div', { class: 'more-button', 'aria-expanded': 'false' }, more.host);
  const contents = el('div', { id: 'contents' }, el('ytd-continuation-item-renderer', {}));
  const expanderContents = el('div', { id: 'expander-contents', hidden: true }, contents);
  more.button.addEventListener('click', () => {
    const open = moreBox.getAttribute('aria-expanded') === 'true';
    moreBox.setAttribute('aria-expanded', String(!open));
    expanderContents.hidden = open;
    if (!open && contents.querySelector('ytd-continuation-item-renderer')) contents.replaceChildren(...replies.map((r) => commentView(r, video, lang, boxes)));
  });
  return el('ytd-comment-thread-renderer', {},
    el('div', { id: 'comment-container' }, commentView(c, video, lang, boxes)),
    el('div', { id: 'replies' },
      el('ytd-comment-replies-renderer', {},
        el('div', { id: 'expander' }, el('div', { class: 'expander-header' }, moreBox), expanderContents),
      ),
    ),
  );
}

/** The top-level box: a placeholder until clicked (ytd-comment-simplebox-renderer #placeholder-area). */
function simplebox(lang: Lang, boxes: Set<CommentBox>): HTMLElement {
  const host = el('ytd-comment-simplebox-renderer', {});
  const placeholder = el('div', { id: 'placeholder-area' }, el('yt-formatted-string', { id: 'simplebox-placeholder', role: 'textbox', tabindex: '0' }, W.addComment[lang]));
  const openBox = () => {
    placeholder.hidden = true;
    const box = commentBox(lang, 'top', () => {
      box.remove();
      boxes.delete(box);
      placeholder.hidden = false;
    });
    boxes.add(box);
    host.append(el('ytd-comment-dialog-renderer', {}, box.host));
    box.editor.focus();
  };
  placeholder.addEventListener('click', openBox);
  placeholder.addEventListener('focus', openBox, { once: true });
  host.append(placeholder);
  return host;
}

/** ytd-watch-metadata: title, owner (#text a, #owner-sub-count), like button, #info (views, date). */
function metadata(v: VideoData, lang: Lang): HTMLElement {
  const likeLabel = lang === 'id' ? `Sukai video ini bersama ${groupedCount(v.likes, lang)} orang lainnya` : `like this video along with ${groupedCount(v.likes, lang)} other people`;
  const views = v.exactViews ? groupedCount(v.views, lang) : compactCount(v.views, lang);
  const subs = compactCount(v.channel.subscribers, lang, true);
  return el('ytd-watch-metadata', {},
    el('div', { id: 'title' }, el('h1', {}, el('yt-formatted-string', {}, v.title))),
    el('div', { id: 'top-row' },
      el('div', { id: 'owner' },
        el('ytd-video-owner-renderer', {},
          el('div', { id: 'upload-info' },
            el('ytd-channel-name', {}, el('yt-formatted-string', { id: 'text' }, link(`/@${v.channel.handle}`, {}, v.channel.name))),
            el('span', { id: 'owner-sub-count', class: 'ytContentMetadataViewModelMetadataText' }, lang === 'id' ? `${subs} subscriber` : `${subs} subscribers`),
          ),
        ),
      ),
      el('div', { id: 'actions' },
        el('ytd-menu-renderer', {},
          el('div', { id: 'top-level-buttons-computed' },
            el('segmented-like-dislike-button-view-model', {},
              el('like-button-view-model', {},
                el('toggle-button-view-model', {},
                  el('button-view-model', {},
                    el('button', { 'aria-pressed': 'false', 'aria-label': likeLabel, class: 'yt-like' },
                      el('div', { class: 'yt-spec-button-shape-next__icon' }),
                      el('div', { class: 'yt-spec-button-shape-next__button-text-content' }, compactCount(v.likes, lang)),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    el('div', { id: 'description' },
      el('ytd-text-inline-expander', {},
        el('yt-formatted-string', { id: 'info' },
          el('span', {}, lang === 'id' ? `${views} x ditonton` : `${views} views`),
          el('span', {}, '  '),
          el('span', {}, ago(v.ageDays, 'day', lang)),
        ),
      ),
    ),
  );
}

/** The whole watch page of one video (ytd-watch-flexy[video-id], RYD's isVideoLoaded). */
export function watchPage(v: VideoData, lang: Lang, boxes: Set<CommentBox>): HTMLElement {
  const count = `${groupedCount(v.comments, lang)} ${W.comments[lang]}`;
  const next = VIDEOS.filter((o) => o.id !== v.id);
  return el('ytd-watch-flexy', { 'video-id': v.id },
    el('div', { id: 'columns' },
      el('div', { id: 'primary' },
        el('div', { id: 'player', class: 'yt-player' }),
        metadata(v, lang),
        el('ytd-comments', { id: 'comments' },
          el('ytd-item-section-renderer', {},
            el('div', { id: 'header' },
              el('ytd-comments-header-renderer', {},
                el('div', { id: 'title' }, el('h2', { id: 'count' }, el('yt-formatted-string', {}, el('span', {}, count)))),
                simplebox(lang, boxes),
              ),
            ),
            el('div', { id: 'contents' }, ...v.threads.map((t) => thread(t, v, lang, boxes))),
          ),
        ),
      ),
      el('div', { id: 'secondary' },
        el('h2', {}, W.upNext[lang]),
        ...next.map((o) => link(`/watch?v=${o.id}`, { class: 'yt-next', 'data-video': o.id }, o.title)),
      ),
    ),
  );
}
