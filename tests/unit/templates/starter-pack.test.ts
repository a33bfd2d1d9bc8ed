import { describe, expect, it } from 'vitest';
import { templateSchema, TEMPLATE_CATEGORIES } from '@/lib/schemas/template';
import { platformLength } from '@/lib/text/length';
import { analyzeTemplate, listFields } from '@/lib/templates/parse';
import { renderTemplate } from '@/lib/templates/render';
import { STARTER_TEMPLATES, createStarterTemplates } from '@/lib/templates/starter-pack';
import { BASE_CONTEXT } from './context';

const NOW = Date.parse('2026-03-02T09:30:00+07:00');
const SAMPLE_FIELDS: Record<string, string> = {
  jam_layanan: 'Senin–Jumat pukul 08.00–16.00 WIB',
  nama_layanan: 'pembuatan KTP-el',
  nomor_tiket: '2026031234567',
  isu: 'Bantuan tunai Rp5 juta untuk semua pemilik KTP',
  fakta: 'Bantuan hanya untuk keluarga penerima manfaat yang terdaftar di DTKS',
  jawaban: 'Pembuatan KTP-el tidak dipungut biaya dan dapat dilakukan di kantor kecamatan.',
  nama_libur: 'Idulfitri',
  tanggal_buka: 'Senin, 30 Maret 2026',
};

function newIds() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

describe('starter pack', () => {
  it('has about fifteen templates, two for each category', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(15);
    for (const category of TEMPLATE_CATEGORIES) {
      expect(STARTER_TEMPLATES.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('has unique starterIds, shortcuts and titles', () => {
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    expect(unique(STARTER_TEMPLATES.map((t) => t.starterId))).toBe(true);
    expect(unique(STARTER_TEMPLATES.map((t) => t.shortcut))).toBe(true);
    expect(unique(STARTER_TEMPLATES.map((t) => t.title))).toBe(true);
    for (const t of STARTER_TEMPLATES) expect(t.shortcut, t.starterId).toBeDefined();
  });

  it('installs as valid templates with fresh ids and no usage', () => {
    const templates = createStarterTemplates(NOW, newIds());
    expect(templates).toHaveLength(STARTER_TEMPLATES.length);
    for (const t of templates) {
      expect(templateSchema.parse(t)).toEqual(t);
      expect(t).toMatchObject({ favorite: false, usageCount: 0, createdAt: NOW, updatedAt: NOW });
      expect(t.lastUsedAt).toBeUndefined();
    }
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('gives each install its own arrays (editing one cannot change the pack)', () => {
    const [first] = createStarterTemplates(NOW, newIds());
    first?.tags.push('diubah');
    expect(STARTER_TEMPLATES[0]?.tags).not.toContain('diubah');
  });

  describe.each(STARTER_TEMPLATES.map((t) => [t.starterId, t] as const))('%s', (_id, starter) => {
    it('uses only known variables and well-formed braces', () => {
      const analysis = analyzeTemplate(starter.body);
      expect(analysis.unknown).toEqual([]);
      expect(analysis.strayBraces).toEqual([]);
    });

    it('renders with nothing missing or unknown once its fields are typed', () => {
      const fields = Object.fromEntries(listFields(starter.body).map((f) => [f.name, SAMPLE_FIELDS[f.name] ?? '']));
      const { text, missing, unknown } = renderTemplate(starter.body, { ...BASE_CONTEXT, now: NOW, fields });
      expect(missing).toEqual([]);
      expect(unknown).toEqual([]);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toContain('…');
      // Fits an X reply even for a long agency name, so no template needs a platform limit.
      expect(platformLength(text, 'x')).toBeLessThanOrEqual(280);
    });

    it('gives every field a label that says what to type', () => {
      for (const f of listFields(starter.body)) expect(f.label.length, f.name).toBeGreaterThan(3);
    });

    it('signs off with {admin} and greets or names the citizen', () => {
      expect(starter.body).toMatch(/\{admin\}$/);
      if (starter.category !== 'klarifikasi-hoaks') expect(starter.body).toMatch(/\{sapaan\}|\{nama\}/);
    });

    it('is written in standard Indonesian (no slang, no English where Indonesian exists)', () => {
      // Variables are not words of the reply: {admin} is fine, a written "admin" is not.
      const words = starter.body.replace(/\{[^{}]*\}/gu, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
      const avoid = [
        'gak', 'nggak', 'udah', 'aja', 'banget', 'gimana', 'kok', 'sih', 'yg', 'dgn', 'utk', 'krn', 'kamu',
        'himbau', 'silahkan', 'ijin', 'resiko', 'praktek', 'analisa', 'merubah',
        'download', 'upload', 'online', 'offline', 'update', 'email', 'link', 'website', 'sorry', 'thanks', 'admin',
      ];
      expect(words.filter((w) => avoid.includes(w))).toEqual([]);
    });
  });

  it.each([
    ['pengaduan', /SP4N-LAPOR!.*\{kanal_pengaduan\}/s],
    ['ppid', /PPID.*\{ppid\}|\{ppid\}.*PPID/s],
    ['pesan-pribadi', /pesan pribadi/],
    ['darurat', /112/],
  ] as const)('every %s template names its channel', (category, pattern) => {
    for (const t of STARTER_TEMPLATES.filter((s) => s.category === category)) expect(t.body, t.starterId).toMatch(pattern);
  });

  it('hoax clarifications carry the label first and an official source', () => {
    const hoax = STARTER_TEMPLATES.filter((t) => t.category === 'klarifikasi-hoaks');
    expect(hoax.map((t) => t.body.match(/^\[(HOAKS|DISINFORMASI)\]/)?.[1]).sort()).toEqual(['DISINFORMASI', 'HOAKS']);
    for (const t of hoax) expect(t.body).toContain('{tautan}');
  });

  it('a disaster template points to BPBD', () => {
    expect(STARTER_TEMPLATES.some((t) => t.category === 'darurat' && t.body.includes('BPBD'))).toBe(true);
  });
});
