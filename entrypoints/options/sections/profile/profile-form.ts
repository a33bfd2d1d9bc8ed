import type { MessageKey, Params } from '@/lib/i18n';
import { addDayKeys, dayKey, dayStart } from '@/lib/engagement/days';
import { PLATFORM_IDS, type PlatformId, type Severity, type TimeZoneId } from '@/lib/schemas/common';
import { sopProfileSchema, type AddressForm, type SopProfile } from '@/lib/schemas/profile';
import type { Msg } from '@/lib/style';
import { validateCustomRule } from '@/lib/style';

/**
 * The profile editor's form: every field as the admin types it (word lists one per line,
 * numbers as text, rule-pack dates as calendar days in the agency's zone), and the way back to a
 * validated SopProfile with errors placed at the fields. Pure, so it is tested without a page.
 */

export interface RulePackForm {
  id: string;
  name: string;
  /** 'yyyy-MM-dd', first and last day (inclusive) in the agency's zone. */
  from: string;
  to: string;
  words: string;
  severity: Severity;
  message: string;
}

export interface CustomRuleForm {
  /** The part after "custom.". */
  name: string;
  pattern: string;
  flags: string;
  message: string;
  severity: Severity;
  replacement: string;
}

export interface ProfileForm {
  name: string;
  description: string;
  agencyName: string;
  personaName: string;
  addressForm: AddressForm;
  customAddress: string;
  nameFallback: string;
  register: SopProfile['register'];
  greetingRequired: boolean;
  greetings: string;
  signOff: string;
  emojiLimit: string;
  hashtagLimit: string;
  /** Hours; empty = the default 24 jam. */
  responseTargetHours: string;
  postsPerDayLimit: string;
  lengthLimits: Record<PlatformId, string>;
  officialDomains: string;
  bannedWords: string;
  /** "word → replacement", one per line. */
  preferredWords: string;
  allowWords: string;
  rulePacks: RulePackForm[];
  customRules: CustomRuleForm[];
  complaint: string;
  ppid: string;
  website: string;
}

/** An error shown at a field: a catalog key, or a message from the checker's validator. */
export type FieldError = { key: MessageKey; params?: Params } | { msg: Msg };

export type FormResult = { ok: true; profile: SopProfile } | { ok: false; errors: Record<string, FieldError> };

const lines = (items: readonly string[]) => items.join('\n');

export function toForm(p: SopProfile, zone: TimeZoneId): ProfileForm {
  return {
    name: p.name,
    description: p.description ?? '',
    agencyName: p.agencyName,
    personaName: p.personaName,
    addressForm: p.addressForm,
    customAddress: p.customAddress ?? '',
    nameFallback: p.nameFallback,
    register: p.register,
    greetingRequired: p.greetingRequired,
    greetings: lines(p.greetings ?? []),
    signOff: p.signOff,
    emojiLimit: String(p.emojiLimit),
    hashtagLimit: p.hashtagLimit === undefined ? '' : String(p.hashtagLimit),
    responseTargetHours: p.responseTargetHours === undefined ? '' : String(p.responseTargetHours),
    postsPerDayLimit: String(p.postsPerDayLimit),
    lengthLimits: Object.fromEntries(PLATFORM_IDS.map((id) => [id, p.lengthLimits[id] === undefined ? '' : String(p.lengthLimits[id])])) as Record<PlatformId, string>,
    officialDomains: lines(p.officialDomains),
    bannedWords: lines(p.bannedWords),
    preferredWords: lines(p.preferredWords.map((w) => `${w.word} → ${w.replacement}`)),
    allowWords: lines(p.allowWords),
    rulePacks: p.rulePacks.map((r) => ({
      id: r.id,
      name: r.name,
      from: dayKey(r.from, zone),
      to: dayKey(r.to, zone),
      words: lines(r.words),
      severity: r.severity,
      message: r.message ?? '',
    })),
    customRules: p.customRules.map((c) => ({
      name: c.id.replace(/^custom\./, ''),
      pattern: c.pattern,
      flags: c.flags,
      message: c.message,
      severity: c.severity,
      replacement: c.replacement ?? '',
    })),
    complaint: p.channels.complaint,
    ppid: p.channels.ppid,
    website: p.channels.website,
  };
}

/** Non-empty trimmed lines, first spelling kept, duplicates (any case) dropped. */
export function parseLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

const PAIR = /^(.+?)\s*(?:→|->|=>|=|:)\s*(.*)$/;

/** "word → replacement" lines; the 1-based numbers of lines that are not pairs. */
export function parsePairs(text: string): { pairs: { word: string; replacement: string }[]; bad: number[] } {
  const pairs: { word: string; replacement: string }[] = [];
  const bad: number[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = PAIR.exec(line);
    const word = m?.[1]?.trim() ?? '';
    if (!m || !word) {
      bad.push(i + 1);
      return;
    }
    if (seen.has(word.toLowerCase())) return;
    seen.add(word.toLowerCase());
    pairs.push({ word, replacement: (m[2] ?? '').trim() });
  });
  return { pairs, bad };
}

/** A whole number in [min, max] (undefined for an empty field), or an error. */
function parseCount(text: string, min: number, max: number): { value: number | undefined } | { error: FieldError } {
  const t = text.trim();
  if (t === '') return { value: undefined };
  if (!/^\d+$/.test(t)) return { error: { key: 'profile.error.number', params: { min, max } } };
  const n = Number(t);
  if (n < min || n > max) return { error: { key: 'profile.error.number', params: { min, max } } };
  return { value: n };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where a schema issue goes in the form. */
function fieldOfIssue(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  switch (head) {
    case 'channels':
      return second ?? 'complaint';
    case 'lengthLimits':
      return `lengthLimits.${second ?? 'x'}`;
    case 'rulePacks':
    case 'customRules':
      return second === undefined ? head : `${head}.${second}.${third === 'id' && head === 'customRules' ? 'name' : (third ?? 'name')}`;
    case 'preferredWords':
      return 'preferredWords';
    default:
      return head ?? 'name';
  }
}

/**
 * The form back to a profile, on top of `base` (id and creation time are kept; updatedAt is
 * `now`). Every problem is reported at its field; custom rules must pass validateCustomRule.
 */
export function fromForm(form: ProfileForm, base: SopProfile, opts: { now: number; zone: TimeZoneId }): FormResult {
  const errors: Record<string, FieldError> = {};
  const count = (field: string, text: string, min: number, max: number, required: boolean): number | undefined => {
    const r = parseCount(text, min, max);
    if ('error' in r) errors[field] = r.error;
    else if (r.value === undefined && required) errors[field] = { key: 'profile.error.required' };
    else return r.value;
    return undefined;
  };

  const emojiLimit = count('emojiLimit', form.emojiLimit, 0, 50, true) ?? base.emojiLimit;
  const hashtagLimit = count('hashtagLimit', form.hashtagLimit, 0, 30, false);
  const responseTargetHours = count('responseTargetHours', form.responseTargetHours, 1, 720, false);
  const postsPerDayLimit = count('postsPerDayLimit', form.postsPerDayLimit, 1, 100, true) ?? base.postsPerDayLimit;
  const lengthLimits: Partial<Record<PlatformId, number>> = {};
  for (const id of PLATFORM_IDS) {
    const v = count(`lengthLimits.${id}`, form.lengthLimits[id], 1, 100000, false);
    if (v !== undefined) lengthLimits[id] = v;
  }

  const preferred = parsePairs(form.preferredWords);
  if (preferred.bad.length > 0) errors.preferredWords = { key: 'profile.error.pairs', params: { lines: preferred.bad.join(', ') } };

  const rulePacks = form.rulePacks.map((r, i) => {
    let from = 0;
    let to = 0;
    if (!DAY.test(r.from)) errors[`rulePacks.${i}.from`] = { key: 'profile.error.date' };
    else from = dayStart(r.from, opts.zone);
    if (!DAY.test(r.to)) errors[`rulePacks.${i}.to`] = { key: 'profile.error.date' };
    else to = dayStart(addDayKeys(r.to, 1), opts.zone) - 1;
    if (DAY.test(r.from) && DAY.test(r.to) && r.to < r.from) errors[`rulePacks.${i}.to`] = { key: 'profile.error.dateOrder' };
    const words = parseLines(r.words);
    if (words.length === 0) errors[`rulePacks.${i}.words`] = { key: 'profile.error.required' };
    return { id: r.id, name: r.name.trim(), from, to, words, severity: r.severity, ...(r.message.trim() ? { message: r.message.trim() } : {}) };
  });

  const seenRuleIds = new Set<string>();
  const customRules = form.customRules.map((c, i) => {
    const rule = {
      id: `custom.${c.name.trim()}`,
      pattern: c.pattern,
      flags: c.flags.trim(),
      message: c.message.trim(),
      severity: c.severity,
      ...(c.replacement !== '' ? { replacement: c.replacement } : {}),
    };
    if (!/^[a-z0-9-]{1,40}$/.test(c.name.trim())) errors[`customRules.${i}.name`] = { key: 'profile.error.ruleName' };
    else if (seenRuleIds.has(rule.id)) errors[`customRules.${i}.name`] = { key: 'profile.error.ruleNameTaken' };
    seenRuleIds.add(rule.id);
    if (!rule.message) errors[`customRules.${i}.message`] = { key: 'profile.error.required' };
    if (!rule.pattern) errors[`customRules.${i}.pattern`] = { key: 'profile.error.required' };
    else if (!errors[`customRules.${i}.name`] && rule.message) {
      const verdict = validateCustomRule(rule);
      if (!verdict.ok) errors[`customRules.${i}.pattern`] = { msg: verdict.reason };
    }
    return rule;
  });

  const customAddress = form.customAddress.trim();
  const description = form.description.trim();
  const greetings = parseLines(form.greetings);
  // Optional fields are absent rather than empty.
  const { description: _d, customAddress: _c, greetings: _g, hashtagLimit: _h, responseTargetHours: _r, ...rest } = base;
  const full: SopProfile = {
    ...rest,
    name: form.name.trim(),
    agencyName: form.agencyName.trim(),
    personaName: form.personaName.trim(),
    addressForm: form.addressForm,
    nameFallback: form.nameFallback.trim(),
    register: form.register,
    greetingRequired: form.greetingRequired,
    signOff: form.signOff.trim(),
    emojiLimit,
    postsPerDayLimit,
    lengthLimits,
    officialDomains: parseLines(form.officialDomains),
    bannedWords: parseLines(form.bannedWords),
    preferredWords: preferred.pairs,
    allowWords: parseLines(form.allowWords),
    rulePacks,
    customRules,
    channels: { complaint: form.complaint.trim(), ppid: form.ppid.trim(), website: form.website.trim() },
    updatedAt: opts.now,
    ...(description ? { description } : {}),
    ...(customAddress ? { customAddress } : {}),
    ...(greetings.length > 0 ? { greetings } : {}),
    ...(hashtagLimit !== undefined ? { hashtagLimit } : {}),
    ...(responseTargetHours !== undefined ? { responseTargetHours } : {}),
  };
  if (form.addressForm === 'custom' && !customAddress) errors.customAddress = { key: 'profile.error.required' };

  const parsed = sopProfileSchema.safeParse(full);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssue(issue.path);
      errors[field] ??= { key: issue.code === 'too_small' ? 'profile.error.required' : 'profile.error.invalid' };
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, profile: parsed.data };
}

/** A new, empty rule pack: from today, for 30 days. */
export function newRulePack(id: string, now: number, zone: TimeZoneId): RulePackForm {
  const today = dayKey(now, zone);
  return { id, name: '', from: today, to: addDayKeys(today, 30), words: '', severity: 'warning', message: '' };
}

export function newCustomRule(): CustomRuleForm {
  return { name: '', pattern: '', flags: 'i', message: '', severity: 'warning', replacement: '' };
}
