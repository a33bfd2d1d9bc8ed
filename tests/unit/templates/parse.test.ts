import { describe, expect, it } from 'vitest';
import { analyzeTemplate, labelFromFieldName, listFields, parseTemplate } from '@/lib/templates/parse';
import { TEMPLATE_VARIABLES, VARIABLE_HELP } from '@/lib/templates/variables';

describe('listFields', () => {
  it.each<[string, string, Array<{ name: string; label: string }>]>([
    ['no fields', '{sapaan}, {nama}. Terima kasih.', []],
    ['label made from the name', 'Tiket {isian:nomor_tiket}', [{ name: 'nomor_tiket', label: 'Nomor tiket' }]],
    ['label written in the body', 'Tiket {isian:nomor_tiket|Nomor tiket SP4N-LAPOR!}', [{ name: 'nomor_tiket', label: 'Nomor tiket SP4N-LAPOR!' }]],
    [
      'once each, in order of first use',
      '{isian:b} {isian:a} {isian:b}',
      [
        { name: 'b', label: 'B' },
        { name: 'a', label: 'A' },
      ],
    ],
    ['a later explicit label wins over a made-up one', '{isian:jam} lalu {isian:jam|Jam layanan}', [{ name: 'jam', label: 'Jam layanan' }]],
    ['the first explicit label wins', '{isian:jam|Jam buka} {isian:jam|Jam tutup}', [{ name: 'jam', label: 'Jam buka' }]],
    ['names are lower-cased', '{ISIAN:Nomor_Tiket}', [{ name: 'nomor_tiket', label: 'Nomor tiket' }]],
    ['an empty label falls back to the name', '{isian:lokasi_posko| }', [{ name: 'lokasi_posko', label: 'Lokasi posko' }]],
    ['escaped fields are not fields', '{{isian:nomor_tiket}}', []],
    ['invalid names are not fields', '{isian:1tiket} {isian:nomor-tiket} {isian:}', []],
    ['a long label is cut', `{isian:x|${'L'.repeat(80)}}`, [{ name: 'x', label: 'L'.repeat(60) }]],
  ])('%s', (_label, body, fields) => {
    expect(listFields(body)).toEqual(fields);
  });

  it.each([
    ['nomor_tiket', 'Nomor tiket'],
    ['jam__layanan_', 'Jam layanan'],
    ['x', 'X'],
  ])('labelFromFieldName(%s) → %s', (name, label) => {
    expect(labelFromFieldName(name)).toBe(label);
  });
});

describe('parseTemplate', () => {
  it('keeps positions that point back into the body', () => {
    const body = 'Halo {nama}, {{x}} {isian:tiket} {nmaa}';
    const segs = parseTemplate(body);
    expect(segs.map((s) => s.kind)).toEqual(['text', 'variable', 'text', 'field', 'text', 'unknown']);
    for (const s of segs) {
      if (s.kind !== 'text') expect(body.slice(s.start, s.end)).toBe(s.raw);
    }
    expect(segs[2]).toMatchObject({ kind: 'text', text: ', {x} ', start: 11, end: 19 });
  });

  it('treats a brace with no closing brace on its line as text', () => {
    expect(parseTemplate('Harga {mulai\n10rb}')).toEqual([{ kind: 'text', text: 'Harga {mulai\n10rb}', start: 0, end: 18 }]);
  });

  it('treats a very long brace run as text, not a token', () => {
    const body = `{${'a'.repeat(101)}}`;
    expect(parseTemplate(body).map((s) => s.kind)).toEqual(['text']);
    expect(parseTemplate(`{${'a'.repeat(100)}}`).map((s) => s.kind)).toEqual(['unknown']);
  });
});

describe('analyzeTemplate (for the template editor)', () => {
  it('lists variables, fields, unknown tokens with positions, and stray braces', () => {
    const body = '{sapaan}, {nama}. {nama} tiket {isian:tiket} {Nama Lengkap} {{ok}} harga {10rb\nsenyum :-}';
    expect(analyzeTemplate(body)).toEqual({
      variables: ['sapaan', 'nama'],
      fields: [{ name: 'tiket', label: 'Tiket' }],
      unknown: [{ raw: '{Nama Lengkap}', start: 45, end: 59 }],
      strayBraces: [body.indexOf('{10rb'), body.lastIndexOf('}')],
    });
  });

  it('finds nothing wrong in a clean body', () => {
    const a = analyzeTemplate('{sapaan}, {nama}. Lapor di {kanal_pengaduan}. {{contoh}} {admin}');
    expect(a.unknown).toEqual([]);
    expect(a.strayBraces).toEqual([]);
  });
});

describe('variable help', () => {
  it.each(TEMPLATE_VARIABLES.map((v) => [v]))('%s has help in both languages', (v) => {
    expect(VARIABLE_HELP[v].id.length).toBeGreaterThan(5);
    expect(VARIABLE_HELP[v].en.length).toBeGreaterThan(5);
  });
});
