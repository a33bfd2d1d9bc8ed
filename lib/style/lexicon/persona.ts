/**
 * Second-person pronouns by register. "Anda" is the neutral formal form; "kamu" is friendly
 * and allowed for a "Sobat" or custom persona; the rest is street register in any persona.
 */
export const FRIENDLY_YOU: readonly string[] = ['kamu'];
export const STREET_YOU: readonly string[] = ['lu', 'lo', 'elo', 'elu', 'loe', 'lw', 'luh', 'kau'];
/** Literary and scriptural pronouns: not street register, only unusual in a reply (a note). */
export const LITERARY_YOU: readonly string[] = ['engkau', 'dikau', 'engkaulah', 'dikaulah'];

/** Words that open a reply politely (the first sentence is searched, case-insensitively). */
export const GREETINGS: readonly string[] = [
  'halo',
  'hallo',
  'hai',
  'hi',
  'selamat pagi',
  'selamat siang',
  'selamat sore',
  'selamat malam',
  'selamat datang',
  'assalamualaikum',
  "assalamu'alaikum",
  'assalamu alaikum',
  'salam',
  'yth',
  'yang terhormat',
  'terima kasih',
  'om swastiastu',
  'shalom',
  'namo buddhaya',
  'salam sejahtera',
  'salam kebajikan',
  'sampurasun',
  'punten',
  'wilujeng',
  'sugeng',
  'horas',
  'permisi',
];

/**
 * Acronyms and initialisms common in government replies: written in capitals, and not shouting.
 * Two- to four-letter capital words pass anyway; this list holds the longer ones (and a few
 * short ones the tests name).
 */
export const ACRONYMS: readonly string[] = [
  'BPJS', 'KTP', 'NIK', 'PPID', 'LAPOR', 'SP4N', 'KK', 'SIM', 'STNK', 'BPKB', 'NPWP', 'SPT', 'PBB',
  'DJP', 'KPP', 'SAMSAT', 'DUKCAPIL', 'DISDUKCAPIL', 'POLRI', 'POLDA', 'POLRES', 'POLSEK', 'TNI',
  'KPU', 'KPUD', 'BAWASLU', 'BNPB', 'BPBD', 'BMKG', 'BASARNAS', 'PLN', 'PDAM', 'PERUMDA', 'RSUD',
  'PUSKESMAS', 'POSYANDU', 'POSBINDU', 'DPRD', 'DPR', 'MPR', 'DPD', 'ASN', 'PNS', 'PPPK', 'CPNS',
  'UMKM', 'APBN', 'APBD', 'BUMN', 'BUMD', 'PKH', 'BLT', 'BST', 'KIS', 'KIP', 'JKN', 'OTP', 'PIN',
  'WIB', 'WITA', 'WIT', 'NIB', 'OSS', 'SKCK', 'SPKT', 'SATPOL', 'SATLANTAS', 'BAZNAS', 'BPOM',
  'BKKBN', 'BKN', 'KEMENKES', 'KEMENKEU', 'KEMENDAGRI', 'KEMENSOS', 'KEMENDIKBUD', 'KEMENDIKBUDRISTEK',
  'KEMENAG', 'KEMENPANRB', 'KOMDIGI', 'KOMINFO', 'DISKOMINFO', 'BAPPENAS', 'BAPPEDA', 'BAPENDA',
  'BAPPENDA', 'DISHUB', 'DINKES', 'DINSOS', 'DISNAKER', 'DISDIK', 'DLH', 'DPMPTSP', 'PTSP', 'BPN',
  'ATR', 'BPS', 'LKPP', 'LPSE', 'BSSN', 'BNN', 'BNPT', 'KPK', 'OJK', 'BI', 'LPS', 'PUPR', 'PU',
  'ESDM', 'KLHK', 'TPA', 'TPS', 'TPST', 'TPS3R', 'IPAL', 'SPBU', 'KRL', 'MRT', 'LRT', 'TJ', 'DAMRI',
  'PELNI', 'KAI', 'PPKM', 'COVID', 'DBD', 'ISPA', 'TBC', 'HIV', 'AIDS', 'ODGJ', 'IGD', 'ICU', 'UGD',
  'BOS', 'PIP', 'KJP', 'PPDB', 'SPMB', 'SNBP', 'SNBT', 'UTBK', 'SD', 'SMP', 'SMA', 'SMK', 'PAUD',
  'TK', 'SLB', 'RT', 'RW', 'KTP-EL', 'IKD', 'KIA', 'NKK', 'SKTM', 'DTKS', 'DTSEN', 'SIPP', 'SIKS',
  'NSWI', 'SIPD', 'SPAN', 'PPKS', 'PMKS', 'LKS', 'UPT', 'UPTD', 'OPD', 'SKPD', 'PEMDA', 'PEMKAB',
  'PEMKOT', 'PEMPROV', 'SETDA', 'SEKDA', 'KORPRI', 'KOPERASI', 'WHO', 'UNICEF', 'ASEAN', 'NKRI',
  'UUD', 'PERDA', 'PERPRES', 'PERMEN', 'INPRES', 'KEPPRES', 'PERMENPANRB', 'SE', 'SOP', 'FAQ',
  'PDF', 'URL', 'SMS', 'QR', 'QRIS', 'ATM', 'NPSN', 'NISN', 'NUPTK', 'EMIS', 'SIMPKB', 'SIPENA',
  'GERMAS', 'DPT', 'DPS', 'PPK', 'PPS', 'KPPS', 'SIP', 'STR', 'IUP', 'PBG', 'IMB', 'SLF', 'NJOP', 'BPHTB',
  'HOAKS', 'DISINFORMASI', 'MISINFORMASI', 'MALINFORMASI', 'KLARIFIKASI',
  // volcano and disaster alert levels are written so in official bulletins
  'SIAGA', 'AWAS', 'WASPADA', 'NORMAL',
];

/** URL shorteners: a citizen cannot see where the link goes, so an official reply avoids them. */
export const SHORTENERS: readonly string[] = [
  'bit.ly', 'bitly.com', 's.id', 'tinyurl.com', 'goo.gl', 'ow.ly', 'cutt.ly', 'is.gd', 'v.gd',
  'rb.gy', 'shorturl.at', 'rebrand.ly', 'tiny.cc', 't.ly', 'bl.ink', 'lnkd.in', 'buff.ly',
  'ift.tt', 'shorte.st', 'adf.ly', 'linktr.ee', 'heylink.me', 'msha.ke', 'bio.link', 'lynk.id',
  'shope.ee', 'tiny.one', 'surl.li', 'qr.page', 'urlshortener.id', 't.co', 'forms.gle', 'goo.gle', 'g.co',
];

/** Second-level domains reserved for Indonesian government bodies (PANDI): always official. */
export const GOVERNMENT_SUFFIXES: readonly string[] = ['go.id', 'mil.id'];
