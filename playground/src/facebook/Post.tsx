import { useCallback, useId, useState, type MouseEvent } from 'react';
import { useLang, useT } from '../shared/lang';
import { compactCount, shortDate } from '../shared/format';
import { Link } from '../shared/Link';
import { Avatar } from '../shared/Avatar';
import { IconComment, IconLike, IconShare } from '../shared/icons';
import { LexicalBox } from './LexicalBox';
import { PostDialog } from './PostDialog';
import { labelAge, shortAge, useMarkup } from '../shared/markup';
import { PAGE_NAME, type FbComment, type FbPost } from './data';
import { W, commentAsLabel, commentByLabel, commentsText, reactionsLabel, replyAsLabel, replyByLabel, sharesText } from './words';

function longDate(iso: string, lang: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso));
}

function Comment({ post, comment, parent, onReply }: { post: FbPost; comment: FbComment; parent?: FbComment; onReply: () => void }) {
  const lang = useLang();
  const t = useT();
  const old = useMarkup() === 'old';
  const at = comment.at;
  // Real pages: the label ends with the age ("Komentar oleh Budi 5 menit yang lalu", kirana) and the
  // permalink shows it as text ("a day ago", comment fixtures); no <time>. Older markup: a date and <time>.
  const byLabel = parent ? replyByLabel(comment.author.name, lang) : commentByLabel(comment.author.name, lang);
  const href = `/${post.author.slug}/posts/${post.id}?comment_id=${parent ? parent.id : comment.id}${parent ? `&reply_comment_id=${comment.id}` : ''}`;
  return (
    <div role="article" aria-label={`${byLabel} ${old ? shortDate(at, lang) : labelAge(at, lang)}`} tabIndex={-1} className="fb-comment">
      <Link to={`/${comment.author.slug}`} role="link" tabIndex={-1} aria-hidden="true">
        <Avatar name={comment.author.name} size={32} />
      </Link>
      <div className="fb-comment-main">
        <div className="fb-bubble">
          <span>
            <Link to={`/${comment.author.slug}`} role="link">
              <span className="fb-strong">{comment.author.name}</span>
            </Link>
          </span>
          <div dir="auto">{comment.text}</div>
          {comment.reactions > 0 && (
            <div role="button" aria-label={reactionsLabel(comment.reactions, lang)} className="fb-comment-reactions">
              <span aria-hidden="true">👍</span>
              <span>{comment.reactions}</span>
            </div>
          )}
        </div>
        <ul className="fb-comment-actions">
          <li>
            <Link to={href} role="link">
              {old ? <time dateTime={at}>{shortDate(at, lang)}</time> : <span>{shortAge(at, lang)}</span>}
            </Link>
          </li>
          <li>
            <div role="button" tabIndex={0}>
              {t(W.like)}
            </div>
          </li>
          <li>
            <div role="button" tabIndex={0} onClick={onReply}>
              {t(W.reply)}
            </div>
          </li>
        </ul>
      </div>
    </div>
  );
}

function CommentThread({ post, comment }: { post: FbPost; comment: FbComment }) {
  const lang = useLang();
  const t = useT();
  const [replying, setReplying] = useState(false);
  const old = useMarkup() === 'old';
  const open = () => setReplying(true);
  return (
    <li>
      <Comment post={post} comment={comment} onReply={open} />
      {(comment.replies.length > 0 || replying) && (
        <div className="fb-replies">
          <ul>
            {comment.replies.map((r) => (
              <li key={r.id}>
                <Comment post={post} comment={r} parent={comment} onReply={open} />
              </li>
            ))}
          </ul>
          {replying && (
            <div className="fb-composer-row">
              <Avatar name={PAGE_NAME} size={24} />
              <LexicalBox
                ariaLabel={replyAsLabel(PAGE_NAME, lang)}
                placeholder={replyAsLabel(PAGE_NAME, lang)}
                sendLabel={t(old ? W.sendCommentOld : W.sendReply)}
                extraLabel={old ? undefined : t(W.emoji)}
                autoFocus
              />
            </div>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * One feed post, marked up after facebook.com: div[role=article][aria-posinset] with data-ad-rendering-role parts.
 * Its comment count opens the post in Facebook's post dialog (PostDialog.tsx); `inDialog` is the copy shown there.
 */
export function Post({ post, posinset, inDialog = false }: { post: FbPost; posinset?: number; inDialog?: boolean }) {
  const lang = useLang();
  const t = useT();
  const [dialog, setDialog] = useState(false);
  const closeDialog = useCallback(() => setDialog(false), []);
  const ids = { name: useId(), text: useId() };
  const old = useMarkup() === 'old';
  const at = post.at;
  const permalink = `/${post.author.slug}/posts/${post.id}`;
  const boxLabel = post.box === 'as-page' ? commentAsLabel(PAGE_NAME, lang) : post.box === 'public' ? t(W.writePublicComment) : t(W.writeComment);
  const focusBox = (e: MouseEvent<HTMLElement>) => {
    e.currentTarget.closest('[role="article"]')?.querySelector<HTMLElement>('[data-lexical-editor="true"]')?.focus();
  };
  const hasCounts = post.reactions > 0 || post.comments > 0 || post.shares > 0;

  return (
    <div role="article" aria-posinset={posinset} aria-setsize={posinset === undefined ? undefined : -1} aria-labelledby={ids.name} aria-describedby={ids.text} className="fb-post">
      <div className="fb-post-head">
        <Link to={`/${post.author.slug}`} aria-hidden="true" tabIndex={-1}>
          <Avatar name={post.author.name} />
        </Link>
        <div className="fb-post-meta">
          <div data-ad-rendering-role="profile_name">
            <h3 id={ids.name}>
              <span>
                <Link to={`/${post.author.slug}`} role="link">
                  <strong>
                    <span>{post.author.name}</span>
                  </strong>
                </Link>
              </span>
            </h3>
          </div>
          <div className="fb-muted">
            <span>
              {old ? (
                <Link to={permalink} role="link" aria-label={longDate(at, lang)}>
                  <time dateTime={at}>{shortDate(at, lang)}</time>
                </Link>
              ) : (
                // Real pages: the post age as plain text ("2 j", "1h"; facebook-ms-innertext-runlog).
                <Link to={permalink} role="link">
                  <span>{shortAge(at, lang)}</span>
                </Link>
              )}
            </span>{' '}
            · <span aria-label={lang === 'id' ? 'Dibagikan ke Publik' : 'Shared with Public'}>🌐</span>
          </div>
        </div>
        <div role="button" aria-label={t(W.actionsFor)} aria-haspopup="menu" className="fb-more">
          ⋯
        </div>
      </div>
      <div data-ad-rendering-role="story_message" id={ids.text} className="fb-story">
        <div dir="auto">{post.text}</div>
      </div>
      {hasCounts && (
        <div className="fb-counts">
          <div>
            {post.reactions > 0 && (
              <div role="button" tabIndex={0} className="fb-reactions">
                <span aria-hidden="true">👍❤️</span>{' '}
                <span className="fb-reaction-count">
                  <span className="fb-visually-hidden">{t(W.allReactions)}</span> <span>{compactCount(post.reactions, lang, true)}</span>
                </span>
              </div>
            )}
          </div>
          <div className="fb-counts-right">
            {post.comments > 0 && (
              <div role="button" tabIndex={0} onClick={inDialog ? undefined : () => setDialog(true)}>
                <span>{commentsText(post.comments, lang)}</span>
              </div>
            )}
            {post.shares > 0 && (
              <div role="button" tabIndex={0}>
                <span>{sharesText(post.shares, lang)}</span>
              </div>
            )}
          </div>
        </div>
      )}
      <div className="fb-post-actions">
        <div role="button" tabIndex={0} aria-label={t(W.like)} data-ad-rendering-role="like_button">
          <IconLike /> <span>{t(W.like)}</span>
        </div>
        <div role="button" tabIndex={0} aria-label={t(old ? W.commentOld : W.comment)} data-ad-rendering-role="comment_button" onClick={focusBox}>
          <IconComment /> <span>{t(W.commentOld)}</span>
        </div>
        <div role="button" tabIndex={0} aria-label={t(W.share)} data-ad-rendering-role="share_button">
          <IconShare /> <span>{t(W.share)}</span>
        </div>
      </div>
      <div className="fb-comments">
        {post.comments > post.shown.length + post.shown.reduce((n, c) => n + c.replies.length, 0) && (
          <div role="button" tabIndex={0} className="fb-more-comments">
            {t(W.moreComments)}
          </div>
        )}
        <ul>
          {post.shown.map((c) => (
            <CommentThread key={c.id} post={post} comment={c} />
          ))}
        </ul>
        <div className="fb-composer-row">
          <Avatar name={PAGE_NAME} size={32} />
          <LexicalBox
            ariaLabel={boxLabel}
            placeholder={boxLabel}
            sendLabel={t(old ? W.sendCommentOld : W.sendComment)}
            extraLabel={old ? undefined : t(W.emoji)}
            autoFocus={inDialog}
          />
        </div>
      </div>
      {dialog && <PostDialog post={post} onClose={closeDialog} />}
    </div>
  );
}
