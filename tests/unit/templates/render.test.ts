import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimeZoneId } from '@/lib/schemas/common';
import { MISSING_PLACEHOLDER, renderTemplate } from '@/lib/templates/render';
import { BASE_CONTEXT, ctx } from './context';

const render = (body: string, overrides = {}) => renderTemplate(body, ctx(overrides));

describe('{sapaan}: greeting by the hour in the agency zone', () => {
  // Local wall-clock times written with their zone's offset: WIB +07, WITA +08, WIT +09.
  const OFFSET: Record<TimeZoneId, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };
  const BOUNDARIES: Array<[string, string]> = [
    ['00:00:00', 'Selamat malam'],
    ['03:59:59', 'Selamat malam'],
    ['04:00:00', 'Selamat pagi'],
    ['07:15:00', 'Selamat pagi'],
    ['10:59:59', 'Selamat pagi'],
    ['11:00:00', 'Selamat siang'],
    ['12:30:00', 'Selamat siang'],
    ['14:59:59', 'Selamat siang'],
    ['15:00:00', 'Selamat sore'],
    ['17:59:59', 'Selamat sore'],
    ['18:00:00', 'Selamat malam'],
    ['23:59:59', 'Selamat malam'],
  ];
  const cases = (['WIB', 'WITA', 'WIT'] as const).flatMap((zone) =>
    BOUNDARIES.map(([time, greeting]) => [zone, time, greeting] as const),
  );

  it.each(cases)('%s %s local → %s', (zone, time, greeting) => {
    const now = Date.parse(`2026-03-01T${time}${OFFSET[zone]}`);
    expect(render('{sapaan}, {nama}.', { now, timeZone: zone }).text).toBe(`${greeting}, Budi Santoso.`);
  });

  // One instant, three zones: the browser's own zone plays no part.
  it.each<[string, string, string, string]>([
    ['2026-03-01T03:59:59Z', 'Selamat pagi', 'Selamat siang', 'Selamat siang'],
    ['2026-03-01T07:59:59Z', 'Selamat siang', 'Selamat sore', 'Selamat sore'],
    ['2026-03-01T09:00:00Z', 'Selamat sore', 'Selamat sore', 'Selamat malam'],
    ['2026-03-01T10:59:59Z', 'Selamat sore', 'Selamat malam', 'Selamat malam'],
    ['2026-03-01T19:00:00Z', 'Selamat malam', 'Selamat malam', 'Selamat pagi'],
    ['2026-03-01T20:30:00Z', 'Selamat malam', 'Selamat pagi', 'Selamat pagi'],
  ])('at %s: WIB %s, WITA %s, WIT %s', (iso, wib, wita, wit) => {
    const now = Date.parse(iso);
    expect(render('{sapaan}', { now, timeZone: 'WIB' }).text).toBe(wib);
    expect(render('{sapaan}', { now, timeZone: 'WITA' }).text).toBe(wita);
    expect(render('{sapaan}', { now, timeZone: 'WIT' }).text).toBe(wit);
  });
});

describe('{tanggal}: the date in the agency zone, Indonesian month names', () => {
  it.each<[string, TimeZoneId, string]>([
    ['2026-11-22T16:59:59Z', 'WIB', '22 November 2026'],
    ['2026-11-22T16:59:59Z', 'WITA', '23 November 2026'],
    ['2026-11-22T16:59:59Z', 'WIT', '23 November 2026'],
    ['2026-11-22T14:59:59Z', 'WIT', '22 November 2026'],
    ['2026-11-22T15:00:00Z', 'WIT', '23 November 2026'],
    ['2026-12-31T15:30:00Z', 'WIB', '31 Desember 2026'],
    ['2026-12-31T15:30:00Z', 'WITA', '31 Desember 2026'],
    ['2026-12-31T15:30:00Z', 'WIT', '1 Januari 2027'],
    ['2026-02-28T17:00:00Z', 'WIB', '1 Maret 2026'],
    ['2026-08-16T17:00:00Z', 'WIB', '17 Agustus 2026'],
    ['2026-05-01T00:00:00Z', 'WITA', '1 Mei 2026'],
  ])('%s in %s → %s', (iso, timeZone, expected) => {
    expect(render('Per {tanggal}.', { now: Date.parse(iso), timeZone }).text).toBe(`Per ${expected}.`);
  });
});

describe('all variables', () => {
  it('fills every known variable from the context', () => {
    const body =
      '{sapaan}, {nama}. {panggilan} dapat menghubungi {instansi}: pengaduan {kanal_pengaduan}, ' +
      'PPID {ppid}, situs {tautan} ({tanggal}). {admin}';
    expect(render(body)).toEqual({
      text:
        'Selamat pagi, Budi Santoso. Kak dapat menghubungi Dinas Komunikasi dan Informatika Kabupaten ' +
        'Sleman: pengaduan https://www.lapor.go.id, PPID https://ppid.slemankab.go.id, situs ' +
        'https://slemankab.go.id (2 Maret 2026). -Admin',
      missing: [],
      unknown: [],
    });
  });

  it.each([
    ['{NAMA}', 'Budi Santoso'],
    ['{ nama }', 'Budi Santoso'],
    ['{Sapaan}', 'Selamat pagi'],
    ['{ Kanal_Pengaduan }', 'https://www.lapor.go.id'],
  ])('%s is matched case-insensitively, spaces inside the braces ignored', (body, text) => {
    expect(render(body)).toEqual({ text, missing: [], unknown: [] });
  });

  it.each([
    ['Bapak/Ibu', 'Bapak/Ibu', 'Selamat pagi, Bapak/Ibu. Bapak/Ibu dapat ...'],
    ['Kak', 'Kak', 'Selamat pagi, Kak. Kak dapat ...'],
    ['Anda', 'Saudara', 'Selamat pagi, Saudara. Anda dapat ...'],
  ])('persona %s with fallback %s when no name is known', (address, nameFallback, text) => {
    expect(render('{sapaan}, {nama}. {panggilan} dapat ...', { name: undefined, address, nameFallback }).text).toBe(text);
  });

  it('trims values from the profile', () => {
    expect(render('{admin}|{instansi}', { adminSignOff: '  ^RN ', agencyName: ' Diskominfo ' }).text).toBe('^RN|Diskominfo');
  });
});

describe('missing values: a visible placeholder, reported once each', () => {
  it.each<[string, string, Record<string, unknown>, string, string[]]>([
    ['website not set', 'Info lengkap: {tautan}', { channels: { ...BASE_CONTEXT.channels, website: '' } }, 'Info lengkap: …', ['tautan']],
    [
      'complaint channel blank',
      'Lapor melalui {kanal_pengaduan}. Ulangi: {kanal_pengaduan}',
      { channels: { ...BASE_CONTEXT.channels, complaint: '   ' } },
      'Lapor melalui …. Ulangi: …',
      ['kanal_pengaduan'],
    ],
    ['no sign-off', 'Terima kasih. {admin}', { adminSignOff: '' }, 'Terima kasih. …', ['admin']],
    ['no agency name', 'PPID {instansi}', { agencyName: '' }, 'PPID …', ['instansi']],
    ['no name and no fallback', 'Halo, {nama}!', { name: null, nameFallback: '' }, 'Halo, …!', ['nama']],
    ['no address form', 'Terima kasih, {panggilan}.', { address: '' }, 'Terima kasih, ….', ['panggilan']],
    ['clock unusable', '{sapaan}, {tanggal}', { now: Number.NaN }, '…, …', ['sapaan', 'tanggal']],
    [
      'several, in order of first use',
      '{ppid} {admin} {ppid}',
      { adminSignOff: '', channels: { complaint: '', ppid: '', website: '' } },
      '… … …',
      ['ppid', 'admin'],
    ],
  ])('%s', (_label, body, overrides, text, missing) => {
    expect(render(body, overrides)).toEqual({ text, missing, unknown: [] });
  });

  it('uses the ellipsis character as the placeholder', () => {
    expect(MISSING_PLACEHOLDER).toBe('\u2026');
  });
});

describe('{nama}: the name read from the page, cleaned, or the persona fallback', () => {
  it.each<[string, string | null | undefined, string]>([
    ['a plain name', 'Siti Rahmawati', 'Siti Rahmawati'],
    ['no name read', undefined, 'Kak'],
    ['null from the adapter', null, 'Kak'],
    ['empty', '', 'Kak'],
    ['emoji only', '🌸🌸🌸', 'Kak'],
    ['flag and fire around the name', '🇮🇩 Budi 🔥', 'Budi'],
    ['zero-width joiner and spaces', '\u200BAgus\u200D  Salim\uFEFF', 'Agus Salim'],
    ['a right-to-left override', '\u202EDewi\u202C', 'Dewi'],
    ['an Arabic name', 'محمد رضا', 'محمد رضا'],
    ['a blank-looking filler', '\u3164', 'Kak'],
    ['digits only', '081234567890', 'Kak'],
    ['styled letters', '𝓡𝓲𝓷𝓪 𝓦𝓪𝓽𝓲', 'Rina Wati'],
  ])('%s', (_label, name, expected) => {
    expect(render('Terima kasih, {nama}.', { name, nameFallback: 'Kak' }).text).toBe(`Terima kasih, ${expected}.`);
  });

  it('caps a very long name', () => {
    const name = 'Raden Mas Haryo Bagus Wicaksono Adiningrat Kusumawardhana Putra';
    const { text } = render('{nama}', { name });
    expect(text).toBe('Raden Mas Haryo Bagus Wicaksono');
  });
});

describe('unknown variables: removed, text around them tidied, reported as written', () => {
  it.each<[string, string, string[]]>([
    ['Halo {nmaa}, terima kasih.', 'Halo, terima kasih.', ['{nmaa}']],
    ['{salam} Terima kasih atas laporannya.', 'Terima kasih atas laporannya.', ['{salam}']],
    ['Terima kasih, {Nama Lengkap}.', 'Terima kasih.', ['{Nama Lengkap}']],
    ['Terima kasih, {nama_lengkap}!', 'Terima kasih!', ['{nama_lengkap}']],
    ['Silakan cek situs kami {link} ya.', 'Silakan cek situs kami ya.', ['{link}']],
    ['Info ({url}) tersedia.', 'Info tersedia.', ['{url}']],
    ['Hubungi kami {telp}', 'Hubungi kami', ['{telp}']],
    ['Baris satu\n{penutup}\nBaris dua', 'Baris satu\nBaris dua', ['{penutup}']],
    ['Salam, {jabatan}\n-Admin', 'Salam\n-Admin', ['{jabatan}']],
    ['Halo {a} {b} Kak', 'Halo Kak', ['{a}', '{b}']],
    ['Halo, {a} {b} Kak', 'Halo, Kak', ['{a}', '{b}']],
    ['Nomor{x}123', 'Nomor123', ['{x}']],
    ['{}', '', ['{}']],
    ['{ }', '', ['{ }']],
    ['{isian:}', '', ['{isian:}']],
    ['{isian:1nomor}', '', ['{isian:1nomor}']],
    ['{nama} {nama}x {xx} {nama}', 'Budi Santoso Budi Santosox Budi Santoso', ['{xx}']],
    ['Sebutan {sapaan2} dan {sapaan2}.', 'Sebutan dan.', ['{sapaan2}']],
  ])('%j → %j', (body, text, unknown) => {
    expect(render(body)).toEqual({ text, missing: [], unknown });
  });
});

describe('braces', () => {
  it.each<[string, string]>([
    ['{{nama}}', '{nama}'],
    ['{{{nama}}}', '{Budi Santoso}'],
    ['Format: {{nomor tiket}}', 'Format: {nomor tiket}'],
    ['{{"status": "selesai"}}', '{"status": "selesai"}'],
    ['Harga mulai {10rb', 'Harga mulai {10rb'],
    ['Senyum :-}', 'Senyum :-}'],
    ['{ {nama}', '{ Budi Santoso'],
    ['Buka {\nTutup}', 'Buka {\nTutup}'],
  ])('%j → %j', (body, text) => {
    expect(render(body)).toEqual({ text, missing: [], unknown: [] });
  });

  it('never leaves a variable-looking token in the text (generated bodies)', () => {
    const piece = fc.constantFrom(
      'Halo', 'Kak', ' ', '  ', ', ', '.', '\n', '(', ')', '{nama}', '{sapaan}', '{tautan}', '{xyz}', '{Nama Lengkap}',
      '{isian:nomor_tiket}', '{isian:catatan|Catatan}', '{ }', '{}', '{admin}',
    );
    const context = fc.record({
      name: fc.option(fc.string().filter((s) => !/[{}]/.test(s)), { nil: undefined }),
      website: fc.constantFrom('', 'https://contoh.go.id'),
      signOff: fc.constantFrom('', '-Admin'),
      ticket: fc.option(fc.constantFrom('', 'LAP-2026-001'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), context, (pieces, c) => {
        const { text } = render(pieces.join(''), {
          name: c.name,
          adminSignOff: c.signOff,
          channels: { ...BASE_CONTEXT.channels, website: c.website },
          fields: c.ticket === undefined ? {} : { nomor_tiket: c.ticket },
        });
        expect(text).not.toMatch(/[{}]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text stays text', () => {
  it.each([
    '<img src=x onerror=alert(1)> {nama}',
    '<script>alert("x")</script>',
    '&lt;b&gt; &amp; &#x3C;',
    '<a href="javascript:alert(1)">{tautan}</a>',
  ])('%j is returned literally (variables filled in)', (body) => {
    const { text } = render(body);
    expect(text).toBe(body.replace('{nama}', 'Budi Santoso').replace('{tautan}', 'https://slemankab.go.id'));
  });

  it('does not read variables inside values', () => {
    const { text, unknown, missing } = render('Catatan: {isian:catatan}', { fields: { catatan: '{admin} {xyz} <b>' } });
    expect(text).toBe('Catatan: {admin} {xyz} <b>');
    expect(unknown).toEqual([]);
    expect(missing).toEqual([]);
  });
});

describe('custom fill-in fields', () => {
  it.each<[string, Record<string, string> | undefined, string, string[]]>([
    ['Nomor tiket: {isian:nomor_tiket}.', { nomor_tiket: 'LAP-2026-00123' }, 'Nomor tiket: LAP-2026-00123.', []],
    ['Nomor tiket: {isian:nomor_tiket|Nomor tiket LAPOR!}.', { nomor_tiket: ' 4417 ' }, 'Nomor tiket: 4417.', []],
    ['{ISIAN:Nomor_Tiket}', { nomor_tiket: 'A1' }, 'A1', []],
    ['{isian : nomor_tiket | Nomor }', { nomor_tiket: 'A1' }, 'A1', []],
    ['Nomor tiket: {isian:nomor_tiket}.', undefined, 'Nomor tiket: ….', ['isian:nomor_tiket']],
    ['Nomor tiket: {isian:nomor_tiket}.', { nomor_tiket: '   ' }, 'Nomor tiket: ….', ['isian:nomor_tiket']],
    ['Nomor tiket: {isian:nomor_tiket}.', { nomorTiket: 'A1' }, 'Nomor tiket: ….', ['isian:nomor_tiket']],
    ['{isian:constructor} {isian:hasOwnProperty}', {}, '… …', ['isian:constructor', 'isian:hasownproperty']],
    ['{isian:a} dan {isian:b} dan {isian:a}', { b: 'dua' }, '… dan dua dan …', ['isian:a']],
    ['{isian:jawaban}', { jawaban: 'Baris satu\nBaris dua' }, 'Baris satu\nBaris dua', []],
  ])('%j with %j', (body, fields, text, missing) => {
    expect(render(body, fields === undefined ? {} : { fields })).toEqual({ text, missing, unknown: [] });
  });
});
