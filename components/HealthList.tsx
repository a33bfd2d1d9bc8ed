import { useLiveQuery } from 'dexie-react-hooks';
import { DIAGNOSTIC_KEY } from '@/lib/i18n/labels';
import { getDb } from '@/lib/db';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { Diagnostic } from '@/lib/schemas/diagnostic';
import { useLang, useT } from '@/lib/i18n/react';

/** Latest adapter report per platform, live. */
async function latestPerPlatform(): Promise<Partial<Record<PlatformId, Diagnostic>>> {
  const db = getDb();
  const out: Partial<Record<PlatformId, Diagnostic>> = {};
  for (const platform of PLATFORM_IDS) {
    const rows = await db.diagnostics.where('platform').equals(platform).sortBy('at');
    const last = rows[rows.length - 1];
    if (last) out[platform] = last;
  }
  return out;
}

export function HealthList() {
  const tr = useT();
  const lang = useLang();
  const latest = useLiveQuery(latestPerPlatform, []);
  return (
    <ul className="health" aria-label={tr('popup.health')}>
      {PLATFORM_IDS.map((platform) => {
        const d = latest?.[platform];
        const name = platformName(platform, lang);
        const status = !d ? 'unknown' : d.code === 'ok' ? 'ok' : 'problem';
        const text = !d ? tr('popup.health.unknown', { platform: name }) : tr(DIAGNOSTIC_KEY[d.code], { platform: name });
        return (
          <li key={platform} data-testid={`platform-health-${platform}`} data-status={status}>
            <span className={`dot dot-${status}`} aria-hidden="true" />
            {text}
          </li>
        );
      })}
    </ul>
  );
}
