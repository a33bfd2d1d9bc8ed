import type { PlatformId, TimeZoneId, UiLanguage } from '@/lib/schemas/common';
import type { AddressForm, SopProfile } from '@/lib/schemas/profile';
import { parseAccounts, type SetupInput } from '@/lib/setup/complete-setup';
import type { MessageKey, Params } from '@/lib/i18n';

export const STEPS = ['agency', 'persona', 'timeZone', 'accounts', 'signOff'] as const;
export type StepId = (typeof STEPS)[number];
/** Each step's title. */
export const STEP_KEY: Record<StepId, MessageKey> = {
  agency: 'setup.step.agency',
  persona: 'setup.step.persona',
  timeZone: 'setup.step.timeZone',
  accounts: 'setup.step.accounts',
  signOff: 'setup.step.signOff',
};
export const CUSTOM = 'custom';

export interface WizardState {
  agencyName: string;
  personaId: string;
  custom: { personaName: string; addressForm: AddressForm; customAddress: string };
  timeZone: TimeZoneId;
  accounts: Record<PlatformId, string>;
  adminSignOff: string;
}

/** A field's error: the message key and its parameters, shown next to the field. */
export type FieldErrors = Partial<Record<string, { key: MessageKey; params?: Params }>>;

/** Errors of one step, in the order of its fields (the first one gets the focus). */
export function validateStep(step: StepId, s: WizardState): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 'agency' && s.agencyName.trim() === '') errors.agencyName = { key: 'setup.agencyName.required' };
  if (step === 'persona' && s.personaId === CUSTOM && s.custom.addressForm === 'custom' && s.custom.customAddress.trim() === '') {
    errors.customAddress = { key: 'setup.persona.customAddress.required' };
  }
  if (step === 'accounts') {
    const res = parseAccounts(s.accounts);
    if (!res.ok) errors[`account-${res.platform}`] = { key: 'setup.accounts.invalid', params: { handle: res.handle } };
  }
  if (step === 'signOff' && s.adminSignOff.trim() === '') errors.adminSignOff = { key: 'setup.signOff.required' };
  return errors;
}

export function toSetupInput(s: WizardState, examples: readonly SopProfile[], uiLanguage: UiLanguage): SetupInput {
  const chosen = examples.find((p) => p.id === s.personaId);
  const base = chosen ?? examples[0];
  if (!base) throw new Error('No example profile to start from');
  return {
    agencyName: s.agencyName,
    uiLanguage,
    base,
    ...(chosen ? {} : { custom: { personaName: s.custom.personaName, addressForm: s.custom.addressForm, customAddress: s.custom.customAddress } }),
    timeZone: s.timeZone,
    accounts: s.accounts,
    adminSignOff: s.adminSignOff,
  };
}
