import { useT } from '@/lib/i18n/react';
import type { Severity } from '@/lib/schemas/common';
import { Field, SeverityOptions } from './fields';
import { newCustomRule, type CustomRuleForm, type FieldError } from './profile-form';

interface Props {
  rules: CustomRuleForm[];
  errors: Record<string, FieldError>;
  onChange(rules: CustomRuleForm[], field?: string): void;
}

/** Regular-expression rules the agency adds; each is checked for safety and speed at save. */
export function CustomRulesEditor({ rules, errors, onChange }: Props) {
  const tr = useT();
  const update = (i: number, patch: Partial<CustomRuleForm>, field: string) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)), `customRules.${i}.${field}`);
  return (
    <div className="profile-list" data-testid="profile-custom-rules">
      {rules.map((r, i) => (
        // Custom rules have no stable id until named: the index is their identity here.
        <fieldset key={i} className="profile-item" data-testid="profile-custom-rule">
          <legend>{r.name ? `custom.${r.name}` : tr('profile.custom.name')}</legend>
          <div className="profile-row">
            <Field name={`customRules.${i}.name`} label={tr('profile.custom.name')} error={errors[`customRules.${i}.name`]}>
              {(a) => <input {...a} value={r.name} maxLength={40} onChange={(e) => update(i, { name: e.target.value }, 'name')} />}
            </Field>
            <Field name={`customRules.${i}.flags`} label={tr('profile.custom.flags')} error={errors[`customRules.${i}.flags`]}>
              {(a) => <input {...a} className="short" value={r.flags} maxLength={3} onChange={(e) => update(i, { flags: e.target.value }, 'flags')} />}
            </Field>
            <Field name={`customRules.${i}.severity`} label={tr('profile.custom.severity')}>
              {(a) => (
                <select {...a} value={r.severity} onChange={(e) => update(i, { severity: e.target.value as Severity }, 'severity')}>
                  <SeverityOptions />
                </select>
              )}
            </Field>
          </div>
          <Field name={`customRules.${i}.pattern`} label={tr('profile.custom.pattern')} error={errors[`customRules.${i}.pattern`]}>
            {(a) => (
              <input
                {...a}
                className="mono"
                data-testid="profile-custom-pattern"
                value={r.pattern}
                maxLength={300}
                spellCheck={false}
                onChange={(e) => update(i, { pattern: e.target.value }, 'pattern')}
              />
            )}
          </Field>
          <Field name={`customRules.${i}.message`} label={tr('profile.custom.message')} error={errors[`customRules.${i}.message`]}>
            {(a) => <input {...a} value={r.message} maxLength={300} onChange={(e) => update(i, { message: e.target.value }, 'message')} />}
          </Field>
          <Field name={`customRules.${i}.replacement`} label={tr('profile.custom.replacement')} error={errors[`customRules.${i}.replacement`]}>
            {(a) => <input {...a} value={r.replacement} maxLength={200} onChange={(e) => update(i, { replacement: e.target.value }, 'replacement')} />}
          </Field>
          <button type="button" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
            {tr('profile.custom.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" data-testid="profile-add-custom" onClick={() => onChange([...rules, newCustomRule()])}>
        {tr('profile.custom.add')}
      </button>
    </div>
  );
}
