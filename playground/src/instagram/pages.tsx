import { useEffect, useRef, useState } from 'react';
import { useLang, useT } from '../shared/lang';
import { groupedCount } from '../shared/format';
import { Link } from '../shared/Link';
import { Avatar, MediaBox } from '../shared/Avatar';
import { NotEditable, PlainEditable } from '../shared/PlainEditable';
import { CommentForm } from './CommentForm';
import { openModal } from './PostModal';
import { POSTS, postByCode, userByName, type IgPost } from './data';
import { ActionBar, CommentItem, Likes, PostTime, UserLink, Verified } from './parts';
import { W, profileCount, viewAllComments } from './words';

function FeedPost({ post }: { post: IgPost }) {
  const lang = useLang();
  const t = useT();
  const input = useRef<HTMLTextAreaElement>(null);
  return (
    <article className="ig-feed-post">
      <header className="ig-post-head">
        <UserLink username={post.author} withAvatar />
        <span aria-hidden="true">•</span>
        <PostTime post={post} />
      </header>
      <MediaBox seed={post.code} ratio={post.kind === 'reel' ? 9 / 16 : 1} label={post.caption} />
      <ActionBar onComment={() => input.current?.focus()} post={post} />
      <Likes post={post} />
      <div className="ig-caption">
        <UserLink username={post.author} /> <span dir="auto">{post.caption}</span>
      </div>
      {post.comments > 0 && (
        <Link to={`/p/${post.code}/`} role="link" className="ig-muted" onClick={openModal(post)}>
          {viewAllComments(post.comments, lang)}
        </Link>
      )}
      <CommentForm label={t(W.addComment)} sendLabel={t(W.post)} inputRef={input} />
    </article>
  );
}

export function FeedPage() {
  return (
    <div className="ig-feed">
      {POSTS.map((p) => (
        <FeedPost key={p.code} post={p} />
      ))}
    </div>
  );
}

/** /p/<code>/ and /reel/<code>/: the post with its comments; "Balas" fills in "@handle " like IG. */
export function PostPage({ code }: { code: string }) {
  const post = postByCode(code);
  if (!post) return <NotFound />;
  return (
    <article className="ig-post-page">
      <PostView post={post} autoFocus={false} />
    </article>
  );
}

/** The post's media and its side column (comments, actions, the comment bar): on its page and in the post modal. */
export function PostView({ post, autoFocus }: { post: IgPost; autoFocus: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const reply = (username: string) => {
    setDraft(`@${username} `);
    input.current?.focus();
  };
  return (
    <>
      <div className="ig-post-media">
        <MediaBox seed={post.code} ratio={post.kind === 'reel' ? 9 / 16 : 1} label={post.caption} />
      </div>
      <div className="ig-post-side">
        <header className="ig-post-head">
          <UserLink username={post.author} withAvatar />
        </header>
        <ul className="ig-comments">
          <li className="ig-comment ig-caption-item">
            <UserLink username={post.author} withAvatar /> <span dir="auto">{post.caption}</span>
            <div className="ig-comment-meta">
              <PostTime post={post} />
            </div>
          </li>
          {post.shown.map((c) => (
            <CommentItem key={c.id} post={post} comment={c} onReply={reply} />
          ))}
        </ul>
        <ActionBar onComment={() => input.current?.focus()} post={post} />
        <Likes post={post} />
        <div className="ig-muted ig-date">
          <PostTime post={post} />
        </div>
        {post.kind === 'reel' ? (
          <PlainEditable label={t(W.addComment)} placeholder={t(W.addComment)} className="ig-reel-box" send={{ label: t(W.post), platform: 'instagram' }} />
        ) : (
          <CommentForm label={t(W.addComment)} sendLabel={t(W.post)} value={draft} onValueChange={setDraft} inputRef={input} />
        )}
      </div>
    </>
  );
}

export function ProfilePage({ username }: { username: string }) {
  const lang = useLang();
  const user = userByName(username);
  if (!user) return <NotFound />;
  const posts = POSTS.filter((p) => p.author === user.username);
  const c = {
    posts: profileCount('posts', user.posts, lang),
    followers: profileCount('followers', user.followers, lang),
    following: profileCount('following', user.following, lang),
  };
  return (
    <div className="ig-profile-page">
      <header className="ig-profile">
        <Avatar name={user.fullName} size={150} />
        <section>
          <div className="ig-profile-name">
            <h2>{user.username}</h2>
            {user.verified && <Verified />}
          </div>
          <ul className="ig-profile-counts">
            <li>
              <span>
                <span className="ig-strong">{c.posts.num}</span> {c.posts.word}
              </span>
            </li>
            <li>
              <Link to={`/${user.username}/followers/`} role="link">
                <span title={groupedCount(user.followers, lang)}>
                  <span className="ig-strong">{c.followers.num}</span>
                </span>{' '}
                {c.followers.word}
              </Link>
            </li>
            <li>
              <Link to={`/${user.username}/following/`} role="link">
                <span>
                  <span className="ig-strong">{c.following.num}</span> {c.following.word}
                </span>
              </Link>
            </li>
          </ul>
          <div className="ig-bio">
            <span className="ig-strong">{user.fullName}</span>
            {user.category && <div className="ig-muted">{user.category[lang]}</div>}
            {user.bio && <span dir="auto">{user.bio}</span>}
          </div>
        </section>
      </header>
      <div className="ig-grid">
        {posts.map((p) => (
          <Link key={p.code} to={`/${p.kind === 'reel' ? 'reel' : 'p'}/${p.code}/`} role="link" onClick={openModal(p)}>
            <MediaBox seed={p.code} label={p.caption} />
          </Link>
        ))}
      </div>
    </div>
  );
}

export function NotFound() {
  const t = useT();
  return <div className="ig-empty">{t(W.notFound)}</div>;
}

/**
 * /__lab: textareas with unusual behaviour for the insertion tests (not a page of instagram.com).
 * In document order: textarea (normal), textarea (state ignores edits), textarea (maxLength 20),
 * textarea (disabled), plain contenteditable.
 */
export function LabPage() {
  return (
    <div className="pg-lab">
      <h2>Editor lab (Instagram)</h2>
      <section data-lab="textarea-normal">
        <h3>React textarea</h3>
        <CommentForm label="Add a comment…" sendLabel="Post" />
      </section>
      <section data-lab="textarea-reject">
        <h3>React textarea, state ignores edits</h3>
        <CommentForm label="Locked comment" sendLabel="Post" mode="reject" />
      </section>
      <section data-lab="textarea-max-length">
        <h3>React textarea, maxLength 20</h3>
        <CommentForm label="Short comment" sendLabel="Post" mode="max-length" />
      </section>
      <section data-lab="textarea-disabled">
        <h3>React textarea, disabled</h3>
        <CommentForm label="Comments off" sendLabel="Post" mode="disabled" />
      </section>
      <section data-lab="plain">
        <h3>Plain contenteditable</h3>
        <PlainEditable label="Plain box" testId="lab-plain" />
      </section>
      <section data-lab="not-editable">
        <h3>Not editable</h3>
        <NotEditable label="Read-only box" testId="lab-not-editable" />
      </section>
    </div>
  );
}

