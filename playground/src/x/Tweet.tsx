import { useId, type ReactNode } from 'react';
import { useLang, useT } from '../shared/lang';
import { compactCount, shortDate, timeAndDate } from '../shared/format';
import { Link } from '../shared/Link';
import { Avatar } from '../shared/Avatar';
import { IconBookmark, IconLike, IconReply, IconRepost, IconShare, IconVerified, IconViews } from '../shared/icons';
import { postById, userByHandle, type XPost } from './data';
import { W, buttonLabel, groupLabel, viewsLinkLabel } from './words';

export type TweetVariant = 'timeline' | 'focal' | 'modal-parent';

/** The compact number X shows next to an icon (truncated: 8,873 → "8.8K"). */
function Count({ n, oneDecimal }: { n: number; oneDecimal?: boolean }) {
  const lang = useLang();
  return (
    <span data-testid="app-text-transition-container">
      <span>
        <span>{compactCount(n, lang, oneDecimal)}</span>
      </span>
    </span>
  );
}

function ActionButton(props: { testId: string; label: string; n: number; icon: ReactNode; onClick?: () => void; menu?: boolean }) {
  return (
    <div className="x-action">
      <button
        type="button"
        role="button"
        data-testid={props.testId}
        aria-label={props.label}
        aria-haspopup={props.menu ? 'menu' : undefined}
        aria-expanded={props.menu ? false : undefined}
        onClick={props.onClick}
      >
        <div dir="ltr">
          <div>{props.icon}</div>
          {props.n > 0 && (
            <div>
              <Count n={props.n} />
            </div>
          )}
        </div>
      </button>
    </div>
  );
}

/** One post, marked up after x.com's article[data-testid="tweet"] (see shared/fixtures/x). */
export function Tweet({ post, variant = 'timeline', onReply }: { post: XPost; variant?: TweetVariant; onReply?: (p: XPost) => void }) {
  const lang = useLang();
  const t = useT();
  const ids = { name: useId(), text: useId(), group: useId() };
  const user = userByHandle(post.author);
  const name = user?.name ?? post.author;
  const permalink = `/${post.author}/status/${post.id}`;
  const { counts } = post;
  const dateText = variant === 'focal' ? timeAndDate(post.at, lang) : shortDate(post.at, lang);

  const timeLink = (
    <Link to={permalink} dir="ltr" aria-label={dateText} role="link">
      <time dateTime={post.at}>{dateText}</time>
    </Link>
  );

  const article = (
    <article
      aria-labelledby={`${ids.name} ${ids.text} ${ids.group}`}
      role="article"
      tabIndex={variant === 'focal' ? -1 : 0}
      data-testid="tweet"
      className={`x-tweet x-tweet-${variant}`}
    >
      <div className="x-tweet-row">
        <div data-testid="Tweet-User-Avatar">
          <div data-testid={`UserAvatar-Container-${post.author}`}>
            <Link to={`/${post.author}`} role="link">
              <Avatar name={name} />
            </Link>
          </div>
        </div>
        <div className="x-tweet-body">
          <div id={ids.name} data-testid="User-Name" className="x-user-name">
            <div>
              <Link to={`/${post.author}`} role="link">
                <div dir="ltr">
                  <span>
                    <span className="x-display-name">{name}</span>
                  </span>
                </div>
                {user?.verified && (
                  <div dir="ltr">
                    <span>
                      <IconVerified label={t(W.verified)} />
                    </span>
                  </div>
                )}
              </Link>
            </div>
            <div>
              <Link to={`/${post.author}`} role="link" tabIndex={-1}>
                <div dir="ltr">
                  <span className="x-handle">@{post.author}</span>
                </div>
              </Link>
            </div>
            {variant !== 'focal' && (
              <>
                <div dir="ltr" aria-hidden="true">
                  <span>·</span>
                </div>
                <div>{timeLink}</div>
              </>
            )}
          </div>
          {variant === 'modal-parent' || !post.replyTo ? null : (
            <div className="x-replying">
              {t(W.replyingTo)} <Link to={`/${parentAuthor(post)}`}>@{parentAuthor(post)}</Link>
            </div>
          )}
          <div dir="auto" lang={post.lang} id={ids.text} data-testid="tweetText" className="x-tweet-text">
            <span>{post.text}</span>
          </div>
          {variant === 'focal' && (
            <div className="x-focal-meta">
              <div dir="ltr">{timeLink}</div>
              {counts.views !== null && counts.views > 0 && (
                <>
                  <div dir="ltr" aria-hidden="true">
                    <span>·</span>
                  </div>
                  <div dir="ltr">
                    <span>
                      <div>
                        <Count n={counts.views} oneDecimal />
                      </div>{' '}
                      <span>
                        <span>{counts.views === 1 ? t(W.view) : t(W.views)}</span>
                      </span>
                    </span>
                  </div>
                </>
              )}
            </div>
          )}
          {variant !== 'modal-parent' && (
            <div aria-label={groupLabel(counts, lang)} role="group" id={ids.group} className="x-actions">
              <ActionButton testId="reply" label={buttonLabel('replies', counts.replies, lang)} n={counts.replies} icon={<IconReply />} onClick={() => onReply?.(post)} />
              <ActionButton testId="retweet" label={buttonLabel('reposts', counts.reposts, lang)} n={counts.reposts} icon={<IconRepost />} menu />
              <ActionButton testId="like" label={buttonLabel('likes', counts.likes, lang)} n={counts.likes} icon={<IconLike />} />
              {variant !== 'focal' && counts.views !== null && (
                <div className="x-action">
                  <Link to={`${permalink}/analytics`} aria-label={viewsLinkLabel(counts.views, lang)} role="link">
                    <div dir="ltr">
                      <div>
                        <IconViews />
                      </div>
                      {counts.views > 0 && (
                        <div>
                          <Count n={counts.views} />
                        </div>
                      )}
                    </div>
                  </Link>
                </div>
              )}
              <ActionButton testId="bookmark" label={buttonLabel('bookmarks', counts.bookmarks, lang)} n={counts.bookmarks} icon={<IconBookmark />} />
              <div className="x-action">
                <button type="button" role="button" aria-label={t(W.sharePost)} aria-haspopup="menu" aria-expanded={false}>
                  <IconShare />
                </button>
              </div>
            </div>
          )}
        </div>
      </div>
    </article>
  );

  if (variant !== 'timeline') return article;
  return (
    <div data-testid="cellInnerDiv" className="x-cell">
      <div>{article}</div>
    </div>
  );
}


function parentAuthor(post: XPost): string {
  return (post.replyTo && postById(post.replyTo)?.author) || '';
}
