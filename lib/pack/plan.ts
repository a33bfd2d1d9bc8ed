import type { Settings } from '@/lib/schemas/settings';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import type { PackPreview, TemplateContentField, TemplateItem } from './preview';
import { TEMPLATE_CONTENT_FIELDS } from './preview';
import type { PackTemplate } from './schema';

/**
 * What the admin chose in the preview, and the writes that follow from it (pure).
 *
 * - replace: the pack's version wins (a template keeps its local id and usage; the profile keeps
 *   its local id).
 * - merge: nothing is lost. A template is kept twice (the pack's copy is added beside the
 *   admin's, without a shortcut or starter id already in use); the profile keeps the admin's own
 *   settings and gains the pack's words, rules and domains it does not have yet.
 * - keep: the admin's version stays, the pack's is skipped.
 * New items are always added, equal ones never written. The global choice applies to every
 * change and conflict unless the admin chose otherwise for that item.
 */
export type Resolution = 'replace' | 'merge' | 'keep';

export interface ImportChoices {
  global: Resolution;
  perItem: Readonly<Record<string, Resolution>>;
  /** Make the imported (or matched) profile the active one. */
  activate: boolean;
}

export type PlanNote =
  | { code: 'shortcut-dropped'; title: string; shortcut: string }
  | { code: 'copy-added'; title: string };

export interface ImportPlan {
  templateAdds: Template[];
  /** Content updates of existing templates (usage fields untouched, even if they change meanwhile). */
  templateUpdates: { id: string; changes: Partial<Template> }[];
  profilePut: SopProfile | null;
  settingsPatch: Partial<Pick<Settings, 'activeProfileId' | 'checkerEnabled' | 'qcGateEnabled'>>;
  notes: PlanNote[];
  summary: { added: number; updated: number; kept: number; unchanged: number };
}

export function resolutionFor(key: string, choices: ImportChoices): Resolution {
  return choices.perItem[key] ?? choices.global;
}

function contentOf(t: PackTemplate): Pick<Template, TemplateContentField> {
  const out: Partial<Record<TemplateContentField, unknown>> = {};
  for (const f of TEMPLATE_CONTENT_FIELDS) out[f] = t[f];
  return out as Pick<Template, TemplateContentField>;
}

function newTemplate(t: PackTemplate, id: string): Template {
  return { ...t, id, favorite: false, usageCount: 0 };
}

const unionBy = <T>(mine: readonly T[], theirs: readonly T[], key: (t: T) => string): T[] => {
  const seen = new Set(mine.map(key));
  return [...mine, ...theirs.filter((t) => !seen.has(key(t)))];
};
const lower = (s: string) => s.trim().toLocaleLowerCase('id');

/** The admin's profile, plus what the pack has that it lacks. */
export function mergeProfiles(mine: SopProfile, theirs: SopProfile, now: number): SopProfile {
  return {
    ...mine,
    lengthLimits: { ...theirs.lengthLimits, ...mine.lengthLimits },
    officialDomains: unionBy(mine.officialDomains, theirs.officialDomains, lower),
    bannedWords: unionBy(mine.bannedWords, theirs.bannedWords, lower),
    allowWords: unionBy(mine.allowWords, theirs.allowWords, lower),
    preferredWords: unionBy(mine.preferredWords, theirs.preferredWords, (p) => lower(p.word)),
    rules: { ...theirs.rules, ...mine.rules },
    rulePacks: unionBy(mine.rulePacks, theirs.rulePacks, (p) => p.id),
    customRules: unionBy(mine.customRules, theirs.customRules, (r) => r.id),
    channels: {
      complaint: mine.channels.complaint || theirs.channels.complaint,
      ppid: mine.channels.ppid || theirs.channels.ppid,
      website: mine.channels.website || theirs.channels.website,
    },
    updatedAt: now,
  };
}

export function planImport(preview: PackPreview, choices: ImportChoices, opts: { now: number; newId: () => string }): ImportPlan {
  const adds: Template[] = [];
  const updates: { id: string; changes: Partial<Template>; title: string }[] = [];
  const notes: PlanNote[] = [];
  const summary = { added: 0, updated: 0, kept: 0, unchanged: 0 };

  // Ids and starter ids that exist after the import, to keep them unique.
  const usedIds = new Set<string>();
  const usedStarterIds = new Set<string>();
  for (const t of preview.localTemplates) {
    usedIds.add(t.id);
    if (t.starterId) usedStarterIds.add(t.starterId);
  }

  const addCopy = (item: TemplateItem, asCopy: boolean) => {
    const id = usedIds.has(item.incoming.id) ? opts.newId() : item.incoming.id;
    usedIds.add(id);
    const t = newTemplate(item.incoming, id);
    if (t.starterId !== undefined && usedStarterIds.has(t.starterId)) delete t.starterId;
    if (t.starterId) usedStarterIds.add(t.starterId);
    adds.push(t);
    summary.added += 1;
    if (asCopy) notes.push({ code: 'copy-added', title: t.title });
  };

  for (const item of preview.templates) {
    if (item.status === 'same') {
      summary.unchanged += 1;
      continue;
    }
    if (item.status === 'new' || !item.local) {
      addCopy(item, false);
      continue;
    }
    const res = resolutionFor(item.key, choices);
    if (res === 'keep') summary.kept += 1;
    else if (res === 'merge') addCopy(item, true);
    else {
      const changes: Partial<Template> = { ...contentOf(item.incoming), updatedAt: opts.now };
      if (item.incoming.starterId && !item.local.starterId && !usedStarterIds.has(item.incoming.starterId)) {
        changes.starterId = item.incoming.starterId;
        usedStarterIds.add(item.incoming.starterId);
      }
      updates.push({ id: item.local.id, changes, title: item.incoming.title });
      summary.updated += 1;
    }
  }

  dropDuplicateShortcuts(preview, adds, updates, notes);

  // Profile and its activation.
  const p = preview.profile;
  let profilePut: SopProfile | null = null;
  let targetId: string | undefined;
  if (p.status === 'new' || !p.local) {
    profilePut = { ...p.incoming };
    targetId = p.incoming.id;
  } else if (p.status === 'same') {
    targetId = p.local.id;
  } else {
    const res = resolutionFor(p.key, choices);
    if (res === 'replace') profilePut = { ...p.incoming, id: p.local.id, createdAt: p.local.createdAt, updatedAt: opts.now };
    else if (res === 'merge') profilePut = mergeProfiles(p.local, p.incoming, opts.now);
    // Keeping one's own profile also keeps which profile is active.
    targetId = res === 'keep' ? undefined : p.local.id;
  }

  const settingsPatch: ImportPlan['settingsPatch'] = {};
  if (choices.activate && targetId !== undefined) settingsPatch.activeProfileId = targetId;
  // The checker switches follow the pack only when its rules replace the admin's.
  const profileRes = p.status === 'new' ? 'replace' : resolutionFor(p.key, choices);
  if (profileRes === 'replace') for (const s of preview.switches) settingsPatch[s.field] = s.to;

  return {
    templateAdds: adds,
    templateUpdates: updates.map(({ id, changes }) => ({ id, changes })),
    profilePut,
    settingsPatch,
    notes,
    summary,
  };
}

/**
 * A shortcut must lead to one template. Where the result would have two, the admin's own
 * template (untouched or updated) keeps it and the pack's added copy goes without.
 */
function dropDuplicateShortcuts(
  preview: PackPreview,
  adds: Template[],
  updates: { id: string; changes: Partial<Template>; title: string }[],
  notes: PlanNote[],
): void {
  const owner = new Set<string>();
  const updated = new Map(updates.map((u) => [u.id, u]));
  // 1. Local templates that stay as they are keep their shortcuts.
  for (const t of preview.localTemplates) if (t.shortcut && !updated.has(t.id)) owner.add(t.shortcut);
  // 2. Updated local templates, unless another local template keeps that shortcut.
  for (const u of updates) {
    const local = preview.localTemplates.find((t) => t.id === u.id);
    const shortcut = 'shortcut' in u.changes ? u.changes.shortcut : local?.shortcut;
    if (!shortcut) continue;
    if (owner.has(shortcut)) {
      notes.push({ code: 'shortcut-dropped', title: u.title, shortcut });
      u.changes.shortcut = undefined;
      continue;
    }
    owner.add(shortcut);
  }
  // 3. Added templates last: the admin's own templates win.
  for (const t of adds) {
    if (!t.shortcut) continue;
    if (owner.has(t.shortcut)) {
      notes.push({ code: 'shortcut-dropped', title: t.title, shortcut: t.shortcut });
      delete t.shortcut;
      continue;
    }
    owner.add(t.shortcut);
  }
}
