import { useEffect, useState } from 'react';
import { useLang, useT } from '@/lib/i18n/react';
import { useSettings } from '@/lib/db/hooks';
import { SECTIONS, type SectionId } from './sections';
import { SetupWizard } from './setup/SetupWizard';
import { useRestoreState } from './handover/restore-store';

function sectionFromHash(): SectionId {
  const id = location.hash.replace(/^#/, '');
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : (SECTIONS[0]?.id ?? 'general');
}

/** The options page: one section per job, chosen from the side navigation (or #hash). */
export function App() {
  const tr = useT();
  const lang = useLang();
  const [current, setCurrent] = useState<SectionId>(sectionFromHash);
  const settings = useSettings();
  // Starter templates ready after the first-run setup, for the one-time "ready" message.
  const [setUp, setSetUp] = useState<number | null>(null);
  // A restore empties the settings for a moment: the wizard waits until it is over.
  const restoring = useRestoreState().step === 'restoring';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = tr('options.title');
  }, [lang, tr]);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    // Preact runs effects after paint: a #hash set before this listener existed (a link that
    // opens the page at a section) is read once now, not missed.
    onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  if (settings && !settings.setupDone && !restoring) {
    return (
      <main className="setup">
        <SetupWizard onDone={setSetUp} />
      </main>
    );
  }
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
      <main>
        {setUp !== null ? (
          <p role="status" className="notice" data-testid="setup-done">
            {tr('setup.done', { count: setUp })}
          </p>
        ) : null}
        {section ? <section.Component /> : null}
      </main>
    </div>
  );
}
