import { useT } from '@/lib/i18n/react';
import type { Severity, TimeZoneId } from '@/lib/schemas/common';
import { dayKey } from '@/lib/engagement/days';
import { Field, SeverityOptions } from './fields';
import { newRulePack, type FieldError, type RulePackForm } from './profile-form';
import { useNow } from './use-now';

interface Props {
  packs: RulePackForm[];
  errors: Record<string, FieldError>;
  zone: TimeZoneId;
  onChange(packs: RulePackForm[], field?: string): void;
}

/** Word packs switched on for a date range (an election period: party and candidate names). */
export function RulePacksEditor({ packs, errors, zone, onChange }: Props) {
  const tr = useT();
  const now = useNow();
  const today = dayKey(now, zone);
  const update = (i: number, patch: Partial<RulePackForm>, field: string) =>
    onChange(packs.map((p, j) => (j === i ? { ...p, ...patch } : p)), `rulePacks.${i}.${field}`);
  return (
    <div className="profile-list" data-testid="profile-rule-packs">
      {packs.map((p, i) => (
        <fieldset key={p.id} className="profile-item" data-testid="profile-rule-pack">
          <legend>
            {p.name || tr('profile.pack.name')}
            {p.from <= today && today <= p.to ? <span className="status status-new"> {tr('profile.pack.active')}</span> : null}
          </legend>
          <Field name={`rulePacks.${i}.name`} label={tr('profile.pack.name')} error={errors[`rulePacks.${i}.name`]}>
            {(a) => <input {...a} value={p.name} maxLength={120} onChange={(e) => update(i, { name: e.target.value }, 'name')} />}
          </Field>
          <div className="profile-row">
            <Field name={`rulePacks.${i}.from`} label={tr('profile.pack.from')} error={errors[`rulePacks.${i}.from`]}>
              {(a) => <input {...a} type="date" value={p.from} onChange={(e) => update(i, { from: e.target.value }, 'from')} />}
            </Field>
            <Field name={`rulePacks.${i}.to`} label={tr('profile.pack.to')} error={errors[`rulePacks.${i}.to`]}>
              {(a) => <input {...a} type="date" value={p.to} onChange={(e) => update(i, { to: e.target.value }, 'to')} />}
            </Field>
            <Field name={`rulePacks.${i}.severity`} label={tr('profile.pack.severity')}>
              {(a) => (
                <select {...a} value={p.severity} onChange={(e) => update(i, { severity: e.target.value as Severity }, 'severity')}>
                  <SeverityOptions />
                </select>
              )}
            </Field>
          </div>
          <Field name={`rulePacks.${i}.words`} label={tr('profile.pack.words')} error={errors[`rulePacks.${i}.words`]}>
            {(a) => <textarea {...a} rows={3} value={p.words} onChange={(e) => update(i, { words: e.target.value }, 'words')} />}
          </Field>
          <Field name={`rulePacks.${i}.message`} label={tr('profile.pack.message')} error={errors[`rulePacks.${i}.message`]}>
            {(a) => <input {...a} value={p.message} maxLength={300} onChange={(e) => update(i, { message: e.target.value }, 'message')} />}
          </Field>
          <button type="button" onClick={() => onChange(packs.filter((_, j) => j !== i))}>
            {tr('profile.pack.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" data-testid="profile-add-pack" onClick={() => onChange([...packs, newRulePack(crypto.randomUUID(), now, zone)])}>
        {tr('profile.pack.add')}
      </button>
    </div>
  );
}
