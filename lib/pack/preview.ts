import type { Settings } from '@/lib/schemas/settings';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import type { ParsedPack, PackWarning } from './parse';
import { joinProfile } from './profile-parts';
import type { PackTemplate, SopPack } from './schema';

/**
 * What importing a pack would do, before anything is written (pure).
 *
 * Templates are matched to the admin's own, in this order, each local template at most once:
 * same `id` (re-importing a pack), same `starterId` (the same starter template in two browsers),
 * same `shortcut`, same title (case- and space-insensitive). Then:
 * - new: nothing matched;
 * - same: matched and the content is equal (nothing to do);
 * - change: matched by identity (id or starterId) and the content differs: the same template, edited;
 * - conflict: matched only by shortcut or title (a different template of the admin's competes for
 *   it), or a change whose shortcut is taken by yet another local template.
 * The profile is matched by id, then by name, with the same four outcomes.
 * Local templates the pack does not mention are never touched.
 */
export type ItemStatus = 'new' | 'same' | 'change' | 'conflict';
export type MatchKind = 'id' | 'starterId' | 'shortcut' | 'title' | 'name';

/** Content fields compared and copied; usage (favourite, counts) stays the admin's own. */
export const TEMPLATE_CONTENT_FIELDS = ['title', 'body', 'category', 'tags', 'platforms', 'shortcut', 'language'] as const;
export type TemplateContentField = (typeof TEMPLATE_CONTENT_FIELDS)[number];

export interface TemplateItem {
  /** Stable key for the admin's per-item choice. */
  key: string;
  /** Index in the pack's templates. */
  index: number;
  incoming: PackTemplate;
  status: ItemStatus;
  local?: Template;
  matchedBy?: Exclude<MatchKind, 'name'>;
  changedFields: TemplateContentField[];
  /** For a conflict of kind 'shortcut-taken': the local template already using the shortcut. */
  shortcutOwner?: Template;
}

export interface WordDiff {
  added: string[];
  removed: string[];
}

export interface ProfileItem {
  key: 'profile';
  incoming: SopProfile;
  status: ItemStatus;
  local?: SopProfile;
  matchedBy?: 'id' | 'name';
  /** Top-level profile fields whose value differs (persona, limits, channels, rules...). */
  changedFields: string[];
  words: { banned: WordDiff; preferred: WordDiff; allow: WordDiff };
  /** Whether the local match is the active profile now. */
  localIsActive: boolean;
}

export interface SwitchChange {
  field: 'checkerEnabled' | 'qcGateEnabled';
  from: boolean;
  to: boolean;
}

export interface PackPreview {
  meta: { agencyName: string; exportedAt: string; appVersion: string; fromVersion: number };
  profile: ProfileItem;
  templates: TemplateItem[];
  switches: SwitchChange[];
  warnings: PackWarning[];
  counts: Record<ItemStatus, number>;
  /** Local templates the pack does not mention: kept as they are. */
  untouchedLocal: number;
  /** Every local template as it was when the preview was made (for shortcut uniqueness). */
  localTemplates: readonly Template[];
}

export interface LocalState {
  templates: readonly Template[];
  profiles: readonly SopProfile[];
  settings: Pick<Settings, 'activeProfileId' | 'checkerEnabled' | 'qcGateEnabled'>;
}

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order does not matter for equality: records are compared with sorted keys. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function templateChanges(local: Template, incoming: PackTemplate): TemplateContentField[] {
  return TEMPLATE_CONTENT_FIELDS.filter((f) => !sameValue(local[f], incoming[f]));
}

function matchTemplates(incoming: readonly PackTemplate[], locals: readonly Template[]): (Pick<TemplateItem, 'local' | 'matchedBy'> | null)[] {
  const claimed = new Set<string>();
  const result: (Pick<TemplateItem, 'local' | 'matchedBy'> | null)[] = incoming.map(() => null);
  const passes: [Exclude<MatchKind, 'name'>, (t: PackTemplate | Template) => string | undefined][] = [
    ['id', (t) => t.id],
    ['starterId', (t) => t.starterId],
    ['shortcut', (t) => t.shortcut],
    ['title', (t) => norm(t.title)],
  ];
  for (const [kind, keyOf] of passes) {
    const index = new Map<string, Template>();
    for (const l of locals) {
      const k = keyOf(l);
      if (k !== undefined && k !== '' && !claimed.has(l.id) && !index.has(k)) index.set(k, l);
    }
    incoming.forEach((t, i) => {
      if (result[i]) return;
      const k = keyOf(t);
      if (k === undefined || k === '') return;
      const l = index.get(k);
      if (!l || claimed.has(l.id)) return;
      claimed.add(l.id);
      result[i] = { local: l, matchedBy: kind };
    });
  }
  return result;
}

function wordDiff(local: readonly string[], incoming: readonly string[]): WordDiff {
  const l = new Set(local.map(norm));
  const i = new Set(incoming.map(norm));
  return { added: incoming.filter((w) => !l.has(norm(w))), removed: local.filter((w) => !i.has(norm(w))) };
}

const preferredKey = (p: { word: string; replacement: string }) => `${p.word} → ${p.replacement}`;

function profileItem(pack: SopPack, local: LocalState): ProfileItem {
  const incoming = joinProfile({ profile: pack.profile, rules: pack.rules, wordLists: pack.wordLists });
  const byId = local.profiles.find((p) => p.id === incoming.id);
  const byName = byId ? undefined : local.profiles.find((p) => norm(p.name) === norm(incoming.name));
  const match = byId ?? byName;
  const emptyWords = { banned: { added: [], removed: [] }, preferred: { added: [], removed: [] }, allow: { added: [], removed: [] } };
  if (!match) {
    return { key: 'profile', incoming, status: 'new', changedFields: [], words: emptyWords, localIsActive: false };
  }
  const ignored = new Set(['id', 'createdAt', 'updatedAt']);
  const fields = [...new Set([...Object.keys(incoming), ...Object.keys(match)])].filter((f) => !ignored.has(f));
  const changedFields = fields.filter((f) => !sameValue((incoming as Record<string, unknown>)[f], (match as Record<string, unknown>)[f])).sort();
  const words = {
    banned: wordDiff(match.bannedWords, incoming.bannedWords),
    preferred: wordDiff(match.preferredWords.map(preferredKey), incoming.preferredWords.map(preferredKey)),
    allow: wordDiff(match.allowWords, incoming.allowWords),
  };
  const status: ItemStatus = changedFields.length === 0 ? 'same' : byId ? 'change' : 'conflict';
  return {
    key: 'profile',
    incoming,
    status,
    local: match,
    matchedBy: byId ? 'id' : 'name',
    changedFields,
    words,
    localIsActive: local.settings.activeProfileId === match.id,
  };
}

export function previewPack(parsed: ParsedPack, local: LocalState): PackPreview {
  const { pack } = parsed;
  const matches = matchTemplates(pack.templates, local.templates);
  const templates: TemplateItem[] = pack.templates.map((incoming, index) => {
    const m = matches[index];
    const key = `template:${index}`;
    if (!m?.local) return { key, index, incoming, status: 'new', changedFields: [] };
    const changedFields = templateChanges(m.local, incoming);
    if (changedFields.length === 0) return { key, index, incoming, status: 'same', local: m.local, matchedBy: m.matchedBy, changedFields };
    const identity = m.matchedBy === 'id' || m.matchedBy === 'starterId';
    const owner =
      incoming.shortcut !== undefined
        ? local.templates.find((t) => t.shortcut === incoming.shortcut && t.id !== m.local?.id)
        : undefined;
    const status: ItemStatus = identity && !owner ? 'change' : 'conflict';
    return { key, index, incoming, status, local: m.local, matchedBy: m.matchedBy, changedFields, ...(owner ? { shortcutOwner: owner } : {}) };
  });

  const switches: SwitchChange[] = [];
  for (const field of ['checkerEnabled', 'qcGateEnabled'] as const) {
    const to = pack.rules[field];
    if (to !== undefined && to !== local.settings[field]) switches.push({ field, from: local.settings[field], to });
  }

  const profile = profileItem(pack, local);
  const counts: Record<ItemStatus, number> = { new: 0, same: 0, change: 0, conflict: 0 };
  for (const t of templates) counts[t.status] += 1;
  const touched = new Set(templates.flatMap((t) => (t.local ? [t.local.id] : [])));
  return {
    meta: { agencyName: pack.agencyName, exportedAt: pack.exportedAt, appVersion: pack.appVersion, fromVersion: parsed.fromVersion },
    profile,
    templates,
    switches,
    warnings: parsed.warnings,
    counts,
    untouchedLocal: local.templates.filter((t) => !touched.has(t.id)).length,
    localTemplates: local.templates,
  };
}
