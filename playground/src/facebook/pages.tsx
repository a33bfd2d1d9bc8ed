import { useLang, useT } from '../shared/lang';
import { compactCount } from '../shared/format';
import { Link } from '../shared/Link';
import { Avatar } from '../shared/Avatar';
import { NotEditable } from '../shared/PlainEditable';
import { PAGE_INFO, PAGE_NAME, PAGE_SLUG, POSTS, postById } from './data';
import { LexicalBox } from './LexicalBox';
import { Post } from './Post';
import { W } from './words';

export function FeedPage() {
  const t = useT();
  return (
    <div className="fb-column">
      <h2 className="fb-visually-hidden">{t(W.feed)}</h2>
      <div role="feed">
        {POSTS.map((p, i) => (
          <Post key={p.id} post={p} posinset={i + 1} />
        ))}
      </div>
    </div>
  );
}

export function PostPage({ id }: { id: string }) {
  const post = postById(id);
  if (!post) return <NotFound />;
  return (
    <div className="fb-column">
      <Post post={post} />
    </div>
  );
}

export function PageProfile({ slug }: { slug: string }) {
  const lang = useLang();
  const t = useT();
  const own = slug.toLowerCase() === PAGE_SLUG;
  const person = POSTS.flatMap((p) => [p.author, ...p.shown.flatMap((c) => [c.author, ...c.replies.map((r) => r.author)])]).find((a) => a.slug === slug);
  if (!own && !person) return <NotFound />;
  const name = own ? PAGE_NAME : (person?.name ?? slug);
  const posts = POSTS.filter((p) => p.author.slug === slug);
  return (
    <div className="fb-column">
      <div className="fb-page-head">
        <div className="fb-cover" />
        <Avatar name={name} size={120} />
        <h1>{name}</h1>
        {own && (
          <>
            <div className="fb-page-counts">
              <Link to={`/${PAGE_SLUG}/friends_likes/`} role="link">
                {compactCount(PAGE_INFO.likes, lang, true)} {t(W.likes)}
              </Link>{' '}
              •{' '}
              <Link to={`/${PAGE_SLUG}/followers/`} role="link">
                {compactCount(PAGE_INFO.followers, lang, true)} {t(W.followers)}
              </Link>
            </div>
            <div className="fb-muted">
              <strong>{t(W.page)}</strong> · {t(W.governmentOrg)}
            </div>
          </>
        )}
      </div>
      <div role="feed">
        {posts.map((p, i) => (
          <Post key={p.id} post={p} posinset={i + 1} />
        ))}
      </div>
    </div>
  );
}

export function NotFound() {
  const t = useT();
  return <div className="fb-empty">{t(W.notFound)}</div>;
}

/**
 * /__lab: Lexical editors with unusual behaviour for the insertion tests (not a page of facebook.com).
 * In document order: Lexical (normal), Lexical (swallows every insertion), Lexical (drops emoji),
 * Lexical read-only, a non-editable box.
 */
export function LabPage() {
  return (
    <div className="pg-lab">
      <h2>Editor lab (Facebook)</h2>
      <section data-lab="lexical-normal">
        <h3>Lexical</h3>
        <LexicalBox ariaLabel="Write a comment…" placeholder="Write a comment…" sendLabel="Post comment" />
      </section>
      <section data-lab="lexical-reject">
        <h3>Lexical, state refuses every change</h3>
        <LexicalBox ariaLabel="Locked comment" placeholder="Locked" sendLabel="Post comment" mode="reject" />
      </section>
      <section data-lab="lexical-strip-emoji">
        <h3>Lexical, emoji dropped by a node transform</h3>
        <LexicalBox ariaLabel="Comment without emoji" placeholder="No emoji" sendLabel="Post comment" mode="strip-emoji" />
      </section>
      <section data-lab="lexical-read-only">
        <h3>Lexical, read-only</h3>
        <LexicalBox ariaLabel="Read-only comment" placeholder="Read-only" sendLabel="Post comment" mode="read-only" />
      </section>
      <section data-lab="not-editable">
        <h3>Not editable</h3>
        <NotEditable label="Read-only box" testId="lab-not-editable" />
      </section>
    </div>
  );
}
