import { describe, expect, it } from 'vitest';
import { shortcutSchema, templateSchema, TEMPLATE_CATEGORIES, type Template } from '@/lib/schemas/template';
import { CATEGORY_LABELS, categoryLabel, categoryOptions } from '@/lib/templates/categories';

describe('shortcutSchema', () => {
  it.each(['/a', '/dm', '/hoaks', '/jam-layanan', '/112', '/maaf-2', `/${'a'.repeat(30)}`, '/a-b-c'])('accepts %s', (s) => {
    expect(shortcutSchema.safeParse(s).success).toBe(true);
  });

  it.each([
    '', '/', 'hoaks', '//hoaks', '/Hoaks', '/jam layanan', '/jam_layanan', '/-jam', '/jam-', '/jam--layanan',
    `/${'a'.repeat(31)}`, '/hoaks ', ' /hoaks', '/hoaks\n', '/kabar-bohong/2',
  ])('rejects %j', (s) => {
    expect(shortcutSchema.safeParse(s).success).toBe(false);
  });
});

describe('templateSchema', () => {
  const valid: Template = {
    id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    title: 'Klarifikasi hoaks',
    body: '[HOAKS] {isian:isu}\n\n{sapaan}, {nama}. {admin}',
    category: 'klarifikasi-hoaks',
    tags: ['hoaks'],
    platforms: [],
    shortcut: '/hoaks',
    language: 'id',
    favorite: true,
    usageCount: 3,
    lastUsedAt: 1_772_000_000_000,
    createdAt: 1_771_000_000_000,
    updatedAt: 1_771_500_000_000,
  };

  it('accepts a complete template', () => {
    expect(templateSchema.parse(valid)).toEqual(valid);
  });

  it.each<[string, Partial<Record<keyof Template, unknown>>]>([
    ['empty title', { title: '   ' }],
    ['empty body', { body: '' }],
    ['body over 5000 characters', { body: 'a'.repeat(5001) }],
    ['unknown category', { category: 'lainnya' }],
    ['unknown platform', { platforms: ['tiktok'] }],
    ['a platform twice', { platforms: ['x', 'x'] }],
    ['bad shortcut', { shortcut: 'hoaks' }],
    ['negative usage', { usageCount: -1 }],
    ['fractional usage', { usageCount: 1.5 }],
    ['a Date instead of epoch ms', { createdAt: new Date() }],
    ['unsupported language', { language: 'jv' }],
  ])('rejects %s', (_label, change) => {
    expect(templateSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('category labels', () => {
  it.each<[string, string, string]>([
    ['sapaan', 'Sapaan & terima kasih', 'Greetings & thanks'],
    ['informasi-layanan', 'Informasi layanan', 'Service information'],
    ['pengaduan', 'Pengaduan', 'Complaints'],
    ['ppid', 'Permohonan informasi (PPID)', 'Information requests (PPID)'],
    ['klarifikasi-hoaks', 'Klarifikasi hoaks', 'Hoax clarification'],
    ['permohonan-maaf', 'Permohonan maaf', 'Apologies'],
    ['di-luar-jam', 'Di luar jam layanan', 'Outside service hours'],
    ['pesan-pribadi', 'Pindah ke pesan pribadi', 'Move to a private message'],
    ['darurat', 'Darurat/bencana', 'Emergency/disaster'],
  ])('%s → %s / %s', (category, id, en) => {
    const c = TEMPLATE_CATEGORIES.find((x) => x === category);
    expect(c).toBeDefined();
    if (!c) return;
    expect(categoryLabel(c, 'id')).toBe(id);
    expect(categoryLabel(c, 'en')).toBe(en);
  });

  it('labels every category, in the fixed order', () => {
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...TEMPLATE_CATEGORIES].sort());
    expect(categoryOptions('id').map((o) => o.value)).toEqual([...TEMPLATE_CATEGORIES]);
    expect(categoryOptions('en')[0]).toEqual({ value: 'sapaan', label: 'Greetings & thanks' });
  });
});
