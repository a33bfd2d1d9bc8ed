import type { Doc } from '../doc';
import { isOfficialUrl } from '../links';
import type { CompileContext, PatternMatch, PatternRule } from '../engines/types';

/**
 * Personal data (UU 27/2022 PDP): a public reply never repeats a citizen's NIK, family card
 * number, phone number, e-mail address or home address; it moves them to a private channel.
 */

// Province codes that open a NIK or a KK number (Dukcapil region codes).
const PROVINCES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36',
  '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

// Sixteen digits, optionally grouped with single spaces, dots or dashes ("3201 0123 4567 0001").
const SIXTEEN_RE = /(?<![\d\w])\d(?:[ .-]?\d){15}(?![\d])/g;
const KK_CONTEXT_RE = /(?:\bkk|kartu\s+keluarga|\bnkk)\b[^\d]{0,25}$/i;

/** A NIK: region code, then birth date (day + 40 for women), month, year, serial. */
function plausibleIdNumber(digits: string): { nik: boolean; kk: boolean } {
  if (!PROVINCES.has(digits.slice(0, 2))) return { nik: false, kk: false };
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const monthOk = month >= 1 && month <= 12;
  return {
    nik: monthOk && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)),
    kk: monthOk && day >= 1 && day <= 31,
  };
}

/** "3201010101900001" → "************0001": the reply keeps its sense, the number is gone. */
function maskDigits(text: string, keepEnd: number, keepStart = 0): string {
  const total = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (d) => {
    seen++;
    return seen <= keepStart || seen > total - keepEnd ? d : '*';
  });
}

function idNumbers(doc: Doc, kind: 'nik' | 'kk'): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (doc.text.length < 16) return out;
  SIXTEEN_RE.lastIndex = 0;
  for (let m = SIXTEEN_RE.exec(doc.text); m; m = SIXTEEN_RE.exec(doc.text)) {
    const found = m[0];
    const digits = found.replace(/\D/g, '');
    if (digits.length !== 16) continue;
    const ok = plausibleIdNumber(digits);
    const kkContext = KK_CONTEXT_RE.test(doc.text.slice(Math.max(0, m.index - 40), m.index));
    const isKk = kkContext && ok.kk;
    const isNik = !isKk && ok.nik;
    if ((kind === 'kk' && isKk) || (kind === 'nik' && isNik)) {
      out.push({ start: m.index, end: m.index + found.length, found, replacements: [maskDigits(found, 4)] });
    }
  }
  return out;
}

// Indonesian mobile numbers: 08xx / +62 8xx / 62 8xx, grouped with spaces, dots or dashes.
const PHONE_RE = /(?<![\w+])(?:\+62[ .-]?|62[ .-]?|\(?0)8[1-9]\d?\)?(?:[ .-]?\d){6,10}(?![\d])/g;

function digitsOf(s: string): string {
  const d = s.replace(/\D/g, '');
  return d.startsWith('62') ? '0' + d.slice(2) : d;
}

/** Numbers the agency publishes itself (its channels, its allow-list) are not personal data. */
function ownNumbers(ctx: CompileContext): Set<string> {
  const own = new Set<string>();
  const sources = [...Object.values(ctx.profile.channels), ...ctx.profile.allowWords];
  for (const s of sources) {
    for (const m of s.matchAll(/\+?\d[\d .-]{7,}\d/g)) own.add(digitsOf(m[0]));
  }
  return own;
}

const ownNumberCache = new WeakMap<CompileContext, Set<string>>();

function phones(doc: Doc, ctx: CompileContext): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (!doc.text.includes('8')) return out;
  let own = ownNumberCache.get(ctx);
  if (!own) {
    own = ownNumbers(ctx);
    ownNumberCache.set(ctx, own);
  }
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(doc.text); m; m = PHONE_RE.exec(doc.text)) {
    const found = m[0];
    const digits = digitsOf(found);
    if (digits.length < 10 || digits.length > 13 || own.has(digits)) continue;
    const start = m.index;
    if (doc.spans.some((s) => (s.kind === 'url' || s.kind === 'email') && start < s.end && start + found.length > s.start)) continue;
    out.push({ start, end: start + found.length, found, replacements: [maskDigits(found, 3, found.startsWith('+') || found.startsWith('62') ? 5 : 4)] });
  }
  return out;
}

function emails(doc: Doc, ctx: CompileContext): PatternMatch[] {
  const out: PatternMatch[] = [];
  const own = new Set([...Object.values(ctx.profile.channels), ...ctx.profile.allowWords].map((s) => s.trim().toLowerCase()));
  for (const s of doc.spans) {
    if (s.kind !== 'email') continue;
    if (isOfficialUrl(s.host ?? '', ctx.profile.officialDomains) || own.has(s.text.toLowerCase())) continue;
    const at = s.text.indexOf('@');
    const masked = `${s.text.charAt(0)}***${s.text.slice(at)}`;
    out.push({ start: s.start, end: s.end, found: s.text, replacements: [masked] });
  }
  return out;
}

const RT_RW_RE = /\bRT\.?\s*0*\d{1,3}\s*\/\s*RW\.?\s*0*\d{1,3}\b/gi;

function homeAddresses(doc: Doc): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (!/rt/i.test(doc.text)) return out;
  RT_RW_RE.lastIndex = 0;
  for (let m = RT_RW_RE.exec(doc.text); m; m = RT_RW_RE.exec(doc.text)) {
    out.push({ start: m.index, end: m.index + m[0].length, found: m[0], replacements: [] });
  }
  return out;
}

const PRIVATE_ID = 'Pindahkan ke pesan langsung (DM).';
const PRIVATE_EN = 'Move it to a direct message.';

export const personalNik: PatternRule = {
  id: 'personal-nik',
  engine: 'pattern',
  description: {
    id: 'Nomor Induk Kependudukan (16 digit) tidak boleh ditulis di balasan publik (UU 27/2022 PDP).',
    en: 'A national ID number (NIK, 16 digits) must not appear in a public reply (Law 27/2022 on personal data).',
  },
  defaultSeverity: 'error',
  find: (doc) => idNumbers(doc, 'nik'),
  message: () => ({ id: `Ini tampak seperti NIK: data pribadi. ${PRIVATE_ID}`, en: `This looks like a NIK: personal data. ${PRIVATE_EN}` }),
  examples: {
    valid: [
      'Mohon kirim NIK Bapak melalui pesan langsung, bukan di kolom komentar.',
      'Nomor tiket LAPOR! Anda 1234567 sudah kami terima.',
      'Total anggaran Rp1.250.000.000.000.000 bukan angka yang benar.',
    ],
    invalid: [
      'NIK 3201012305900001 sudah terdaftar sebagai penerima bantuan.',
      'Data atas NIK 3174 0162 0891 0002 sudah kami perbaiki.',
      'NIK 3578.0146.1288.0003 sudah aktif kembali.',
    ],
  },
};

export const personalKk: PatternRule = {
  id: 'personal-kk',
  engine: 'pattern',
  description: {
    id: 'Nomor Kartu Keluarga tidak boleh ditulis di balasan publik.',
    en: 'A family card (KK) number must not appear in a public reply.',
  },
  defaultSeverity: 'error',
  find: (doc) => idNumbers(doc, 'kk'),
  message: () => ({ id: `Ini tampak seperti nomor KK: data pribadi. ${PRIVATE_ID}`, en: `This looks like a family card number: personal data. ${PRIVATE_EN}` }),
  examples: {
    valid: ['Mohon kirim foto KK melalui pesan langsung.', 'Pembaruan KK dapat diajukan di kantor kecamatan.'],
    invalid: ['Nomor KK 3201012305120004 sudah diperbarui.', 'Kartu Keluarga no. 3273-0101-0812-0007 sudah dicetak.'],
  },
};

export const personalPhone: PatternRule = {
  id: 'personal-phone',
  engine: 'pattern',
  description: {
    id: 'Nomor ponsel pribadi (08xx, +62 8xx) tidak ditulis di balasan publik; nomor resmi instansi dapat dimasukkan ke profil.',
    en: 'Personal mobile numbers (08xx, +62 8xx) stay out of public replies; the agency’s own numbers can be listed in the profile.',
  },
  defaultSeverity: 'warning',
  find: phones,
  message: () => ({
    id: 'Nomor ponsel di balasan publik. Bila ini nomor warga, hapus dan pindahkan ke pesan langsung (DM).',
    en: 'A mobile number in a public reply. If it is the citizen’s, remove it and move it to a direct message.',
  }),
  examples: {
    valid: [
      'Hubungi Call Center 112 atau datang ke kantor kami pada jam kerja.',
      'Layanan buka pukul 08.00-16.00 WIB setiap hari kerja.',
      'Pengaduan dapat disampaikan melalui SP4N-LAPOR! di lapor.go.id.',
    ],
    invalid: [
      'Baik, kami hubungi Bapak di 0812-3456-7890 ya.',
      'Nomor +62 813 1234 5678 sudah kami catat.',
      'Silakan konfirmasi ke 081234567890.',
    ],
  },
};

export const personalEmail: PatternRule = {
  id: 'personal-email',
  engine: 'pattern',
  description: {
    id: 'Alamat surel pribadi tidak ditulis di balasan publik; surel di domain resmi (*.go.id) boleh.',
    en: 'Personal e-mail addresses stay out of public replies; addresses at official domains (*.go.id) are fine.',
  },
  defaultSeverity: 'warning',
  find: emails,
  message: () => ({
    id: `Alamat surel pribadi di balasan publik. ${PRIVATE_ID}`,
    en: `A personal e-mail address in a public reply. ${PRIVATE_EN}`,
  }),
  examples: {
    valid: ['Silakan kirim berkas ke pengaduan@kemkes.go.id.', 'Surel Bapak sudah kami terima dan sedang diproses.'],
    invalid: ['Balasan sudah kami kirim ke budi.santoso88@gmail.com.', 'Apakah benar surel Ibu rina_w@yahoo.co.id?'],
  },
};

export const personalAddress: PatternRule = {
  id: 'personal-address',
  engine: 'pattern',
  description: {
    id: 'Alamat rumah (RT/RW) warga tidak ditulis di balasan publik.',
    en: 'A citizen’s home address (RT/RW) stays out of public replies.',
  },
  defaultSeverity: 'warning',
  find: homeAddresses,
  message: () => ({
    id: `Alamat rumah warga di balasan publik. ${PRIVATE_ID}`,
    en: `A home address in a public reply. ${PRIVATE_EN}`,
  }),
  examples: {
    valid: ['Petugas akan meninjau lokasi yang Bapak laporkan melalui pesan langsung.', 'Ketua RT dan RW setempat sudah kami hubungi.'],
    invalid: ['Petugas segera ke rumah Ibu di RT 03/RW 05 Kelurahan Sukamaju.', 'Alamat Bapak di Jl. Melati RT.002/RW.011 sudah kami catat.'],
  },
};

export const PERSONAL_DATA_RULES = [personalNik, personalKk, personalPhone, personalEmail, personalAddress] as const;
