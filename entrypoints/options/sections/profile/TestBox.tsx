import { useDeferredValue, useMemo, useState } from 'react';
import { useLang, useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import { checkText, scoreFindings } from '@/lib/style';
import { FindingList } from '@/entrypoints/overlay.content/ui/checker/FindingList';
import { FINDING_LIST_CSS } from '@/entrypoints/overlay.content/ui/checker/finding-list-css';
import { countSeverities, findingRows, scoreTone } from '@/entrypoints/overlay.content/ui/checker/rows';
import { useNow } from './use-now';
import { useWordTable } from './use-word-table';

/**
 * Type a sentence, see what the checker says with the profile being edited: the same finding
 * list as the check panel in the page.
 */
export function TestBox({ profile, usingSaved }: { profile: SopProfile; usingSaved: boolean }) {
  const tr = useT();
  const lang = useLang();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('x');
  const deferred = useDeferredValue(text);
  const now = useNow();
  // The word rules join in once the word list has loaded (a local file: within a few ms).
  const words = useWordTable();
  const result = useMemo(() => {
    // Until then no findings rather than half of them.
    const findings = words ? checkText(deferred, profile, { platform, now }) : [];
    return { rows: findingRows(findings, deferred, lang), counts: countSeverities(findings), score: scoreFindings(findings, deferred) };
  }, [deferred, profile, platform, lang, now, words]);
  return (
    <section className="profile-test" aria-labelledby="profile-test-title" data-testid="profile-test">
      <style>{FINDING_LIST_CSS}</style>
      <h3 id="profile-test-title">{tr('profile.test.title')}</h3>
      <p className="muted">{tr('profile.test.hint')}</p>
      {usingSaved ? <p className="warnings">{tr('profile.test.usingSaved')}</p> : null}
      <div className="profile-test-inputs">
        <label>
          {tr('profile.test.input')}
          <textarea data-testid="profile-test-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {tr('profile.test.platform')}
          <select data-testid="profile-test-platform" value={platform} onChange={(e) => setPlatform(e.target.value as PlatformId)}>
            {PLATFORM_IDS.map((p) => (
              <option key={p} value={p}>
                {platformName(p, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {deferred.trim() ? (
        <div className="profile-test-result" aria-live="polite">
          <p>
            <span className="profile-score" data-testid="profile-test-score" data-tone={scoreTone(result.counts)}>
              {tr('profile.test.score', { score: result.score })}
            </span>
          </p>
          {result.rows.length === 0 ? <p className="muted">{tr('profile.test.none')}</p> : <FindingList rows={result.rows} tr={tr} />}
        </div>
      ) : null}
    </section>
  );
}
