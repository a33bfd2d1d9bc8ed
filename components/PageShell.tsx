import type { ReactNode } from 'react';
import { LanguageProvider } from '@/lib/i18n/react';
import { useSettings } from '@/lib/db/hooks';

/** Wraps an extension page: waits for settings, then provides the UI language. */
export function PageShell({ children }: { children: ReactNode }) {
  const settings = useSettings();
  if (!settings) return null;
  return <LanguageProvider lang={settings.uiLanguage}>{children}</LanguageProvider>;
}
