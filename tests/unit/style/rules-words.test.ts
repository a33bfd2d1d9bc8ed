import { kakProfile, ministryProfile } from '@/lib/style';
import { ruleTester } from './helpers';

ruleTester('slang', {
  valid: [
    'Terima kasih, berkas sudah kami terima dan sedang diproses.',
    'Untuk SPT Tahunan, silakan lapor melalui DJP Online.',
    'PD Pasar Jaya mengelola pasar ini.',
    'Pas foto ukuran 3x4 dibawa dua lembar.',
    'Jaraknya sekitar 5 km dari alun-alun.',
    'Dokter jaga: dr. Rina, Sp.A.',
    'Gua Jomblang buka untuk wisatawan setiap hari.',
    'Kami juga menyediakan layanan jemput bola.',
    'Harga cabai naik karena cuaca, tetapi stok aman.',
  ],
  invalid: [
    { text: 'Berkasnya udah kami terima.', found: 'udah', output: 'Berkasnya sudah kami terima.' },
    { text: 'Gak perlu antre, daftar daring saja.', found: 'Gak', output: 'Tidak perlu antre, daftar daring saja.' },
    { text: 'PELAYANAN GAK BUKA HARI MINGGU', found: 'GAK', output: 'PELAYANAN TIDAK BUKA HARI MINGGU' },
    { text: 'Data yg Bapak kirim dgn surel sudah masuk.', count: 2 },
    { text: 'Antreannya panjang bangeeet hari ini.', found: 'bangeeet', output: 'Antreannya panjang sekali hari ini.' },
    { text: 'Makasih atas laporannya.', output: 'Terima kasih atas laporannya.' },
    { text: 'Baik, wkwkwk, kami cek dulu.', found: 'wkwkwk' },
    { text: 'Silakan lapor ke gan admin.', found: 'gan', output: 'Silakan lapor ke Anda admin.' },
    { text: 'Halo, bisa kami bantu gimana?', found: 'gimana', output: 'Halo, bisa kami bantu bagaimana?' },
    // "tapi" is colloquial: fine (info) for a semi-formal persona, a warning for a formal one
    { text: 'Sudah kami cek, tapi datanya belum masuk.', base: ministryProfile, severity: 'warning' },
    { text: 'Sudah kami cek, tapi datanya belum masuk.', severity: 'info' },
  ],
});

ruleTester('informal-particle', {
  valid: [
    'Pendaftaran sudah dibuka sejak Senin.',
    'Apakah Bapak sudah mencoba masuk kembali?',
    'Ayo, daftarkan anak Anda di posyandu terdekat.',
  ],
  invalid: [
    { text: 'Pendaftarannya sudah dibuka kok.', found: 'kok', output: 'Pendaftarannya sudah dibuka.' },
    { text: 'Sudah kok, silakan dicek.', output: 'Sudah, silakan dicek.' },
    { text: 'Kok belum diproses ya?', found: 'Kok', output: 'Belum diproses ya?' },
    { text: 'Memang begitu sih aturannya.', output: 'Memang begitu aturannya.' },
    { text: 'Coba cek dulu deh.', found: 'deh' },
    { text: 'Yuk daftar sekarang!', base: ministryProfile, severity: 'warning', output: 'Mari daftar sekarang!' },
    { text: 'Yuk daftar sekarang!', severity: 'info' },
  ],
});

ruleTester('english-term', {
  valid: [
    'Formulir dapat diunduh di laman resmi kami.',
    'Layanan daring tersedia 24 jam melalui aplikasi.',
    'Silakan kirim surel ke alamat yang tertera.',
    'Data status vaksinasi ada di menu Riwayat.',
    { text: 'Please check the form on our website.', lang: 'en' },
  ],
  invalid: [
    { text: 'Formulir bisa di-download di laman kami.', found: 'di-download', output: 'Formulir bisa diunduh di laman kami.' },
    { text: 'Berkas sudah kami download.', found: 'download', output: 'Berkas sudah kami unduh.' },
    { text: 'Kami sudah mendownload berkasnya.', output: 'Kami sudah mengunduh berkasnya.' },
    { text: 'Mohon mengupdate aplikasi.', output: 'Mohon memperbarui aplikasi.' },
    { text: 'Aplikasi sudah diupdate.', output: 'Aplikasi sudah diperbarui.' },
    { text: 'Layanan Online tersedia 24 jam.', output: 'Layanan Daring tersedia 24 jam.' },
    { text: 'Cek linknya di bio ya.', found: 'linknya', output: 'Cek tautannya di bio ya.' },
    { text: 'Cek di website resmi kami.', output: 'Cek di situs web resmi kami.' },
    { text: 'Kabar itu hoax.', found: 'hoax', output: 'Kabar itu hoaks.' },
    { text: 'Silakan follow akun resmi kami.', found: 'follow' },
    { text: 'Kirim lewat e-mail saja.', found: 'e-mail' },
    // the "Kak" persona only notes English loanwords
    { text: 'Formulirnya bisa di-download di laman kami.', base: kakProfile, severity: 'info' },
  ],
});

ruleTester('misspelling', {
  valid: [
    'Silakan datang ke loket 3 dengan membawa KTP-el.',
    'Kami mengimbau warga tetap waspada terhadap risiko banjir.',
    'Izin praktik dokter diurus melalui Mal Pelayanan Publik.',
    'Di mana pun Anda berada, layanan daring tetap bisa diakses.',
    'Bagaimanapun, keselamatan warga yang utama.',
    'Sertipikat tanah dapat dicek melalui aplikasi Sentuh Tanahku.',
    'Berkas diproses di kantor kecamatan.',
  ],
  invalid: [
    { text: 'Silahkan datang ke loket 3.', output: 'Silakan datang ke loket 3.' },
    { text: 'SILAHKAN DATANG', output: 'SILAKAN DATANG' },
    { text: 'Kami menghimbau warga tetap waspada.', output: 'Kami mengimbau warga tetap waspada.' },
    { text: 'Resikonya tinggi.', found: 'Resikonya', output: 'Risikonya tinggi.' },
    { text: 'Berkas dapat diambil disini.', output: 'Berkas dapat diambil di sini.' },
    { text: 'Permohonan sedang di proses petugas.', found: 'di proses', output: 'Permohonan sedang diproses petugas.' },
    { text: 'Laporan sudah ditindak lanjuti.', output: 'Laporan sudah ditindaklanjuti.' },
    { text: 'Pengurusan akte kelahiran gratis.', output: 'Pengurusan akta kelahiran gratis.' },
    { text: 'Layanan tutup selama bulan ramadhan.', output: 'Layanan tutup selama bulan Ramadan.' },
    { text: 'Terimakasih atas laporannya.', output: 'Terima kasih atas laporannya.' },
    { text: 'Apapun kendalanya, hubungi kami.', output: 'Apa pun kendalanya, hubungi kami.' },
  ],
});

ruleTester('inclusive-term', {
  valid: [
    'Layanan pendampingan tersedia bagi penyandang disabilitas dan lansia.',
    'Buku braille untuk pelajar tunanetra dapat dipinjam gratis.',
    'Sidang menyatakan dokumen itu cacat hukum.',
    'Barang yang cacat produksi dapat dikembalikan.',
  ],
  invalid: [
    { text: 'Jalur khusus untuk orang cacat.', found: 'orang cacat', output: 'Jalur khusus untuk penyandang disabilitas.' },
    { text: 'Pelatihan bagi tuna netra dibuka.', output: 'Pelatihan bagi tunanetra dibuka.' },
    { text: 'Penanganan orang gila di jalan.', found: 'orang gila' },
  ],
});

ruleTester('preferred-word', {
  valid: [{ text: 'Bantuan untuk penerima manfaat.', profile: { preferredWords: [{ word: 'warga binaan', replacement: 'penerima manfaat' }] } }],
  invalid: [
    {
      text: 'Bantuan untuk warga binaan.',
      profile: { preferredWords: [{ word: 'warga binaan', replacement: 'penerima manfaat' }] },
      output: 'Bantuan untuk penerima manfaat.',
    },
    {
      text: 'Program ini untuk masyarakat miskin.',
      profile: { preferredWords: [{ word: 'miskin', replacement: 'prasejahtera' }] },
      output: 'Program ini untuk masyarakat prasejahtera.',
    },
  ],
});

ruleTester('rude-word', {
  valid: [
    'Jadwal pengangkutan sampah di wilayah Bapak setiap Selasa dan Jumat.',
    'Sampah plastik dipilah sebelum dibuang ke TPS.',
    'Vaksinasi rabies gratis untuk anjing dan kucing peliharaan.',
    'Daging babi wajib diberi label di kemasan.',
    'Program ini untuk memberantas kebodohan dan kemiskinan.',
    'Tahi lalat yang berubah bentuk sebaiknya diperiksakan.',
    'Warga Kota Medan dapat mengurus KTP-el di kecamatan.',
    'Sarapan bergizi penting untuk anak sekolah.',
    'Petai dan jengkol dijual di pasar tradisional.',
    'Kawasan pantai ditutup sementara karena gelombang tinggi.',
    { text: 'Kamu sampah!', profile: { allowWords: ['sampah'] } },
  ],
  invalid: [
    { text: 'Jangan goblok-goblok amat.', found: 'goblok-goblok', severity: 'error' },
    { text: 'Warga merasa dibodohi calo.', found: 'dibodohi' },
    { text: 'Dasar sampah!', found: 'sampah' },
    { text: 'Kamu sampah.', found: 'sampah' },
    { text: 'Anjing! Antreannya lama.', found: 'Anjing' },
    { text: 'Petugasnya tolol.', found: 'tolol' },
    { text: 'Pelayanan kok bangsatnya begini.', found: 'bangsatnya' },
    { text: 'Dasar b4ngsat.', found: 'b4ngsat' },
    { text: 'Gobloookkk semua.', found: 'Gobloookkk' },
    { text: 'Ini kurang ajar sekali.', found: 'kurang ajar' },
    { text: 'Mereka membodohi warga.', found: 'membodohi' },
  ],
});

ruleTester('sara-term', {
  valid: [
    'Perayaan Imlek bagi warga Tionghoa berlangsung meriah dan tertib.',
    'Kunjungan delegasi Tiongkok dijadwalkan pekan depan.',
    'Unta dan kuda tidak boleh masuk kawasan wisata.',
  ],
  invalid: [
    { text: 'Perayaan Imlek warga Cina berlangsung meriah.', found: 'Cina', output: 'Perayaan Imlek warga Tionghoa berlangsung meriah.' },
    { text: 'Bantuan ini hanya untuk pribumi.', found: 'pribumi', severity: 'error' },
    { text: 'Dasar kadrun.', found: 'kadrun' },
  ],
});

ruleTester('political-term', {
  valid: [
    'Gunakan hak pilih Anda pada hari pemungutan suara, 14 Februari.',
    'Kampanye imunisasi campak berlangsung sampai akhir bulan.',
    'Tolak politik uang, laporkan ke Bawaslu.',
    'Mari mencoblos di TPS terdekat.',
  ],
  invalid: [
    { text: 'Jangan lupa coblos nomor 2!', found: 'coblos nomor' },
    { text: 'Terima kasih kepada tim sukses.', found: 'tim sukses' },
    { text: 'Debat capres malam ini.', found: 'capres', severity: 'warning' },
    { text: 'Salam dua jari untuk semua!', found: 'Salam dua jari' },
  ],
});

ruleTester('banned-word', {
  valid: [
    { text: 'Petugas yang bersangkutan sudah dipanggil.', profile: { bannedWords: ['oknum'] } },
    'Itu ulah oknum petugas.',
  ],
  invalid: [
    { text: 'Itu ulah oknum petugas.', profile: { bannedWords: ['oknum'] }, found: 'oknum' },
    { text: 'Para oknum sudah diperiksa.', base: ministryProfile, found: 'oknum' },
    { text: 'Kami tidak menoleransi pungli.', profile: { bannedWords: ['Pungli'] }, found: 'pungli' },
  ],
});

const PACK = {
  id: 'pilkada',
  name: 'Masa kampanye Pilkada',
  from: Date.UTC(2026, 1, 1),
  to: Date.UTC(2026, 3, 30),
  words: ['Partai Maju Jaya', 'Pak Calon'],
  severity: 'error' as const,
  message: 'Netralitas ASN selama masa kampanye',
};

ruleTester('rule-pack', {
  valid: [
    { text: 'Selamat kepada Partai Maju Jaya.', profile: { rulePacks: [{ ...PACK, from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 1, 1) }] } },
    { text: 'Tahapan pemilu ada di laman KPU.', profile: { rulePacks: [PACK] } },
  ],
  invalid: [
    { text: 'Selamat kepada Partai Maju Jaya.', profile: { rulePacks: [PACK] }, found: 'Partai Maju Jaya', severity: 'error' },
    { text: 'Kunjungan Pak Calon ke pasar lancar.', profile: { rulePacks: [{ ...PACK, severity: 'warning' }] }, severity: 'warning' },
  ],
});
