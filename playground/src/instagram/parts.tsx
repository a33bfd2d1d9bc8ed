import type { ReactNode } from 'react';
import { useLang, useT } from '../shared/lang';
import { groupedCount, shortDate } from '../shared/format';
import { useMarkup } from '../shared/markup';
import { Link } from '../shared/Link';
import { Avatar } from '../shared/Avatar';
import { userByName, type IgComment, type IgPost } from './data';
import { W, commentLikes, likesText } from './words';

/** Instagram puts the accessible name on the <svg> itself (aria-label="Suka"). */
export function IgIcon({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg aria-label={label} role="img" viewBox="0 0 24 24" width={24} height={24} fill="none" stroke="currentColor" strokeWidth={1.8}>
      <title>{label}</title>
      {children}
    </svg>
  );
}

export function Verified() {
  const t = useT();
  return (
    <svg aria-label={t(W.verified)} role="img" viewBox="0 0 24 24" width={12} height={12}>
      <circle cx="12" cy="12" r="11" fill="#0095f6" />
      <path d="M7 12l3 3 7-7" stroke="#fff" strokeWidth={3} fill="none" />
    </svg>
  );
}

export function UserLink({ username, withAvatar = false, size = 32 }: { username: string; withAvatar?: boolean; size?: number }) {
  const user = userByName(username);
  return (
    <span className="ig-user">
      {withAvatar && (
        <Link to={`/${username}/`} aria-hidden="true" tabIndex={-1}>
          <Avatar name={user?.fullName ?? username} size={size} />
        </Link>
      )}
      <Link to={`/${username}/`} role="link" className="ig-username">
        {username}
      </Link>
      {user?.verified && <Verified />}
    </span>
  );
}

export function PostTime({ post }: { post: IgPost }) {
  const lang = useLang();
  const long = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(post.at));
  return (
    <Link to={`/${post.kind === 'reel' ? 'reel' : 'p'}/${post.code}/`} role="link">
      <time dateTime={post.at} title={long}>
        {shortDate(post.at, lang)}
      </time>
    </Link>
  );
}

/**
 * The post's action bar. Real pages (markup.ts) draw the like count right after the like icon,
 * without a liked_by link (../shared/fixtures/real/instagram-id-selectors-multi.txt, id 57028565410).
 */
export function ActionBar({ onComment, post }: { onComment?: () => void; post?: IgPost }) {
  const t = useT();
  const lang = useLang();
  const real = useMarkup() === 'real';
  return (
    <section className="ig-actions">
      <div role="button" tabIndex={0}>
        <IgIcon label={t(W.like)}>
          <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
        </IgIcon>
      </div>
      {real && post && post.likes > 0 ? <span className="ig-count html-span">{groupedCount(post.likes, lang)}</span> : null}
      <div role="button" tabIndex={0} onClick={onComment}>
        <IgIcon label={t(W.comment)}>
          <circle cx="12" cy="12" r="8" />
        </IgIcon>
      </div>
      <div role="button" tabIndex={0}>
        <IgIcon label={t(W.share)}>
          <path d="M3 20l18-8L3 4v6l12 2-12 2z" />
        </IgIcon>
      </div>
      <div role="button" tabIndex={0} className="ig-save">
        <IgIcon label={t(W.save)}>
          <path d="M6 3h12v18l-6-4-6 4z" />
        </IgIcon>
      </div>
    </section>
  );
}

export function Likes({ post }: { post: IgPost }) {
  const lang = useLang();
  const t = useT();
  const real = useMarkup() === 'real';
  if (post.likes === 0) {
    return <section className="ig-likes">{t(W.firstLike)}</section>;
  }
  // Real pages: the count is beside the like icon (ActionBar), no liked_by line.
  if (real) return null;
  const { num, word } = likesText(post.likes, lang);
  return (
    <section className="ig-likes">
      <Link to={`/p/${post.code}/liked_by/`} role="link">
        <span>{num}</span> {word}
      </Link>
    </section>
  );
}

export function CommentItem({ post, comment, onReply }: { post: IgPost; comment: IgComment; onReply: (username: string) => void }) {
  const lang = useLang();
  const t = useT();
  const user = userByName(comment.user);
  const long = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(comment.at));
  return (
    <li className="ig-comment">
      <Link to={`/${comment.user}/`} aria-hidden="true" tabIndex={-1}>
        <Avatar name={user?.fullName ?? comment.user} size={32} />
      </Link>
      <div className="ig-comment-main">
        <h3>
          <Link to={`/${comment.user}/`} role="link" className="ig-username">
            {comment.user}
          </Link>
        </h3>{' '}
        <span dir="auto">{comment.text}</span>
        <div className="ig-comment-meta">
          <Link to={`/p/${post.code}/c/${comment.id}/`} role="link">
            <time dateTime={comment.at} title={long}>
              {shortDate(comment.at, lang)}
            </time>
          </Link>
          {comment.likes > 0 && (
            <div role="button" tabIndex={0}>
              {commentLikes(comment.likes, lang)}
            </div>
          )}
          <div role="button" tabIndex={0} onClick={() => onReply(comment.user)}>
            {t(W.reply)}
          </div>
        </div>
      </div>
      <div role="button" tabIndex={0} className="ig-comment-like">
        <IgIcon label={t(W.like)}>
          <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
        </IgIcon>
      </div>
    </li>
  );
}
