import { useDeferredValue, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { platformName } from '@/lib/platforms/meta';
import { platformList } from '@/lib/i18n/platforms';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { refreshBadge } from '@/lib/inbox/badge';
import { useSettings } from '@/lib/db/hooks';
import { useLang, useT } from '@/lib/i18n/react';
import { PLATFORM_IDS, type TimeZoneId } from '@/lib/schemas/common';
import { addressFormSchema, type SopProfile } from '@/lib/schemas/profile';
import { defaultProfile } from '@/lib/style';
import { CustomRulesEditor } from './profile/CustomRulesEditor';
import { Field } from './profile/fields';
import { fromForm, toForm, type FieldError, type ProfileForm } from './profile/profile-form';
import { readActiveProfile, saveActiveProfile } from './profile/profile-store';
import { RulePacksEditor } from './profile/RulePacksEditor';
import { TestBox } from './profile/TestBox';
import { useNow } from './profile/use-now';
import './profile/profile.css';

/** The agency's SOP profile: persona, limits, word lists, rule packs, custom rules; with a live test box. */
export function ProfileSection() {
  const settings = useSettings();
  const stored = useLiveQuery(() => readActiveProfile(getDb()), []);
  // Kept out here: the editor below starts afresh after each save.
  const [status, setStatus] = useState('');
  if (!settings || stored === undefined) return null;
  const base = stored ?? defaultProfile;
  // A save (here or in another tab) gives a new updatedAt: the form starts again from what is stored.
  return (
    <ProfileEditor
      key={`${base.id}:${base.updatedAt}`}
      base={base}
      isStored={stored !== null}
      zone={settings.timeZone}
      status={status}
      setStatus={setStatus}
    />
  );
}

type TextKey = {
  [K in keyof ProfileForm]: ProfileForm[K] extends string ? K : never;
}[keyof ProfileForm];

interface EditorProps {
  base: SopProfile;
  isStored: boolean;
  zone: TimeZoneId;
  status: string;
  setStatus(s: string): void;
}

function ProfileEditor({ base, isStored, zone, status, setStatus }: EditorProps) {
  const tr = useT();
  const lang = useLang();
  const [form, setForm] = useState<ProfileForm>(() => toForm(base, zone));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const mountedAt = useNow();

  // The test box checks with the profile as edited, once the edits are valid.
  const deferredForm = useDeferredValue(form);
  const draft = useMemo(() => fromForm(deferredForm, base, { now: mountedAt, zone }), [deferredForm, base, zone, mountedAt]);

  const touch = (field?: string, group?: string) =>
    setErrors((prev) => {
      const next = { ...prev };
      if (field) delete next[field];
      if (group) for (const k of Object.keys(next)) if (k.startsWith(`${group}.`)) delete next[k];
      return next;
    });
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K], field: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    touch(field);
    setStatus('');
  };
  const text = (key: TextKey, label: string, opts: { area?: boolean; max?: number; testId?: string } = {}) => (
    <Field name={key} label={label} error={errors[key]}>
      {(a) =>
        opts.area ? (
          <textarea {...a} rows={4} data-testid={opts.testId ?? `profile-${key}`} value={form[key]} onChange={(e) => set(key, e.target.value)} />
        ) : (
          <input {...a} data-testid={opts.testId ?? `profile-${key}`} maxLength={opts.max} value={form[key]} onChange={(e) => set(key, e.target.value)} />
        )
      }
    </Field>
  );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const now = Date.now();
    const result = fromForm(form, base, { now, zone });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(tr('profile.invalid', { count: Object.keys(result.errors).length }));
      // Focus the first field in error, in page order.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      await saveActiveProfile(getDb(), () => result.profile, { now });
      // The response target may have changed: the toolbar badge counts against it (issue 17).
      void refreshBadge(browser.action, getDb(), Date.now());
      setStatus(tr('profile.saved'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="profile-title" className="profile" data-testid="profile-section">
      <h2 id="profile-title">{tr('profile.title')}</h2>
      <p className="muted">{tr('profile.intro', { platforms: platformList(lang, 'conjunction') })}</p>
      {isStored ? null : <p className="warnings">{tr('profile.defaultNote', { name: defaultProfile.name })}</p>}
      <TestBox profile={draft.ok ? draft.profile : base} usingSaved={!draft.ok} />
      <form ref={formRef} onSubmit={(e) => void save(e)} noValidate className="profile-form">
        <fieldset>
          <legend>{tr('profile.group.identity')}</legend>
          {text('name', tr('profile.field.name'), { max: 120 })}
          {text('agencyName', tr('profile.field.agencyName'), { max: 160 })}
          {text('personaName', tr('profile.field.personaName'), { max: 80 })}
          {text('description', tr('profile.field.description'), { area: true })}
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.persona')}</legend>
          <div className="profile-row">
            <Field name="addressForm" label={tr('profile.field.addressForm')}>
              {(a) => (
                <select {...a} data-testid="profile-addressForm" value={form.addressForm} onChange={(e) => set('addressForm', addressFormSchema.parse(e.target.value))}>
                  {addressFormSchema.options.map((f) => (
                    <option key={f} value={f}>
                      {tr(`profile.address.${f}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {form.addressForm === 'custom' ? text('customAddress', tr('profile.field.customAddress'), { max: 40 }) : null}
            {text('nameFallback', tr('profile.field.nameFallback'), { max: 40 })}
          </div>
          <Field name="register" label={tr('profile.field.register')}>
            {(a) => (
              <select {...a} value={form.register} onChange={(e) => set('register', e.target.value === 'formal' ? 'formal' : 'semi-formal')}>
                <option value="formal">{tr('profile.register.formal')}</option>
                <option value="semi-formal">{tr('profile.register.semi-formal')}</option>
              </select>
            )}
          </Field>
          <label className="inline">
            <input
              type="checkbox"
              data-testid="profile-greetingRequired"
              checked={form.greetingRequired}
              onChange={(e) => set('greetingRequired', e.target.checked)}
            />
            {tr('profile.field.greetingRequired')}
          </label>
          {text('greetings', tr('profile.field.greetings'), { area: true })}
          {text('signOff', tr('profile.field.signOff'), { max: 40 })}
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.limits')}</legend>
          <div className="profile-row">
            {text('emojiLimit', tr('profile.field.emojiLimit'))}
            {text('hashtagLimit', tr('profile.field.hashtagLimit'))}
            {text('postsPerDayLimit', tr('profile.field.postsPerDayLimit'))}
            {text('responseTargetHours', tr('profile.field.responseTargetHours'))}
          </div>
          <div className="profile-row">
            {PLATFORM_IDS.map((p) => (
              <Field key={p} name={`lengthLimits.${p}`} label={tr('profile.field.lengthLimit', { platform: platformName(p, lang) })} error={errors[`lengthLimits.${p}`]}>
                {(a) => (
                  <input
                    {...a}
                    inputMode="numeric"
                    data-testid={`profile-length-${p}`}
                    value={form.lengthLimits[p]}
                    onChange={(e) => set('lengthLimits', { ...form.lengthLimits, [p]: e.target.value }, `lengthLimits.${p}`)}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.links')}</legend>
          {text('officialDomains', tr('profile.field.officialDomains'), { area: true })}
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.words')}</legend>
          {text('bannedWords', tr('profile.field.bannedWords'), { area: true })}
          {text('preferredWords', tr('profile.field.preferredWords'), { area: true })}
          {text('allowWords', tr('profile.field.allowWords'), { area: true })}
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.packs')}</legend>
          <RulePacksEditor
            packs={form.rulePacks}
            errors={errors}
            zone={zone}
            onChange={(rulePacks, field) => {
              setForm((f) => ({ ...f, rulePacks }));
              touch(field, field ? undefined : 'rulePacks');
            }}
          />
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.custom')}</legend>
          <CustomRulesEditor
            rules={form.customRules}
            errors={errors}
            onChange={(customRules, field) => {
              setForm((f) => ({ ...f, customRules }));
              touch(field, field ? undefined : 'customRules');
            }}
          />
        </fieldset>

        <fieldset>
          <legend>{tr('profile.group.channels')}</legend>
          {text('complaint', tr('profile.field.complaint'), { max: 200 })}
          {text('ppid', tr('profile.field.ppid'), { max: 200 })}
          {text('website', tr('profile.field.website'), { max: 200 })}
        </fieldset>

        <div className="profile-actions">
          <button type="submit" className="primary" data-testid="profile-save" disabled={saving}>
            {tr('profile.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setForm(toForm(base, zone));
              setErrors({});
              setStatus('');
            }}
          >
            {tr('profile.reset')}
          </button>
        </div>
        <p role="status" data-testid="profile-status">
          {status}
        </p>
      </form>
    </section>
  );
}
