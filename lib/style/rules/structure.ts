import type { ConditionalSpec, RequiredRule } from '../engines/types';

const q = (s: string) => `“${s}”`;

export const greetingMissing: RequiredRule = {
  id: 'greeting-missing',
  engine: 'required',
  kind: 'greeting',
  lang: 'id',
  description: {
    id: 'Balasan dibuka dengan sapaan (Halo, Selamat pagi, Terima kasih...) bila profil mewajibkannya.',
    en: 'The reply opens with a greeting (Halo, Selamat pagi, Terima kasih...) when the profile requires one.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `Balasan belum dibuka dengan sapaan${m.suggestion ? `, mis. ${q(m.suggestion)}` : ''}.`,
    en: `The reply does not open with a greeting${m.suggestion ? `, e.g. ${q(m.suggestion)}` : ''}.`,
  }),
  exampleProfile: { greetingRequired: true },
  examples: {
    valid: [
      'Halo, jadwal layanan kami Senin–Jumat pukul 08.00–15.00 WIB.',
      'Selamat siang, Bapak. Berkas sudah kami terima.',
      '@warga123 Terima kasih atas pertanyaannya. Jadwal ada di laman kami.',
    ],
    invalid: ['Jadwal layanan kami Senin–Jumat pukul 08.00–15.00 WIB.', 'Berkas sudah kami terima.'],
  },
};

export const signoffMissing: RequiredRule = {
  id: 'signoff-missing',
  engine: 'required',
  kind: 'sign-off',
  description: {
    id: 'Balasan ditutup dengan tanda tangan admin sesuai profil (mis. -Admin, ^RN).',
    en: 'The reply ends with the admin sign-off the profile sets (e.g. -Admin, ^RN).',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `Tanda tangan ${q(m.suggestion ?? '')} belum ada di akhir balasan.`,
    en: `The sign-off ${q(m.suggestion ?? '')} is missing at the end of the reply.`,
  }),
  exampleProfile: { signOff: '-Admin' },
  examples: {
    valid: ['Terima kasih atas laporannya. -Admin', 'Terima kasih. - Admin 🙏', 'Berkas sudah kami terima.\n-Admin'],
    invalid: ['Terima kasih atas laporannya.', 'Terima kasih, Admin akan membalas segera.'],
  },
};

const HOAX: ConditionalSpec = {
  labels: ['HOAKS', 'HOAX', 'DISINFORMASI', 'MISINFORMASI', 'MALINFORMASI', 'KLARIFIKASI', 'SALAH'],
  words: ['hoaks', 'hoax', 'disinformasi', 'berita bohong', 'kabar bohong', 'informasi palsu', 'berita palsu'],
  categories: ['klarifikasi-hoaks'],
  officialLink: true,
  mentions: [],
  replyCue: /(?<![\p{L}])(?:anda|bapak|ibu|kak|kakak|sobat|kamu|kalian|min|gan|sis)(?![\p{L}])/iu,
  claim: /(?<![\p{L}])(?:(?:itu|ini|tersebut)(?:\s+(?:adalah|merupakan))?|dipastikan|termasuk)\s+(?:(?:kabar|berita|informasi)\s+)?(?:hoaks|hoax|disinformasi|berita bohong|kabar bohong|informasi palsu|berita palsu)(?![\p{L}])|(?:hoaks|hoax)\s*[,.!]?\s*(?:ya|kak|pak|bu)?\s*[.!]?\s*$/iu,
};

export const hoaxSource: RequiredRule = {
  id: 'hoax-source',
  engine: 'required',
  kind: 'conditional',
  conditional: HOAX,
  description: {
    id: 'Klarifikasi hoaks ([HOAKS], [DISINFORMASI]) wajib menautkan sumber resmi (SE MenPANRB 137/2018).',
    en: 'A hoax clarification ([HOAKS], [DISINFORMASI]) must link to an official source (SE MenPANRB 137/2018).',
  },
  defaultSeverity: 'error',
  message: () => ({
    id: 'Klarifikasi hoaks tanpa tautan sumber resmi (*.go.id). Tambahkan tautannya.',
    en: 'A hoax clarification without a link to an official source (*.go.id). Add the link.',
  }),
  examples: {
    valid: [
      '[HOAKS] Pesan berantai soal bansos Rp5 juta tidak benar. Info resmi: https://kemensos.go.id/klarifikasi',
      'Kabar itu hoaks, Kak. Penjelasan resmi ada di komdigi.go.id/berita/klarifikasi-hoaks',
      'Pendaftaran dibuka sampai 30 Juni.',
      'Hoaks adalah informasi palsu yang sengaja dibuat seolah-olah benar.',
      'Literasi digital membantu masyarakat mengenali berita palsu.',
    ],
    invalid: [
      '[HOAKS] Pesan berantai soal bansos Rp5 juta tidak benar.',
      'Pesan berantai itu hoaks.',
      '[DISINFORMASI] Video itu bukan kejadian di Indonesia. Sumber: beritaviral.com',
      'Kabar itu hoaks ya, Kak.',
    ],
  },
};

const COMPLAINT: ConditionalSpec = {
  labels: [],
  words: ['pengaduan', 'aduan', 'keluhan', 'mengadu', 'mengeluh', 'mengeluhkan', 'dikeluhkan', 'diadukan', 'mengadukan', 'komplain'],
  categories: ['pengaduan'],
  officialLink: true,
  mentions: [
    /sp4n|lapor!|lapor\.go\.id|\blapor\b/i,
    /pesan\s+(?:langsung|pribadi)|direct\s+message|\bDM\b|inbox|kotak\s+masuk/i,
    /whatsapp|\bWA\b|call\s*cent(?:er|re)|hotline|pusat\s+panggilan|\bloket\b/i,
  ],
  profileChannel: 'complaint',
  replyCue: /(?<![\p{L}])(?:anda|bapak|ibu|kak|kakak|sobat|kamu|kami|terima kasih|mohon maaf|maaf)(?![\p{L}])/iu,
};

export const complaintChannel: RequiredRule = {
  id: 'complaint-channel',
  engine: 'required',
  kind: 'conditional',
  conditional: COMPLAINT,
  lang: 'id',
  description: {
    id: 'Balasan atas pengaduan menyebut kanalnya: SP4N-LAPOR! (lapor.go.id), kanal pengaduan instansi, atau pesan langsung.',
    en: 'A reply to a complaint names its channel: SP4N-LAPOR! (lapor.go.id), the agency’s complaint channel, or a direct message.',
  },
  defaultSeverity: 'warning',
  message: () => ({
    id: 'Pengaduan tanpa kanal. Sebutkan SP4N-LAPOR! (lapor.go.id) atau kanal pengaduan instansi.',
    en: 'A complaint with no channel. Name SP4N-LAPOR! (lapor.go.id) or the agency’s complaint channel.',
  }),
  examples: {
    valid: [
      'Mohon maaf atas ketidaknyamanannya. Silakan sampaikan pengaduan melalui SP4N-LAPOR! di lapor.go.id.',
      'Keluhan Bapak sudah kami terima; mohon kirim detailnya lewat pesan langsung.',
      'Terima kasih atas apresiasinya.',
      'Jumlah pengaduan masyarakat naik 12 persen dibandingkan tahun lalu.',
    ],
    invalid: ['Mohon maaf, keluhan Bapak akan kami sampaikan ke unit terkait.', 'Terima kasih, pengaduan sudah kami catat.'],
  },
};

const PPID: ConditionalSpec = {
  labels: [],
  words: ['permohonan informasi', 'permintaan informasi', 'informasi publik', 'keterbukaan informasi'],
  categories: ['ppid'],
  officialLink: false,
  mentions: [/\bppid\b|e-?ppid/i],
  profileChannel: 'ppid',
};

export const ppidChannel: RequiredRule = {
  id: 'ppid-channel',
  engine: 'required',
  kind: 'conditional',
  conditional: PPID,
  lang: 'id',
  description: {
    id: 'Balasan atas permohonan informasi publik menyebut PPID (UU 14/2008).',
    en: 'A reply to a public information request names the PPID (Law 14/2008).',
  },
  defaultSeverity: 'warning',
  message: () => ({
    id: 'Permohonan informasi publik diajukan melalui PPID; sebutkan PPID atau alamatnya.',
    en: 'Public information requests go through the PPID; name the PPID or its address.',
  }),
  examples: {
    valid: [
      'Permohonan informasi publik dapat diajukan melalui PPID kami di ppid.kemkes.go.id.',
      'Data tersebut termasuk informasi publik; silakan ajukan ke PPID.',
    ],
    invalid: ['Permohonan informasi dapat diajukan secara tertulis ke kantor kami.', 'Data tersebut termasuk informasi publik, silakan datang ke kantor.'],
  },
};

export const STRUCTURE_RULES = [greetingMissing, signoffMissing, hoaxSource, complaintChannel, ppidChannel] as const;
