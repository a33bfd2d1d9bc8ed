import { useSyncExternalStore } from 'react';
import { langFromSearch } from './lang';

export interface Loc {
  pathname: string;
  search: string;
  state: unknown;
}

const listeners = new Set<() => void>();
let snapshot: Loc = read();

function read(): Loc {
  return { pathname: location.pathname, search: location.search, state: history.state as unknown };
}

function emit(): void {
  snapshot = read();
  for (const l of listeners) l();
}

window.addEventListener('popstate', emit);

/** Keeps `?lang=en` on in-page links, as the sites keep their UI language while navigating. */
export function withLang(path: string): string {
  const url = new URL(path, location.href);
  if (!url.searchParams.has('lang') && langFromSearch(location.search) === 'en') url.searchParams.set('lang', 'en');
  // The older-markup variant (markup.ts) is kept while navigating too.
  if (!url.searchParams.has('markup') && new URLSearchParams(location.search).get('markup') === 'old') url.searchParams.set('markup', 'old');
  return url.pathname + url.search + url.hash;
}

/** In-page navigation with history.pushState, like the real single-page sites. */
export function navigate(path: string, state: unknown = null): void {
  history.pushState(state, '', withLang(path));
  window.scrollTo(0, 0);
  emit();
}

export function useLocation(): Loc {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => snapshot,
  );
}

/** Path segments without empty parts; a direct load of `x.html` (vite preview) counts as `/`. */
export function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '' && !s.endsWith('.html'));
}
