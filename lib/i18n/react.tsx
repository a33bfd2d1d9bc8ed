import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { UiLanguage } from '@/lib/schemas/common';
import { t, type MessageKey, type Params } from './index';

const LangContext = createContext<UiLanguage>('id');

export function LanguageProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): UiLanguage {
  return useContext(LangContext);
}

/** `const tr = useT(); tr('popup.title')` — text for the current UI language. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => t(lang, key, params), [lang]);
}
