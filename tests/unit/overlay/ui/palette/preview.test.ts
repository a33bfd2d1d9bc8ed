import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { defaultProfile, kakProfile } from '@/lib/style';
import { buildPreview, describeMissing, type PreviewInput } from '@/entrypoints/overlay.content/ui/palette/preview';

const NOW = Date.parse('2026-03-02T09:30:00+07:00'); // 09:30 WIB: "Selamat pagi"

function template(body: string, over: Partial<Template> = {}): Template {
  return {
    id: 't1',
    title: 'Uji',
    body,
    category: 'sapaan',
    tags: [],
    platforms: [],
    language: 'id',
    favorite: false,
    usageCount: 0,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

const SETTINGS = { timeZone: 'WIB', adminSignOff: 'RN', checkerEnabled: true } as const;

function input(body: string, over: Partial<PreviewInput> = {}): PreviewInput {
  return { template: template(body), settings: SETTINGS, profile: null, name: 'Siti 🌸 Rahma', fields: {}, now: NOW, platform: 'facebook', ...over };
}

describe('buildPreview: the text as it will go in', () => {
  it('fills variables from the settings, the profile and the citizen’s cleaned name', () => {
    const p = buildPreview(input('{sapaan}, {nama}. Terima kasih. {admin}'));
    expect(p.text).toBe('Selamat pagi, Siti Rahma. Terima kasih. -RN');
    expect(p.missing).toEqual([]);
    expect(p.unknown).toEqual([]);
  });

  it('uses the persona’s fallback when the name is unusable', () => {
    const p = buildPreview(input('Halo {nama}!', { name: '🌸🌸', profile: kakProfile }));
    expect(p.text).toBe(`Halo ${kakProfile.nameFallback}!`);
  });

  it('lists missing variables as written and fields by their label; unknown tokens are left out', () => {
    const p = buildPreview(input('Tiket {isian:nomor_tiket|Nomor tiket LAPOR!} cek {tautan} {nmaa}.'));
    expect(p.missing).toEqual(['Nomor tiket LAPOR!', '{tautan}']);
    expect(p.unknown).toEqual(['{nmaa}']);
    expect(p.text).not.toContain('{');
  });

  it('fills typed field values', () => {
    const p = buildPreview(input('Tiket {isian:nomor_tiket}.', { fields: { nomor_tiket: 'LAP-123' } }));
    expect(p.text).toBe('Tiket LAP-123.');
    expect(p.missing).toEqual([]);
  });

  it('keeps markup as characters', () => {
    const p = buildPreview(input('<img src=x onerror="alert(1)"> {{nama}}'));
    expect(p.text).toBe('<img src=x onerror="alert(1)"> {nama}');
  });

  it.each<[PreviewInput['platform'], string, number, number]>([
    ['x', 'a'.repeat(270) + ' 🙏🙏🙏🙏🙏🙏', 283, 280], // 271 + 6 emoji weighing 2 each on X
    ['facebook', 'a'.repeat(270) + ' 🙏🙏🙏🙏🙏🙏', 277, 8000],
    ['instagram', 'a'.repeat(2201), 2201, 2200],
  ])('length on %s', (platform, body, length, limit) => {
    const p = buildPreview(input(body, { platform }));
    expect(p.length).toBe(length);
    expect(p.limit).toBe(limit);
    expect(p.over).toBe(length > limit);
  });

  it('a link counts 23 on X', () => {
    expect(buildPreview(input('Cek https://www.lapor.go.id/instansi/pemerintah-kota-contoh', { platform: 'x' })).length).toBe(4 + 23);
  });

  it('the profile’s own length limit wins', () => {
    const profile = { ...defaultProfile, lengthLimits: { facebook: 50 } };
    const p = buildPreview(input('a'.repeat(60), { profile }));
    expect(p.limit).toBe(50);
    expect(p.over).toBe(true);
  });

  it('checks the rendered text against the SOP (the general profile when none is active)', () => {
    const clean = buildPreview(input('{sapaan}, {nama}. Terima kasih atas masukannya. {admin}'));
    expect(clean.check?.score).toBe(100);
    const rude = buildPreview(input('{sapaan}, {nama}. Dasar goblok, gak usah lebay. Kirim NIK 3174012501900001 ya.'));
    expect(rude.check).not.toBeNull();
    expect(rude.check!.score).toBeLessThan(60);
    expect(rude.check!.findings.length).toBeGreaterThan(0);
    expect(rude.check!.findings.length).toBeLessThanOrEqual(3);
    expect(rude.check!.findings[0]!.severity).toBe('error'); // errors first
  });

  it('no check when the checker is switched off', () => {
    expect(buildPreview(input('Halo', { settings: { ...SETTINGS, checkerEnabled: false } })).check).toBeNull();
  });
});

describe('describeMissing', () => {
  it.each<[string[], string[]]>([
    [['tautan', 'ppid'], ['{tautan}', '{ppid}']],
    [['isian:isu'], ['Isi kabar']],
    [['isian:lain'], ['lain']],
  ])('%j → %j', (missing, expected) => {
    expect(describeMissing(missing, [{ name: 'isu', label: 'Isi kabar' }])).toEqual(expected);
  });
});
