import { useCallback, useEffect } from 'react';
import { LangContext, applyLang, langFromSearch, useT } from '../shared/lang';
import { navigate, segments, useLocation } from '../shared/router';
import { Link } from '../shared/Link';
import { AGENCY, type XPost } from './data';
import { HomePage, NotFound, ProfilePage, ThreadPage } from './pages';
import { ComposeModal } from './ReplyModal';
import { LabPage } from './LabPage';
import { W } from './words';

interface ComposeState {
  compose: true;
  replyTo: string | null;
  /** The page shown behind the modal. */
  background: string;
}

function isComposeState(s: unknown): s is ComposeState {
  return typeof s === 'object' && s !== null && (s as { compose?: unknown }).compose === true;
}

function Route({ path, onReply }: { path: string; onReply: (p: XPost) => void }) {
  const seg = segments(path);
  const [first, second, third] = seg;
  if (!first || first === 'home') return <HomePage onReply={onReply} />;
  if (first === '__lab') return <LabPage />;
  if (second === 'status' && third) return <ThreadPage id={third} onReply={onReply} />;
  if (seg.length === 1 || second === 'with_replies') return <ProfilePage handle={first} onReply={onReply} />;
  return <NotFound />;
}

function Nav() {
  const t = useT();
  return (
    <header role="banner" className="x-nav">
      <h1 role="heading" className="x-logo">
        <Link to="/home" aria-label="X">
          𝕏
        </Link>
      </h1>
      <nav role="navigation" aria-label={t({ id: 'Utama', en: 'Primary' })}>
        <Link to="/home" data-testid="AppTabBar_Home_Link">
          {t(W.home)}
        </Link>
        <Link to="/explore">{t(W.explore)}</Link>
        <Link to="/notifications">{t(W.notifications)}</Link>
        <Link to={`/${AGENCY}`} data-testid="AppTabBar_Profile_Link">
          {t(W.profile)}
        </Link>
        <Link to="/compose/post" data-testid="SideNav_NewTweet_Button" className="x-button-primary">
          {t(W.post)}
        </Link>
      </nav>
    </header>
  );
}

export function App() {
  const loc = useLocation();
  const lang = langFromSearch(loc.search);
  useEffect(() => applyLang(lang), [lang]);

  const seg = segments(loc.pathname);
  const composing = seg[0] === 'compose';
  const state = isComposeState(loc.state) ? loc.state : null;
  const background = composing ? (state?.background ?? '/home') : loc.pathname;

  useEffect(() => {
    document.title = composing ? 'X' : `${seg[0] ?? 'Home'} / X`;
  });

  const onReply = useCallback((p: XPost) => {
    const s: ComposeState = { compose: true, replyTo: p.id, background: location.pathname };
    navigate('/compose/post', s);
  }, []);
  const close = useCallback(() => {
    if (isComposeState(history.state)) history.back();
    else navigate('/home');
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <div className="x-app">
        <Nav />
        <main role="main" className="x-main">
          <div data-testid="primaryColumn" className="x-primary">
            <Route path={background} onReply={onReply} />
          </div>
        </main>
        {composing && <ComposeModal replyTo={state?.replyTo ?? null} onClose={close} />}
      </div>
    </LangContext.Provider>
  );
}
