import { installHooks } from '../shared/hooks';
import { applyLang, langFromSearch } from '../shared/lang';
import type { CommentBox } from './commentbox';
import { videoById } from './data';
import { watchPage } from './watch';
import '../shared/base.css';
import './youtube.css';

installHooks();
const app = document.querySelector('ytd-app') ?? document.body.appendChild(document.createElement('ytd-app'));
const boxes = new Set<CommentBox>();

/**
 * Renders the watch page of the address (/watch?v=<id>, other paths: the first video), then fires
 * yt-navigate-finish on document, as YouTube does after each in-page navigation (RYD listens for it:
 * youtube-watch-likebutton-navigation-ryd.txt).
 */
function render(): void {
  const lang = langFromSearch(location.search);
  applyLang(lang);
  for (const b of boxes) b.remove();
  boxes.clear();
  const video = videoById(new URLSearchParams(location.search).get('v'));
  document.title = `${video.title} - YouTube`;
  app.replaceChildren(watchPage(video, lang, boxes));
  document.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
}

// In-page links and __playground.navigate go through the shared router's history.pushState (its
// listeners are React's): every push re-renders this page, as YouTube's app does.
const push = history.pushState.bind(history);
history.pushState = (...args: Parameters<History['pushState']>) => {
  push(...args);
  queueMicrotask(render);
};
window.addEventListener('popstate', render);
render();
