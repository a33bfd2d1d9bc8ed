/**
 * What the compiled hunspell-id word list (lib/style/dictionary) cannot say by itself.
 */

/**
 * The most frequent words of everyday written Indonesian, most frequent first (the project's own
 * ranking from its corpus and general knowledge). When a chat abbreviation could stand for
 * several words ("dri": dari or diri), the more frequent one is the fix.
 */
export const FREQUENT: readonly string[] = [
  'yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada', 'juga', 'saya',
  'ke', 'karena', 'tersebut', 'bisa', 'ada', 'mereka', 'lebih', 'kata', 'tahun', 'sudah', 'atau', 'saat', 'oleh',
  'menjadi', 'orang', 'kami', 'telah', 'hanya', 'kita', 'seperti', 'namun', 'masih', 'banyak', 'jika', 'setelah',
  'kalau', 'lagi', 'harus', 'sama', 'bagi', 'secara', 'hari', 'baru', 'dapat', 'belum', 'kepada', 'tetapi', 'tapi',
  'semua', 'sangat', 'sebagai', 'tahu', 'begitu', 'ia', 'bahwa', 'apa', 'kalian', 'aku', 'kamu', 'dia', 'nya',
  'mau', 'sekarang', 'nanti', 'besok', 'kemarin', 'dulu', 'selalu', 'semoga', 'tetap', 'terus', 'jadi', 'lalu',
  'gimana', 'bagaimana', 'kenapa', 'mengapa', 'kapan', 'siapa', 'mana', 'berapa', 'ya', 'tidak', 'sedang', 'baik',
  'benar', 'salah', 'cepat', 'lama', 'sekali', 'cuma', 'juga', 'pernah', 'sering', 'kadang', 'bukan', 'jangan',
  'boleh', 'perlu', 'ingin', 'minta', 'mohon', 'tolong', 'terima', 'kasih', 'maaf', 'selamat', 'pagi', 'siang',
  'sore', 'malam', 'rumah', 'jalan', 'kerja', 'uang', 'waktu', 'tempat', 'kota', 'desa', 'warga', 'masyarakat',
  'pemerintah', 'banget', 'saja', 'dong', 'sih', 'kok', 'nih', 'deh', 'lah', 'pun', 'tentang', 'sampai', 'antara',
  'sebelum', 'sesudah', 'sejak', 'hingga', 'supaya', 'agar', 'walau', 'meski', 'biar', 'kayak', 'gitu', 'gini',
  'begini', 'sini', 'situ', 'sana', 'mari', 'ayo', 'yuk', 'lihat', 'kasih', 'beri', 'buat', 'bikin', 'pakai', 'tanya',
  'jawab', 'datang', 'pergi', 'pulang', 'kembali', 'bilang', 'sama', 'mungkin', 'memang', 'pasti', 'cukup', 'kurang',
  'paling', 'semakin', 'makin', 'setiap', 'tiap', 'seluruh', 'para', 'sendiri', 'lain', 'dua', 'tiga', 'satu',
  'berita', 'info', 'kabar', 'surat', 'data', 'bantuan', 'layanan', 'petugas', 'kantor', 'tetapi', 'aja', 'gak',
];

/**
 * Standard words (KBBI) the hunspell-id list lacks, found missing by the corpus and real replies.
 * Derived forms of listed words are found by the rules in lib/style/dictionary (di- of a meN- verb,
 * ke-...-an, clitics), so only bases and irregular forms are here.
 */
export const SUPPLEMENT: readonly string[] = [
  'dulu', 'lupa', 'lupakan', 'melupakan', 'dilupakan', 'admin', 'luring', 'warganet', 'tagar', 'unduh', 'unggah',
  'daring', 'swafoto', 'siniar', 'gawai', 'surel', 'pos-el', 'laman', 'linimasa', 'webinar', 'daring', 'hoaks',
  'vaksin', 'vaksinasi', 'stunting', 'posyandu', 'puskesmas', 'antre', 'antrean', 'mengantre', 'bansos', 'kuota',
  'ponsel', 'kedaluwarsa', 'telantar', 'praktik', 'narahubung', 'pramuwisata', 'tunanetra', 'tunarungu',
  'tunawicara', 'tunadaksa', 'tunagrahita', 'disabilitas', 'penyandang', 'nontunai', 'nonaktif', 'daring',
  'pemutakhiran', 'terverifikasi', 'verifikasi', 'diverifikasi', 'validasi', 'divalidasi', 'sosialisasi',
  'menyosialisasikan', 'disosialisasikan', 'digitalisasi', 'ojek', 'takbenda', 'hektare', 'aparatur', 'honorer',
  'magnitudo', 'embarkasi', 'kloter', 'umrah', 'kurikulum', 'siber', 'sorotan', 'rekapitulasi', 'syukuran',
  'pelelangan', 'kuartal', 'sempadan', 'tandon', 'embung', 'persen', 'kilometer', 'triliun', 'miliar', 'juta',
  'pewarta', 'mudik', 'pemudik', 'posko', 'arteri', 'takjil', 'ngaben', 'saman', 'reog', 'tarif', 'cukai',
];

/**
 * Lower-case abbreviations and units that are standard in writing (EYD, SI): never "unknown".
 * Chat abbreviations (yg, dgn, utk) are slang and live in lexicon/slang.ts instead.
 */
export const ABBREVIATIONS: readonly string[] = [
  'dll', 'dsb', 'dst', 'dkk', 'yth', 'hlm', 'mis', 'no', 'nomor', 'jl', 'jln', 'kel', 'kec', 'kab', 'prov', 'tgl', 'sdr', 'sdri',
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'ml', 'l', 'ha', 'kwh', 'mw', 'kv', 'wib', 'wita', 'wit', 'rp', 'usd', 'idr',
  'km2', 'm2', 'm3', 'cc', 'hp', 'kb', 'mb', 'gb', 'mbps', 'pk', 'pkl', 'ttd', 'tlp', 'telp', 'hub', 'ext', 'an', 'up',
  'sd', 'smp', 'sma', 'smk', 'rt', 'rw', 'dr', 'drg', 'ir', 'prof', 'h', 'hj', 'st', 'se', 'sh', 'mh', 'mm', 'spd', 'skm',
  'min', 'maks', 'vs', 'via', 'pt', 'cv', 'tbk', 'ud', 'kk', 'ktp', 'nik', 'e', 'el',
];
