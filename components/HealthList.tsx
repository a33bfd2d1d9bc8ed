import { useLiveQuery } from 'dexie-react-hooks';
import { DIAGNOSTIC_KEY } from '@/lib/i18n/labels';
import { getDb } from '@/lib/db';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { Diagnostic } from '@/lib/schemas/diagnostic';
import { useLang, useT } from '@/lib/i18n/react';

/** The latest report per platform: every diagnostic of the newest scan (one report shares its `at`). */
async function latestPerPlatform(): Promise<Partial<Record<PlatformId, Diagnostic[]>>> {
  const db = getDb();
  const out: Partial<Record<PlatformId, Diagnostic[]>> = {};
  for (const platform of PLATFORM_IDS) {
    const rows = await db.diagnostics.where('platform').equals(platform).sortBy('at');
    const last = rows[rows.length - 1];
    if (!last) continue;
    const report = rows.filter((r) => r.at === last.at);
    // One line per kind of problem; "ok" only when nothing else was reported with it.
    const problems = report.filter((r, i) => r.code !== 'ok' && report.findIndex((q) => q.code === r.code) === i);
    out[platform] = problems.length > 0 ? problems : [last];
  }
  return out;
}

/**
 * The popup's health row: per platform, "working", or each problem of its latest page scan in
 * plain words with what still works (e.g. a send button not recognised: templates and checks
 * still work, the QC gate holds Enter only).
 */
export function HealthList() {
  const tr = useT();
  const lang = useLang();
  const latest = useLiveQuery(latestPerPlatform, []);
  return (
    <ul className="health" aria-label={tr('popup.health')}>
      {PLATFORM_IDS.map((platform) => {
        const report = latest?.[platform];
        const name = platformName(platform, lang);
        const status = !report ? 'unknown' : report.every((d) => d.code === 'ok') ? 'ok' : 'problem';
        return (
          <li key={platform} data-testid={`platform-health-${platform}`} data-status={status}>
            <span className={`dot dot-${status}`} aria-hidden="true" />
            {!report ? (
              tr('popup.health.unknown', { platform: name })
            ) : report.length === 1 && report[0] ? (
              <span data-code={report[0].code}>{tr(DIAGNOSTIC_KEY[report[0].code], { platform: name })}</span>
            ) : (
              <ul className="health-problems">
                {report.map((d) => (
                  <li key={d.code} data-code={d.code}>
                    {tr(DIAGNOSTIC_KEY[d.code], { platform: name })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
