import { useLang, useT } from '../shared/lang';
import { compactCount, groupedCount } from '../shared/format';
import { Link } from '../shared/Link';
import { Avatar } from '../shared/Avatar';
import { IconVerified } from '../shared/icons';
import { AGENCY, POSTS, TIMELINE, postById, userByHandle, type XPost } from './data';
import { DraftComposer } from './DraftComposer';
import { Tweet } from './Tweet';
import { W } from './words';

type OnReply = (p: XPost) => void;

function agencyName(): string {
  return userByHandle(AGENCY)?.name ?? AGENCY;
}

export function HomePage({ onReply }: { onReply: OnReply }) {
  const t = useT();
  return (
    <>
      <div className="x-topbar">
        <h2>{t(W.home)}</h2>
      </div>
      <div className="x-home-compose">
        <DraftComposer
          placeholder={t(W.whatsHappening)}
          ariaLabel={t(W.postText)}
          buttonTestId="tweetButtonInline"
          buttonText={t(W.post)}
          avatarName={agencyName()}
        />
      </div>
      <section role="region">
        <div aria-label={t(W.homeTimeline)}>
          <div>
            {TIMELINE.map((id) => {
              const post = postById(id);
              return post ? <Tweet key={id} post={post} onReply={onReply} /> : null;
            })}
          </div>
        </div>
      </section>
    </>
  );
}

export function ThreadPage({ id, onReply }: { id: string; onReply: OnReply }) {
  const t = useT();
  const post = postById(id);
  if (!post) return <NotFound />;
  const parent = post.replyTo ? postById(post.replyTo) : undefined;
  const replies = POSTS.filter((p) => p.replyTo === post.id);
  return (
    <>
      <div className="x-topbar">
        <Link to="/home" aria-label={t(W.back)} data-testid="app-bar-back">
          ←
        </Link>
        <h2>{t(W.post)}</h2>
      </div>
      <section role="region">
        <div aria-label={t(W.conversation)}>
          <div>
            {parent && <Tweet post={parent} onReply={onReply} />}
            <div data-testid="cellInnerDiv" className="x-cell">
              <div>
                <Tweet post={post} variant="focal" onReply={onReply} />
              </div>
            </div>
            <div data-testid="cellInnerDiv" className="x-cell">
              <div className="x-inline-reply">
                <div className="x-replying">
                  {t(W.replyingTo)} <Link to={`/${post.author}`}>@{post.author}</Link>
                </div>
                <DraftComposer
                  key={post.id}
                  placeholder={t(W.postYourReply)}
                  ariaLabel={t(W.postText)}
                  buttonTestId="tweetButtonInline"
                  buttonText={t(W.reply)}
                  avatarName={agencyName()}
                />
              </div>
            </div>
            {replies.map((r) => (
              <Tweet key={r.id} post={r} onReply={onReply} />
            ))}
          </div>
        </div>
      </section>
    </>
  );
}

export function ProfilePage({ handle, onReply }: { handle: string; onReply: OnReply }) {
  const lang = useLang();
  const t = useT();
  const user = userByHandle(handle);
  if (!user) return <NotFound />;
  const posts = POSTS.filter((p) => p.author === user.handle && !p.replyTo);
  const joined = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', { month: 'long', year: 'numeric' }).format(new Date(user.joined));
  return (
    <>
      <div className="x-topbar">
        <div>
          <h2>{user.name}</h2>
          <div className="x-muted">
            {groupedCount(user.posts, lang)} {lang === 'id' ? 'postingan' : 'posts'}
          </div>
        </div>
      </div>
      <div className="x-banner" />
      <div className="x-profile-head">
        <Avatar name={user.name} size={96} />
        <div data-testid="UserName" className="x-profile-names">
          <div>
            <span className="x-display-name">{user.name}</span>
            {user.verified && <IconVerified label={t(W.verified)} />}
          </div>
          <div>
            <span className="x-handle">@{user.handle}</span>
          </div>
        </div>
        {user.bio && (
          <div data-testid="UserDescription" dir="auto">
            <span>{user.bio}</span>
          </div>
        )}
        <div data-testid="UserProfileHeader_Items" className="x-muted">
          <span data-testid="UserJoinDate">
            {t(W.joined)} {joined}
          </span>
        </div>
        <div className="x-follow-counts">
          <Link to={`/${user.handle}/following`} role="link">
            <span>
              <span className="x-strong">{compactCount(user.following, lang, true)}</span>
            </span>{' '}
            <span>
              <span>{t(W.following)}</span>
            </span>
          </Link>
          <Link to={`/${user.handle}/verified_followers`} role="link">
            <span>
              <span className="x-strong">{compactCount(user.followers, lang, true)}</span>
            </span>{' '}
            <span>
              <span>{t(W.followers)}</span>
            </span>
          </Link>
        </div>
      </div>
      <section role="region">
        <div aria-label={t(W.profileTimeline)}>
          <div>
            {posts.map((p) => (
              <Tweet key={p.id} post={p} onReply={onReply} />
            ))}
          </div>
        </div>
      </section>
    </>
  );
}

export function NotFound() {
  const t = useT();
  return (
    <div className="x-empty" data-testid="error-detail">
      {t(W.notFound)}
    </div>
  );
}
