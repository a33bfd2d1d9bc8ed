/** UI strings: the redacted page capture (popup health row, options page). */
export const id = {
  'capture.button': 'Rekam struktur halaman',
  'capture.buttonFor': 'Rekam struktur halaman {platform}',
  'capture.hint':
    'Menyimpan satu berkas HTML berisi struktur halaman ini tanpa data pribadi (nama, akun, isi komentar, nomor diganti penanda). Kirim berkas itu ke pengelola Pranata bila halaman tidak terbaca.',
  'capture.noTab': 'Buka halaman X, Facebook, atau Instagram di tab ini dulu.',
  'capture.noTabs': 'Tidak ada tab X, Facebook, atau Instagram yang terbuka.',
  'capture.failed': 'Halaman belum bisa direkam. Muat ulang halaman itu, lalu coba lagi.',
  'capture.saved': 'Tersimpan: {file} ({elements} elemen).',
  'capture.savedCut': 'Tersimpan: {file} (dipotong pada {elements} elemen).',
} as const;

export const en: Record<keyof typeof id, string> = {
  'capture.button': 'Record page structure',
  'capture.buttonFor': 'Record {platform} page structure',
  'capture.hint':
    "Saves one HTML file of this page's structure without personal data (names, accounts, comment text and numbers are replaced by placeholders). Send the file to Pranata's maintainers when a page is not read.",
  'capture.noTab': 'Open an X, Facebook or Instagram page in this tab first.',
  'capture.noTabs': 'No X, Facebook or Instagram tab is open.',
  'capture.failed': 'The page could not be recorded. Reload that page and try again.',
  'capture.saved': 'Saved: {file} ({elements} elements).',
  'capture.savedCut': 'Saved: {file} (cut at {elements} elements).',
} as const;
