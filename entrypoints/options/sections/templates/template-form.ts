import type { PlatformId } from '@/lib/schemas/common';
import { shortcutSchema, templateSchema, type Template, type TemplateCategory } from '@/lib/schemas/template';
import { analyzeTemplate } from '@/lib/templates/parse';
import { searchTemplates } from '@/lib/templates/search';
import { normalizeShortcut } from '@/lib/templates/shortcut';
import type * as catalog from '@/lib/i18n/messages/templates';

/** What the editor form holds: text as typed. */
export interface TemplateDraft {
  /** Null for a new template. */
  id: string | null;
  title: string;
  body: string;
  category: TemplateCategory;
  /** Comma-separated, as typed. */
  tags: string;
  platforms: PlatformId[];
  /** As typed; the slash is optional ("jam-layanan" means "/jam-layanan"). */
  shortcut: string;
  language: 'id' | 'en';
  favorite: boolean;
}

export type FormField = 'title' | 'body' | 'tags' | 'shortcut';
type CatalogKey = keyof typeof catalog.id;

/** A message of the templates catalog with its parameters; the page translates it. */
export interface FieldMessage {
  key: CatalogKey;
  params?: Record<string, string | number>;
}

export type FormResult =
  | { ok: true; template: Template; warnings: Partial<Record<FormField, FieldMessage>> }
  | { ok: false; errors: Partial<Record<FormField, FieldMessage>>; warnings: Partial<Record<FormField, FieldMessage>> };

export function emptyDraft(category: TemplateCategory = 'sapaan'): TemplateDraft {
  return { id: null, title: '', body: '', category, tags: '', platforms: [], shortcut: '', language: 'id', favorite: false };
}

export function draftOf(t: Template): TemplateDraft {
  return {
    id: t.id,
    title: t.title,
    body: t.body,
    category: t.category,
    tags: t.tags.join(', '),
    platforms: [...t.platforms],
    shortcut: t.shortcut ?? '',
    language: t.language,
    favorite: t.favorite,
  };
}

/** "hoaks, cek fakta,, Hoaks " → ["hoaks", "cek fakta"]: trimmed, empty ones dropped, repeats (any case) once. */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Validates the form against templateSchema (the one source of the rules) plus what the schema
 * cannot know: another template using the same shortcut, and variables the renderer would drop.
 * Errors are per field, for the form to show at the field. A stray brace is a warning only (it
 * stays in the text as typed). `existing` is the stored template being edited, if any: its usage
 * count, creation time and starter id are kept.
 */
export function validateDraft(
  draft: TemplateDraft,
  ctx: { all: readonly Template[]; existing: Template | null; now: number; newId: () => string },
): FormResult {
  const errors: Partial<Record<FormField, FieldMessage>> = {};
  const warnings: Partial<Record<FormField, FieldMessage>> = {};
  const shortcutText = draft.shortcut.trim();
  const shortcut = shortcutText ? normalizeShortcut(shortcutText) : undefined;
  const base = ctx.existing;
  const candidate = {
    id: base?.id ?? draft.id ?? ctx.newId(),
    title: draft.title.trim(),
    body: draft.body,
    category: draft.category,
    tags: parseTags(draft.tags),
    platforms: [...new Set(draft.platforms)],
    ...(shortcut ? { shortcut } : {}),
    language: draft.language,
    favorite: draft.favorite,
    usageCount: base?.usageCount ?? 0,
    ...(base?.lastUsedAt !== undefined ? { lastUsedAt: base.lastUsedAt } : {}),
    createdAt: base?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    ...(base?.starterId ? { starterId: base.starterId } : {}),
  };

  const parsed = templateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'title' && !errors.title) {
        errors.title = { key: candidate.title === '' ? 'templates.error.titleRequired' : 'templates.error.titleTooLong' };
      } else if (field === 'body' && !errors.body) {
        errors.body = { key: draft.body.trim() === '' ? 'templates.error.bodyRequired' : 'templates.error.bodyTooLong' };
      } else if (field === 'tags') {
        errors.tags = { key: 'templates.error.tags' };
      } else if (field === 'shortcut') {
        errors.shortcut = { key: 'templates.error.shortcutFormat' };
      }
    }
  }
  // A body of spaces passes min(1) but is no reply.
  if (!errors.body && draft.body.trim() === '') errors.body = { key: 'templates.error.bodyRequired' };

  if (shortcut && !errors.shortcut && shortcutSchema.safeParse(shortcut).success) {
    const other = ctx.all.find((t) => t.shortcut === shortcut && t.id !== candidate.id);
    if (other) errors.shortcut = { key: 'templates.error.shortcutDuplicate', params: { shortcut, title: other.title } };
  }

  const analysis = analyzeTemplate(draft.body);
  if (!errors.body && analysis.unknown.length > 0) {
    errors.body = { key: 'templates.error.unknownVariables', params: { list: [...new Set(analysis.unknown.map((u) => u.raw))].join(', ') } };
  }
  if (analysis.strayBraces.length > 0) {
    warnings.body = { key: 'templates.warning.strayBrace', params: { list: analysis.strayBraces.map((i) => i + 1).join(', ') } };
  }

  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors, warnings };
  return { ok: true, template: parsed.data, warnings };
}

/** A copy to adapt: new id, "(salinan)" in the title, no shortcut (shortcuts are unique), never used. */
export function duplicateTemplate(t: Template, opts: { id: string; now: number; suffix: string }): Template {
  const title = `${t.title} ${opts.suffix}`.slice(0, 120);
  const { shortcut: _shortcut, lastUsedAt: _lastUsedAt, starterId: _starterId, ...rest } = t;
  return { ...rest, id: opts.id, title, favorite: false, usageCount: 0, createdAt: opts.now, updatedAt: opts.now };
}

/** The list on the page: the palette's own search, then the category filter. */
export function filterTemplates(templates: readonly Template[], query: string, category: TemplateCategory | 'all'): Template[] {
  const found = searchTemplates(templates, query);
  return category === 'all' ? found : found.filter((t) => t.category === category);
}
