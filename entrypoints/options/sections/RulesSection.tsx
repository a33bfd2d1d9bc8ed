import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/db/hooks';
import { send } from '@/lib/messaging-client';
import { useLang, useT } from '@/lib/i18n/react';
import { severitySchema, type Severity } from '@/lib/schemas/common';
import type { RuleSetting, SopProfile } from '@/lib/schemas/profile';
import { defaultProfile, RULES } from '@/lib/style';
import { readActiveProfile, saveActiveProfile, withRuleSetting } from './profile/profile-store';
import { ruleLabel } from '@/lib/i18n';
import { SeverityOptions } from './profile/fields';
import './profile/profile.css';

interface RuleRow {
  id: string;
  /** The rule's own name (lib/i18n/messages/rules.ts), shown instead of its id. */
  name: string;
  description: string;
  defaultSeverity: Severity;
  custom: boolean;
}

/** The rule a link from the check panel asks to turn off: options.html?rule=<id>#rules. */
function linkedRule(): string | null {
  return new URLSearchParams(location.search).get('rule');
}

/** Every checker rule with its description and default severity: on/off and severity per profile. */
export function RulesSection() {
  const stored = useLiveQuery(() => readActiveProfile(getDb()), []);
  if (stored === undefined) return null;
  return <RulesList profile={stored ?? defaultProfile} />;
}

function RulesList({ profile }: { profile: SopProfile }) {
  const tr = useT();
  const lang = useLang();
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const [asked, setAsked] = useState<string | null>(linkedRule);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const rows = useMemo<RuleRow[]>(
    () => [
      ...RULES.map((r) => ({ id: r.id, name: ruleLabel(lang, r.id), description: r.description[lang], defaultSeverity: r.defaultSeverity, custom: false })),
      ...profile.customRules.map((c) => ({ id: c.id, name: ruleLabel(lang, c.id, c.message), description: c.message, defaultSeverity: c.severity, custom: true })),
    ],
    [profile.customRules, lang],
  );
  const isOn = (id: string) => profile.rules[id]?.enabled !== false;
  const askedRow = asked ? rows.find((r) => r.id === asked) : undefined;

  useEffect(() => {
    // Arriving from the check panel: show the rule and put the focus on the question.
    const id = linkedRule();
    if (!id) return;
    const row = tableRef.current?.querySelector<HTMLElement>(`tr[data-rule-id="${CSS.escape(id)}"]`);
    row?.scrollIntoView({ block: 'center' });
    confirmRef.current?.focus();
  }, []);

  const update = async (id: string, patch: RuleSetting): Promise<void> => {
    await saveActiveProfile(getDb(), (p) => withRuleSetting(p, id, patch), { now: Date.now() });
    setStatus(tr('profile.rules.saved'));
  };

  return (
    <section aria-labelledby="rules-title" className="rules" data-testid="rules-section">
      <h2 id="rules-title">{tr('profile.rules.title')}</h2>
      <p className="muted">{tr('profile.rules.intro')}</p>
      {settings ? (
        <div className="rules-switches">
          {(['checkerEnabled', 'qcGateEnabled'] as const).map((key) => (
            <label key={key} className="inline">
              <input
                type="checkbox"
                data-testid={`settings-${key}`}
                checked={settings[key]}
                onChange={async (e) => {
                  await send('settings.update', { patch: { [key]: e.target.checked } });
                  setStatus(tr('profile.rules.saved'));
                }}
              />
              {tr(`profile.rules.${key}`)}
            </label>
          ))}
        </div>
      ) : null}
      {asked && !askedRow ? <p className="warnings">{tr('profile.rules.unknown', { rule: asked })}</p> : null}
      {askedRow && isOn(askedRow.id) ? (
        <div className="panel rule-off-confirm" role="group" aria-labelledby="rule-off-title" data-testid="rule-off-confirm">
          <h3 id="rule-off-title">{tr('profile.rules.offTitle', { rule: askedRow.description })}</h3>
          <p>{tr('profile.rules.offBody', { profile: profile.name })}</p>
          <div className="row">
            <button
              ref={confirmRef}
              type="button"
              className="primary"
              data-testid="rule-off-yes"
              onClick={async () => {
                await update(askedRow.id, { enabled: false });
                setAsked(null);
                setStatus(tr('profile.rules.offDone', { rule: askedRow.description }));
              }}
            >
              {tr('profile.rules.offYes')}
            </button>
            <button type="button" data-testid="rule-off-no" onClick={() => setAsked(null)}>
              {tr('profile.rules.offNo')}
            </button>
          </div>
        </div>
      ) : null}
      {askedRow && !isOn(askedRow.id) && !status ? <p className="muted">{tr('profile.rules.alreadyOff', { rule: askedRow.description })}</p> : null}
      <p role="status" data-testid="rules-status">
        {status}
      </p>
      <div className="table-wrap">
        <table ref={tableRef} className="rules-table">
          <thead>
            <tr>
              <th scope="col">{tr('profile.rules.rule')}</th>
              <th scope="col">{tr('profile.rules.default')}</th>
              <th scope="col">{tr('profile.rules.enabled')}</th>
              <th scope="col">{tr('profile.rules.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const setting = profile.rules[r.id];
              const on = isOn(r.id);
              return (
                <tr
                  key={r.id}
                  data-testid="rule-row"
                  data-rule-id={r.id}
                  data-enabled={on ? 'true' : 'false'}
                  data-highlighted={asked === r.id ? 'true' : undefined}
                >
                  <td>
                    <strong data-testid="rule-name">{r.name}</strong>
                    {r.custom ? <span className="status"> {tr('profile.rules.custom')}</span> : null}
                    <div>{r.description}</div>
                  </td>
                  <td>
                    <span className="sev" data-severity={r.defaultSeverity}>
                      {tr(`checker.severity.${r.defaultSeverity}`)}
                    </span>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      data-testid="rule-enabled"
                      aria-label={`${tr('profile.rules.enabled')}: ${r.id}`}
                      checked={on}
                      onChange={(e) => void update(r.id, { enabled: e.target.checked })}
                    />
                  </td>
                  <td>
                    <select
                      data-testid="rule-severity"
                      aria-label={`${tr('profile.rules.severity')}: ${r.id}`}
                      value={setting?.severity ?? ''}
                      onChange={(e) => void update(r.id, { severity: e.target.value === '' ? undefined : severitySchema.parse(e.target.value) })}
                    >
                      <option value="">{tr('profile.rules.severityDefault', { severity: tr(`checker.severity.${r.defaultSeverity}`) })}</option>
                      <SeverityOptions />
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
