import { useId, useLayoutEffect, useRef, useState } from 'react';
import { UI_LANGUAGE_KEY } from '@/lib/i18n/labels';
import { getDb } from '@/lib/db';
import { platformList } from '@/lib/i18n/platforms';
import { writeSettings } from '@/lib/db/settings';
import { useSettings } from '@/lib/db/hooks';
import { completeSetup } from '@/lib/setup/complete-setup';
import { exampleProfiles } from '@/lib/style';
import { useLang, useT } from '@/lib/i18n/react';
import { uiLanguageSchema, type UiLanguage } from '@/lib/schemas/common';
import { byPlatform } from '@/lib/platforms/meta';
import { STEP_KEY, STEPS, toSetupInput, validateStep, type FieldErrors, type StepId, type WizardState } from './wizard-state';
import { AccountsStep, AgencyStep, PersonaStep, SignOffStep, TimeZoneStep } from './steps';

/**
 * First run: five short steps (agency, persona, time zone, accounts, sign-off), keyboard-only:
 * each step's heading takes the focus, errors sit at their field (aria-invalid, described by the
 * message) and the first one takes the focus. "Finish" writes the profile and the settings in
 * one transaction; the options page then shows its sections.
 */
export function SetupWizard({ onDone }: { onDone: (templates: number) => void }) {
  const tr = useT();
  const lang = useLang();
  const settings = useSettings();
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [state, setState] = useState<WizardState>(() => ({
    agencyName: '',
    personaId: exampleProfiles[0]?.id ?? 'custom',
    custom: { personaName: '', addressForm: 'anda', customAddress: '' },
    timeZone: settings?.timeZone ?? 'WIB',
    accounts: byPlatform(() => ''),
    adminSignOff: settings?.adminSignOff ?? '',
  }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const first = useRef(true);
  const langId = useId();

  // The step's heading takes the focus when the step changes (not on first load: the page's
  // own title is read first then). A layout effect: the focus moves with the new step, not a
  // frame later (Preact runs plain effects after paint).
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  if (!settings) return null;
  const stepId: StepId = STEPS[step] ?? 'agency';
  const last = step === STEPS.length - 1;
  const update = (patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch }));

  const focusFirstError = (errs: FieldErrors) => {
    const name = Object.keys(errs)[0];
    if (!name) return;
    // After render: the field's aria-invalid is set by then.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${name}"]`)?.focus());
  };

  const next = async () => {
    const errs = validateStep(stepId, state);
    setErrors(errs);
    if (Object.keys(errs).length > 0) {
      focusFirstError(errs);
      return;
    }
    if (!last) {
      setStep(step + 1);
      return;
    }
    setSaving(true);
    setFailure('');
    try {
      const res = await completeSetup(getDb(), toSetupInput(state, exampleProfiles, settings.uiLanguage), { now: Date.now() });
      onDone(res.templates);
    } catch (err) {
      setFailure(tr('setup.failed', { message: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  };

  const stepProps = { state, update, errors };
  return (
    <div className="setup-wizard" data-testid="setup-wizard" data-step={stepId}>
      <header>
        <h1>{tr('setup.title')}</h1>
        <p>{tr('setup.intro', { platforms: platformList(lang, 'conjunction') })}</p>
        <label htmlFor={langId} className="inline-label">
          {tr('setup.language')}
        </label>
        <select
          id={langId}
          data-testid="setup-language"
          value={settings.uiLanguage}
          onChange={(e) => void writeSettings(getDb(), { uiLanguage: e.target.value as UiLanguage })}
        >
          {uiLanguageSchema.options.map((l) => (
            <option key={l} value={l}>
              {tr(UI_LANGUAGE_KEY[l])}
            </option>
          ))}
        </select>
      </header>
      <ol className="setup-steps" aria-label={tr('setup.progress', { step: step + 1, total: STEPS.length })}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
            {tr(STEP_KEY[s])}
          </li>
        ))}
      </ol>
      <form
        ref={formRef}
        noValidate
        aria-labelledby="setup-step-title"
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
      >
        <p className="muted">{tr('setup.progress', { step: step + 1, total: STEPS.length })}</p>
        <h2 id="setup-step-title" tabIndex={-1} ref={headingRef} data-testid="setup-step-title">
          {tr(STEP_KEY[stepId])}
        </h2>
        {stepId === 'agency' ? <AgencyStep {...stepProps} /> : null}
        {stepId === 'persona' ? <PersonaStep {...stepProps} /> : null}
        {stepId === 'timeZone' ? <TimeZoneStep {...stepProps} /> : null}
        {stepId === 'accounts' ? <AccountsStep {...stepProps} /> : null}
        {stepId === 'signOff' ? <SignOffStep {...stepProps} settings={settings} /> : null}
        <div className="row">
          {step > 0 ? (
            <button
              type="button"
              data-testid="setup-back"
              onClick={() => {
                setErrors({});
                setStep(step - 1);
              }}
            >
              {tr('setup.back')}
            </button>
          ) : null}
          <button type="submit" className="primary" data-testid={last ? 'setup-finish' : 'setup-next'} disabled={saving}>
            {saving ? tr('setup.saving') : tr(last ? 'setup.finish' : 'setup.next')}
          </button>
        </div>
        <p role="alert" className="field-error">
          {failure}
        </p>
      </form>
    </div>
  );
}
