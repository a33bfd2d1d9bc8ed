import { useEffect, useState } from 'react';
import { useLang, useT } from '@/lib/i18n/react';
import { SECTIONS, type SectionId } from './sections';

function sectionFromHash(): SectionId {
  const id = location.hash.replace(/^#/, '');
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : (SECTIONS[0]?.id ?? 'general');
}

/** The options page: one section per job, chosen from the side navigation (or #hash). */
export function App() {
  const tr = useT();
  const lang = useLang();
  const [current, setCurrent] = useState<SectionId>(sectionFromHash);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = tr('options.title');
  }, [lang, tr]);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  return (
    <div className="options">
      <nav aria-label={tr('options.title')}>
        <h1>{tr('common.appName')}</h1>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined} data-testid={`nav-${s.id}`}>
                {tr(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>{section ? <section.Component /> : null}</main>
    </div>
  );
}
