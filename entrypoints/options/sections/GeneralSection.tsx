import { useState } from 'react';
import { send } from '@/lib/messaging-client';
import { useSettings } from '@/lib/db/hooks';
import { useT } from '@/lib/i18n/react';
import { timeZoneIdSchema, uiLanguageSchema, type TimeZoneId, type UiLanguage } from '@/lib/schemas/common';
import type { Settings } from '@/lib/schemas/settings';

/** Language, time zone, sign-off, snapshot interval. Saved through the background. */
export function GeneralSection() {
  const tr = useT();
  const settings = useSettings();
  const [status, setStatus] = useState('');
  if (!settings) return null;
  const save = async (patch: Partial<Settings>) => {
    await send('settings.update', { patch });
    setStatus(tr('options.general.saved'));
  };
  return (
    <section aria-labelledby="general-title">
      <h2 id="general-title">{tr('options.nav.general')}</h2>
      <label>
        {tr('common.language')}
        <select
          data-testid="ui-language"
          value={settings.uiLanguage}
          onChange={(e) => void save({ uiLanguage: e.target.value as UiLanguage })}
        >
          {uiLanguageSchema.options.map((l) => (
            <option key={l} value={l}>
              {tr(`common.language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('options.general.timeZone')}
        <select value={settings.timeZone} onChange={(e) => void save({ timeZone: e.target.value as TimeZoneId })}>
          {timeZoneIdSchema.options.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('options.general.signOff')}
        <input
          defaultValue={settings.adminSignOff}
          maxLength={40}
          onBlur={(e) => void save({ adminSignOff: e.target.value })}
        />
      </label>
      <label>
        {tr('options.general.interval')}
        <input
          type="number"
          min={1}
          max={1440}
          defaultValue={settings.snapshotIntervalMinutes}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 1440) void save({ snapshotIntervalMinutes: n });
          }}
        />
      </label>
      <p role="status">{status}</p>
    </section>
  );
}
