/**
 * The variables a template body may use, written `{name}` in the body. Names are matched
 * case-insensitively and may have spaces inside the braces (`{ Nama }`), because admins type them.
 */
export const TEMPLATE_VARIABLES = [
  'sapaan',
  'nama',
  'panggilan',
  'instansi',
  'admin',
  'kanal_pengaduan',
  'ppid',
  'tautan',
  'tanggal',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Custom fill-in fields: `{isian:nomor_tiket}` or `{isian:nomor_tiket|Nomor tiket LAPOR!}`. */
export const FIELD_PREFIX = 'isian';

/** Help text for the options page and the palette, in both UI languages. */
export const VARIABLE_HELP: Record<TemplateVariable, { id: string; en: string }> = {
  sapaan: {
    id: 'Selamat pagi/siang/sore/malam menurut jam di zona waktu instansi',
    en: 'Good morning/afternoon/evening greeting by the time in the agency’s time zone',
  },
  nama: {
    id: 'Nama warga yang dibalas (atau sapaan cadangan persona, mis. "Kak")',
    en: 'Name of the person being answered (or the persona’s fallback, e.g. "Kak")',
  },
  panggilan: { id: 'Kata sapaan persona, mis. Kak, Bapak/Ibu, Anda', en: 'The persona’s form of address, e.g. Kak, Bapak/Ibu, Anda' },
  instansi: { id: 'Nama instansi', en: 'Agency name' },
  admin: { id: 'Tanda tangan admin, mis. -Admin', en: 'Admin sign-off, e.g. -Admin' },
  kanal_pengaduan: {
    id: 'Alamat kanal pengaduan SP4N-LAPOR!, mis. https://www.lapor.go.id',
    en: 'Address of the SP4N-LAPOR! complaint channel, e.g. https://www.lapor.go.id',
  },
  ppid: {
    id: 'Alamat layanan PPID untuk permohonan informasi publik, mis. https://ppid.contoh.go.id',
    en: 'Address of the PPID service for public information requests, e.g. https://ppid.contoh.go.id',
  },
  tautan: { id: 'Situs web resmi instansi, mis. https://contoh.go.id', en: 'The agency’s official website, e.g. https://contoh.go.id' },
  tanggal: { id: 'Tanggal hari ini, mis. 23 November 2026', en: 'Today’s date in Indonesian, e.g. 23 November 2026' },
};

const VARIABLE_SET: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return VARIABLE_SET.has(name);
}
