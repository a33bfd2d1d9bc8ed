import { useEffect } from 'react';
import { LangContext, applyLang, langFromSearch, useT } from '../shared/lang';
import { segments, useLocation } from '../shared/router';
import { Link } from '../shared/Link';
import { PAGE_SLUG } from './data';
import { FeedPage, LabPage, NotFound, PageProfile, PostPage } from './pages';
import { W } from './words';

function Route({ path }: { path: string }) {
  const [first, second, third] = segments(path);
  if (!first || first === 'home.php') return <FeedPage />;
  if (first === '__lab') return <LabPage />;
  if (second === 'posts' && third) return <PostPage id={third} />;
  if (first === 'permalink.php' || first === 'story.php') return <NotFound />;
  return <PageProfile slug={first} />;
}

function Banner() {
  const t = useT();
  return (
    <div role="banner" className="fb-banner">
      <Link to="/" aria-label="Facebook" className="fb-logo">
        facebook
      </Link>
      <nav aria-label={t({ id: 'Pintasan', en: 'Shortcuts' })}>
        <Link to="/">{t(W.home)}</Link>
        <Link to={`/${PAGE_SLUG}`}>{t(W.page)}</Link>
      </nav>
    </div>
  );
}

export function App() {
  const loc = useLocation();
  const lang = langFromSearch(loc.search);
  useEffect(() => applyLang(lang), [lang]);
  useEffect(() => {
    document.title = 'Facebook';
  });
  return (
    <LangContext.Provider value={lang}>
      <Banner />
      <div role="main" className="fb-main">
        <Route path={loc.pathname} />
      </div>
    </LangContext.Provider>
  );
}
