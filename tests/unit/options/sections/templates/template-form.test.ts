import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { createStarterTemplates } from '@/lib/templates/starter-pack';
import {
  draftOf,
  duplicateTemplate,
  emptyDraft,
  filterTemplates,
  parseTags,
  validateDraft,
  type TemplateDraft,
} from '@/entrypoints/options/sections/templates/template-form';

const NOW = Date.parse('2026-03-02T09:30:00+07:00');
const library: Template[] = createStarterTemplates(NOW - 86_400_000, () => '').map((t) => ({ ...t, id: t.starterId ?? t.title }));
const hoaks = library.find((t) => t.id === 'hoaks')!;

function draft(over: Partial<TemplateDraft> = {}): TemplateDraft {
  return { ...emptyDraft(), title: 'Jadwal posyandu', body: '{sapaan}, {nama}. Posyandu buka tiap Selasa. {admin}', ...over };
}
const ctx = (existing: Template | null = null) => ({ all: library, existing, now: NOW, newId: () => 'new-id' });

describe('validateDraft: errors at the field', () => {
  it('a good new template', () => {
    const r = validateDraft(draft({ tags: 'posyandu, Balita ,, posyandu', shortcut: 'Posyandu', platforms: ['x', 'instagram'] }), ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template).toMatchObject({
      id: 'new-id',
      title: 'Jadwal posyandu',
      tags: ['posyandu', 'Balita'],
      shortcut: '/posyandu',
      platforms: ['x', 'instagram'],
      usageCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it.each<[string, Partial<TemplateDraft>, string, string]>([
    ['an empty title', { title: '   ' }, 'title', 'templates.error.titleRequired'],
    ['a title over 120', { title: 'a'.repeat(121) }, 'title', 'templates.error.titleTooLong'],
    ['an empty body', { body: '' }, 'body', 'templates.error.bodyRequired'],
    ['a body of spaces', { body: '  \n ' }, 'body', 'templates.error.bodyRequired'],
    ['a body over 5000', { body: 'a'.repeat(5001) }, 'body', 'templates.error.bodyTooLong'],
    ['an unknown variable', { body: 'Halo {nmaa}, cek {tautan}.' }, 'body', 'templates.error.unknownVariables'],
    ['a shortcut with a space', { shortcut: '/jam layanan' }, 'shortcut', 'templates.error.shortcutFormat'],
    ['a shortcut ending in a dash', { shortcut: '/jam-' }, 'shortcut', 'templates.error.shortcutFormat'],
    ['a shortcut with an underscore', { shortcut: 'jam_layanan' }, 'shortcut', 'templates.error.shortcutFormat'],
    ['a shortcut too long', { shortcut: '/' + 'a'.repeat(31) }, 'shortcut', 'templates.error.shortcutFormat'],
    ['a shortcut another template uses', { shortcut: '/HOAKS' }, 'shortcut', 'templates.error.shortcutDuplicate'],
    ['a tag over 40 characters', { tags: 'a'.repeat(41) }, 'tags', 'templates.error.tags'],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`).join(',') }, 'tags', 'templates.error.tags'],
  ])('%s', (_name, over, field, key) => {
    const r = validateDraft(draft(over), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field as keyof typeof r.errors]?.key).toBe(key);
    expect(Object.keys(r.errors)).toEqual([field]);
  });

  it('names the unknown variables and the template holding a duplicate shortcut', () => {
    const unknown = validateDraft(draft({ body: 'Halo {nmaa} {nmaa} {Tautn}' }), ctx());
    expect(!unknown.ok && unknown.errors.body?.params).toEqual({ list: '{nmaa}, {Tautn}' });
    const dup = validateDraft(draft({ shortcut: 'hoaks' }), ctx());
    expect(!dup.ok && dup.errors.shortcut?.params).toEqual({ shortcut: '/hoaks', title: hoaks.title });
  });

  it('reports every bad field at once', () => {
    const r = validateDraft(draft({ title: '', body: '{x}', shortcut: '/a b' }), ctx());
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['body', 'shortcut', 'title']);
  });

  it('editing a template keeps its own shortcut, usage and creation time', () => {
    const used: Template = { ...hoaks, usageCount: 41, lastUsedAt: NOW - 5000 };
    const r = validateDraft({ ...draftOf(used), title: 'Klarifikasi hoaks (baru)' }, { ...ctx(used), all: library.map((t) => (t.id === used.id ? used : t)) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template).toMatchObject({
      id: 'hoaks',
      title: 'Klarifikasi hoaks (baru)',
      shortcut: '/hoaks',
      usageCount: 41,
      lastUsedAt: NOW - 5000,
      createdAt: used.createdAt,
      updatedAt: NOW,
      starterId: 'hoaks',
    });
  });

  it('an empty shortcut field removes the shortcut', () => {
    const r = validateDraft({ ...draftOf(hoaks), shortcut: '  ' }, ctx(hoaks));
    expect(r.ok && r.template.shortcut).toBe(undefined);
  });

  it('a stray brace is a warning, not an error', () => {
    const r = validateDraft(draft({ body: 'Skor {nilai 1-10 dan } lainnya {' }), ctx());
    expect(r.ok).toBe(false); // "{nilai 1-10 dan }" is an unknown token
    const stray = validateDraft(draft({ body: 'Halo {nama}, kurung } saja' }), ctx());
    expect(stray.ok).toBe(true);
    expect(stray.warnings.body).toEqual({ key: 'templates.warning.strayBrace', params: { list: '21' } });
  });

  it('markup is kept as typed (it is text)', () => {
    const r = validateDraft(draft({ body: 'Halo <img src=x onerror=alert(1)> {nama}' }), ctx());
    expect(r.ok && r.template.body).toBe('Halo <img src=x onerror=alert(1)> {nama}');
  });
});

describe('parseTags', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['hoaks', ['hoaks']],
    [' hoaks ,  cek   fakta,,', ['hoaks', 'cek fakta']],
    ['Hoaks, hoaks, HOAKS', ['Hoaks']],
  ])('%j → %j', (raw, tags) => {
    expect(parseTags(raw)).toEqual(tags);
  });
});

describe('duplicateTemplate', () => {
  it('a fresh copy: new id, "(salinan)", no shortcut, no usage, not a starter', () => {
    const used: Template = { ...hoaks, usageCount: 9, lastUsedAt: NOW - 1, favorite: true };
    const copy = duplicateTemplate(used, { id: 'copy-1', now: NOW, suffix: '(salinan)' });
    expect(copy).toEqual({
      ...hoaks,
      id: 'copy-1',
      title: 'Klarifikasi hoaks (salinan)',
      shortcut: undefined,
      starterId: undefined,
      favorite: false,
      usageCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
    } satisfies Partial<Template>);
    expect('shortcut' in copy).toBe(false);
    expect('lastUsedAt' in copy).toBe(false);
    expect(copy.tags).toEqual(hoaks.tags);
  });
});

describe('filterTemplates', () => {
  it('searches like the palette, then filters by category', () => {
    expect(filterTemplates(library, 'hoaks', 'all')[0]?.id).toBe('hoaks');
    expect(filterTemplates(library, '', 'klarifikasi-hoaks').map((t) => t.id).sort()).toEqual(['disinformasi', 'hoaks']);
    expect(filterTemplates(library, 'hoaks', 'darurat')).toEqual([]);
    expect(filterTemplates(library, '', 'all')).toHaveLength(library.length);
  });
});
