import { createContext, useContext } from 'react';

export type Lang = 'id' | 'en';
/** A UI string in both languages the sites are used in here. */
export interface Words {
  id: string;
  en: string;
}

/** `?lang=en` switches the UI to English; Indonesian is the default (admins mostly use it). */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'id';
}

export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
}

export const LangContext = createContext<Lang>('id');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Picks the current language's word: `const t = useT(); t({ id: 'Balas', en: 'Reply' })`. */
export function useT(): (w: Words) => string {
  const lang = useLang();
  return (w) => w[lang];
}
