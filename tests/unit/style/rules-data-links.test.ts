import { ruleTester } from './helpers';

ruleTester('personal-nik', {
  valid: [
    'Mohon kirim NIK Bapak melalui pesan langsung, bukan di kolom komentar.',
    'Nomor tiket LAPOR! Anda 1234567 sudah kami terima.',
    // 16 digits, but no Indonesian province code / no valid birth date
    'Nomor transaksi 9912345678901234 sudah lunas.',
    'Kode bayar 3201019900001234 berlaku 24 jam.',
    // 17 digits is not a NIK
    'Nomor resi 32010123059000011 sedang dikirim.',
    'Hubungi 021-500-400 pada jam kerja.',
  ],
  invalid: [
    { text: 'NIK 3201012305900001 sudah terdaftar.', found: '3201012305900001', output: 'NIK ************0001 sudah terdaftar.', severity: 'error' },
    { text: 'Data atas NIK 3174 0162 0891 0002 sudah kami perbaiki.', found: '3174 0162 0891 0002', output: 'Data atas NIK **** **** **** 0002 sudah kami perbaiki.' },
    { text: 'NIK 3578.0146.1288.0003 aktif kembali.', found: '3578.0146.1288.0003' },
    { text: 'Atas nama Siti (6471055509870002), data sudah diperbaiki.', found: '6471055509870002' },
    { text: 'Dua NIK: 3201012305900001 dan 3201016305900002.', count: 2 },
  ],
});

ruleTester('personal-kk', {
  valid: ['Mohon kirim foto KK melalui pesan langsung.', 'NIK 3201012305900001 sudah terdaftar.'],
  invalid: [
    { text: 'Nomor KK 3201012305120004 sudah diperbarui.', found: '3201012305120004', output: 'Nomor KK ************0004 sudah diperbarui.' },
    { text: 'Kartu Keluarga no. 3273-0101-0812-0007 sudah dicetak.', found: '3273-0101-0812-0007' },
    { text: 'No. KK: 3201012305120004.', severity: 'error' },
  ],
});

ruleTester('personal-phone', {
  valid: [
    'Hubungi Call Center 112 atau datang ke kantor kami.',
    'Layanan buka pukul 08.00-16.00 WIB.',
    'Tanggal 08-12-2025 layanan tutup.',
    // the agency's own WhatsApp line, listed in the profile
    { text: 'WhatsApp resmi kami 0811-1234-5678.', profile: { channels: { complaint: 'WhatsApp 0811-1234-5678', ppid: 'PPID', website: '' } } },
    { text: 'Hubungi 0811 1234 5678.', profile: { allowWords: ['0811 1234 5678'] } },
    'Klik https://wa.me/6281234567890 untuk layanan resmi.',
  ],
  invalid: [
    { text: 'Kami hubungi Bapak di 0812-3456-7890 ya.', found: '0812-3456-7890', output: 'Kami hubungi Bapak di 0812-****-*890 ya.' },
    { text: 'Nomor +62 813 1234 5678 sudah kami catat.', found: '+62 813 1234 5678' },
    { text: 'Silakan konfirmasi ke 081234567890.', found: '081234567890' },
    { text: 'WA 6285712345678 sudah aktif.', found: '6285712345678', severity: 'warning' },
    { text: 'Hubungi (0812) 3456 7890.', found: '(0812) 3456 7890' },
  ],
});

ruleTester('personal-email', {
  valid: [
    'Silakan kirim berkas ke pengaduan@kemkes.go.id.',
    'Surel Bapak sudah kami terima.',
    { text: 'Kirim ke humas@rsudsehat.id.', profile: { officialDomains: ['rsudsehat.id'] } },
  ],
  invalid: [
    { text: 'Balasan sudah kami kirim ke budi.santoso88@gmail.com.', found: 'budi.santoso88@gmail.com', output: 'Balasan sudah kami kirim ke b***@gmail.com.' },
    { text: 'Apakah benar surel Ibu rina_w@yahoo.co.id?', found: 'rina_w@yahoo.co.id' },
  ],
});

ruleTester('personal-address', {
  valid: ['Ketua RT dan RW setempat sudah kami hubungi.', 'Petugas akan meninjau lokasi yang Bapak laporkan.'],
  invalid: [
    { text: 'Petugas segera ke rumah Ibu di RT 03/RW 05 Sukamaju.', found: 'RT 03/RW 05' },
    { text: 'Alamat di RT.002/RW.011 sudah kami catat.', found: 'RT.002/RW.011' },
  ],
});

ruleTester('link-shortener', {
  valid: [
    'Jadwal lengkap: https://dinkes.jatimprov.go.id/jadwal',
    'Daftar melalui lapor.go.id.',
    { text: 'Formulir: s.id/kemkes-formulir', profile: { officialDomains: ['s.id/kemkes-formulir'] } },
  ],
  invalid: [
    { text: 'Formulir ada di bit.ly/formulir-bansos', found: 'bit.ly/formulir-bansos' },
    { text: 'Cek di https://s.id/jadwalvaksin ya.', found: 'https://s.id/jadwalvaksin' },
    { text: 'Daftar: tinyurl.com/daftar2025.', found: 'tinyurl.com/daftar2025' },
    {
      text: 'Info: bit.ly/abc',
      profile: { channels: { complaint: '', ppid: '', website: 'https://dinkes.contoh.go.id' } },
      output: 'Info: https://dinkes.contoh.go.id',
    },
  ],
});

ruleTester('link-unofficial', {
  valid: [
    'Informasi resmi ada di https://www.kemkes.go.id/id/rilis',
    'Laporkan melalui https://www.lapor.go.id',
    'Cek status di sipp.tni.mil.id',
    { text: 'Ikuti instagram.com/humaskemkes untuk info terbaru.', profile: { officialDomains: ['instagram.com/humaskemkes'] } },
    { text: 'Pantau di https://www.youtube.com/@kemenkesri/videos', profile: { officialDomains: ['youtube.com/@kemenkesri'] } },
    'Dll. Silakan baca lagi.',
    // a missing space after a full stop is not a link
    'Terima kasih sudah menghubungi kami.Info lengkap menyusul.',
    'Pukul 08.00 s.d. 15.00 WIB.',
  ],
  invalid: [
    { text: 'Infonya ada di https://beritaviral.com/vaksin', found: 'https://beritaviral.com/vaksin' },
    { text: 'Baca di www.blogkesehatan.net ya.', found: 'www.blogkesehatan.net' },
    { text: 'Unduh di drive.google.com/file/abc', found: 'drive.google.com/file/abc' },
    // an allowed account does not open the whole site
    { text: 'Lihat instagram.com/akunlain', profile: { officialDomains: ['instagram.com/humaskemkes'] }, found: 'instagram.com/akunlain' },
    // look-alike of a government domain
    { text: 'Daftar di kemkes.go.id.daftar-bansos.com', found: 'kemkes.go.id.daftar-bansos.com' },
  ],
});
