import { useEffect } from 'react';
import { LangContext, applyLang, langFromSearch, useT } from '../shared/lang';
import { segments, useLocation } from '../shared/router';
import { Link } from '../shared/Link';
import { AGENCY } from './data';
import { FeedPage, LabPage, NotFound, PostPage, ProfilePage } from './pages';
import { W } from './words';

function Route({ path }: { path: string }) {
  const [first, second] = segments(path);
  if (!first) return <FeedPage />;
  if (first === '__lab') return <LabPage />;
  if ((first === 'p' || first === 'reel' || first === 'reels') && second) return <PostPage code={second} />;
  if (first === 'explore' || first === 'direct') return <NotFound />;
  return <ProfilePage username={first} />;
}

function SideNav() {
  const t = useT();
  return (
    <div className="ig-nav" role="navigation">
      <Link to="/" className="ig-logo" aria-label="Instagram">
        Instagram
      </Link>
      <Link to="/">{t(W.home)}</Link>
      <Link to="/reels/">{t(W.reels)}</Link>
      <Link to={`/${AGENCY}/`}>{t(W.profile)}</Link>
    </div>
  );
}

export function App() {
  const loc = useLocation();
  const lang = langFromSearch(loc.search);
  useEffect(() => applyLang(lang), [lang]);
  useEffect(() => {
    document.title = 'Instagram';
  });
  return (
    <LangContext.Provider value={lang}>
      <div className="ig-app">
        <SideNav />
        <main role="main" className="ig-main">
          <Route path={loc.pathname} />
        </main>
      </div>
    </LangContext.Provider>
  );
}
