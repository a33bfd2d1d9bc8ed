import { useEffect } from 'react';
import { LangContext, applyLang, langFromSearch, useT } from '../shared/lang';
import { segments, useLocation } from '../shared/router';
import { useCallback } from 'react';
import { Link } from '../shared/Link';
import { AGENCY } from './data';
import { FeedPage, LabPage, NotFound, PostPage, ProfilePage } from './pages';
import { PostModal, isModalState } from './PostModal';
import { postByCode } from './data';
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
  // A post opened from the grid or the feed: its URL, the page it came from behind the modal.
  const modal = isModalState(loc.state) ? loc.state : null;
  const [first, second] = segments(loc.pathname);
  const modalPost = modal && (first === 'p' || first === 'reel') && second ? postByCode(second) : undefined;
  const background = modalPost && modal ? modal.background : loc.pathname;
  const close = useCallback(() => history.back(), []);
  useEffect(() => applyLang(lang), [lang]);
  useEffect(() => {
    document.title = 'Instagram';
  });
  return (
    <LangContext.Provider value={lang}>
      <div className="ig-app">
        <SideNav />
        <main role="main" className="ig-main">
          <Route path={background} />
        </main>
      </div>
      {modalPost && <PostModal post={modalPost} onClose={close} />}
    </LangContext.Provider>
  );
}
