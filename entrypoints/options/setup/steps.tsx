import { useId, useState } from 'react';
import { ADDRESS_FORM_KEY, TIME_ZONE_KEY } from '@/lib/i18n/labels';
import { exampleProfiles } from '@/lib/style';
import { platformName } from '@/lib/platforms/meta';
import { useLang, useT } from '@/lib/i18n/react';
import { isMessageKey, type MessageKey } from '@/lib/i18n';
import { PLATFORM_IDS, timeZoneIdSchema, type PlatformId } from '@/lib/schemas/common';
import { addressFormSchema, type AddressForm, type SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import { buildRenderContext } from '@/lib/templates/context';
import { renderTemplate } from '@/lib/templates/render';
import { STARTER_TEMPLATES } from '@/lib/templates/starter-pack';
import { buildSetupProfile } from '@/lib/setup/complete-setup';
import { CUSTOM, toSetupInput, type FieldErrors, type WizardState } from './wizard-state';

interface StepProps {
  state: WizardState;
  update: (patch: Partial<WizardState>) => void;
  errors: FieldErrors;
}

/** A text field with its label, help and error wired for screen readers. */
function TextField(props: {
  name: string;
  label: string;
  help?: string;
  value: string;
  maxLength: number;
  errors: FieldErrors;
  testId: string;
  autoComplete?: string;
  onChange: (v: string) => void;
}) {
  const tr = useT();
  const id = useId();
  const error = props.errors[props.name];
  const describedBy = [props.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        data-field={props.name}
        data-testid={props.testId}
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.help ? (
        <p id={`${id}-help`} className="muted">
          {props.help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {tr(error.key, error.params)}
        </p>
      ) : null}
    </div>
  );
}

export function AgencyStep({ state, update, errors }: StepProps) {
  const tr = useT();
  return (
    <TextField
      name="agencyName"
      label={tr('setup.agencyName')}
      help={tr('setup.agencyName.help')}
      value={state.agencyName}
      maxLength={160}
      errors={errors}
      testId="setup-agency-name"
      autoComplete="organization"
      onChange={(agencyName) => update({ agencyName })}
    />
  );
}

/** The example's name and description in the UI language when the catalog has them. */
function exampleText(p: SopProfile, part: 'name' | 'description', tr: (k: MessageKey) => string): string {
  const key = `setup.example.${p.id}.${part}`;
  if (isMessageKey(key)) return tr(key);
  return part === 'name' ? p.name : (p.description ?? '');
}

export function PersonaStep({ state, update, errors }: StepProps) {
  const tr = useT();
  const addressId = useId();
  const options = [...exampleProfiles.map((p) => ({ id: p.id, name: exampleText(p, 'name', tr), description: exampleText(p, 'description', tr) })),
    { id: CUSTOM, name: tr('setup.persona.custom'), description: tr('setup.persona.custom.help') }];
  return (
    <>
      <fieldset>
        <legend>{tr('setup.persona.help')}</legend>
        {options.map((o, i) => (
          <label key={o.id} className="choice">
            <input
              type="radio"
              name="persona"
              value={o.id}
              checked={state.personaId === o.id}
              data-testid={`setup-persona-${o.id}`}
              data-field={i === 0 ? 'persona' : undefined}
              aria-describedby={`${addressId}-${o.id}`}
              onChange={() => update({ personaId: o.id })}
            />
            <span>
              <strong>{o.name}</strong>
              <span id={`${addressId}-${o.id}`} className="muted">
                {o.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {state.personaId === CUSTOM ? (
        <div className="custom-persona">
          <TextField
            name="personaName"
            label={tr('setup.persona.name')}
            value={state.custom.personaName}
            maxLength={80}
            errors={errors}
            testId="setup-persona-name"
            onChange={(personaName) => update({ custom: { ...state.custom, personaName } })}
          />
          <div className="field">
            <label htmlFor={addressId}>{tr('setup.persona.address')}</label>
            <select
              id={addressId}
              data-testid="setup-address-form"
              value={state.custom.addressForm}
              onChange={(e) => update({ custom: { ...state.custom, addressForm: e.target.value as AddressForm } })}
            >
              {addressFormSchema.options.map((a) => (
                <option key={a} value={a}>
                  {tr(ADDRESS_FORM_KEY[a])}
                </option>
              ))}
            </select>
          </div>
          {state.custom.addressForm === 'custom' ? (
            <TextField
              name="customAddress"
              label={tr('setup.persona.customAddress')}
              value={state.custom.customAddress}
              maxLength={40}
              errors={errors}
              testId="setup-custom-address"
              onChange={(customAddress) => update({ custom: { ...state.custom, customAddress } })}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}

export function TimeZoneStep({ state, update }: StepProps) {
  const tr = useT();
  return (
    <fieldset>
      <legend>{tr('setup.timeZone.help')}</legend>
      {timeZoneIdSchema.options.map((z, i) => (
        <label key={z} className="choice">
          <input
            type="radio"
            name="timeZone"
            value={z}
            checked={state.timeZone === z}
            data-testid={`setup-timezone-${z}`}
            data-field={i === 0 ? 'timeZone' : undefined}
            onChange={() => update({ timeZone: z })}
          />
          <span>{tr(TIME_ZONE_KEY[z])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function AccountsStep({ state, update, errors }: StepProps) {
  const tr = useT();
  const lang = useLang();
  return (
    <>
      <p className="muted">{tr('setup.accounts.help')}</p>
      {PLATFORM_IDS.map((platform: PlatformId) => (
        <TextField
          key={platform}
          name={`account-${platform}`}
          label={platformName(platform, lang)}
          value={state.accounts[platform]}
          maxLength={400}
          errors={errors}
          testId={`setup-account-${platform}`}
          onChange={(v) => update({ accounts: { ...state.accounts, [platform]: v } })}
        />
      ))}
    </>
  );
}

export function SignOffStep({ state, update, errors, settings }: StepProps & { settings: Settings }) {
  const tr = useT();
  const sample = STARTER_TEMPLATES.find((t) => t.starterId === 'sapaan-terima-kasih');
  // The example greets by the time the step opened (a greeting that changes while typing would distract).
  const [now] = useState(() => Date.now());
  let preview = '';
  if (sample && state.adminSignOff.trim() !== '') {
    try {
      const input = toSetupInput(state, exampleProfiles, settings.uiLanguage);
      const profile = buildSetupProfile(input, now, () => 'preview');
      preview = renderTemplate(sample.body, buildRenderContext({ now, settings: { timeZone: state.timeZone, adminSignOff: state.adminSignOff }, profile })).text;
    } catch {
      // An answer of an earlier step is not valid yet: no example then.
      preview = '';
    }
  }
  return (
    <>
      <TextField
        name="adminSignOff"
        label={tr('setup.signOff')}
        help={tr('setup.signOff.help')}
        value={state.adminSignOff}
        maxLength={40}
        errors={errors}
        testId="setup-signoff"
        onChange={(adminSignOff) => update({ adminSignOff })}
      />
      {preview ? (
        <p className="sample" aria-live="polite" data-testid="setup-preview">
          {tr('setup.preview', { text: preview })}
        </p>
      ) : null}
    </>
  );
}
