import { kakProfile, ministryProfile } from '@/lib/style';
import { ruleTester } from './helpers';

ruleTester('greeting-missing', {
  valid: [
    // not required by the default profile
    'Berkas sudah kami terima.',
    { text: 'Selamat siang, Bapak. Berkas sudah kami terima. -Admin', base: ministryProfile },
    { text: 'Yth. Bapak Andi, berkas sudah kami terima. -Admin', base: ministryProfile },
    { text: 'Baik Bapak, terima kasih atas pertanyaannya. -Admin', base: ministryProfile },
    { text: '@andi_99 @dinkes Halo, jadwal ada di laman kami.', profile: { greetingRequired: true } },
    { text: 'Assalamualaikum, Ibu. Jadwal ada di laman kami.', profile: { greetingRequired: true } },
    { text: 'Rahayu, Sedulur. Jadwal ada di laman kami.', profile: { greetingRequired: true, greetings: ['rahayu'] } },
    { text: '', profile: { greetingRequired: true } },
  ],
  invalid: [
    {
      text: 'Berkas sudah kami terima. -Admin',
      base: ministryProfile,
      found: 'Berkas',
      output: 'Yth. Bapak/Ibu, Berkas sudah kami terima. -Admin',
    },
    { text: 'Jadwal ada di laman kami. Halo juga!', profile: { greetingRequired: true }, found: 'Jadwal' },
    { text: '@andi_99 Jadwal ada di laman kami.', profile: { greetingRequired: true }, found: 'Jadwal', output: '@andi_99 Halo, Jadwal ada di laman kami.' },
    { text: 'Bisa dicek di aplikasi ya.', profile: { greetingRequired: true, addressForm: 'kak' }, output: 'Halo Kak, Bisa dicek di aplikasi ya.' },
  ],
});

ruleTester('signoff-missing', {
  valid: [
    'Terima kasih atas laporannya.',
    { text: 'Terima kasih atas laporannya. -Admin', profile: { signOff: '-Admin' } },
    { text: 'Terima kasih. - Admin 🙏', profile: { signOff: '-Admin' } },
    { text: 'Terima kasih.\n-Admin #LayananPrima', profile: { signOff: '-Admin' } },
    { text: 'Sudah kami teruskan, Kak. ^RN', base: kakProfile },
    { text: 'Sudah kami teruskan, Kak 😊 ^AB', base: kakProfile },
  ],
  invalid: [
    { text: 'Terima kasih atas laporannya.', profile: { signOff: '-Admin' }, found: 'laporannya.', output: 'Terima kasih atas laporannya. -Admin' },
    { text: 'Terima kasih, Admin akan membalas segera.', profile: { signOff: '-Admin' } },
    // initials are the admin's own: no one-click fix, but the missing sign-off is reported
    { text: 'Sudah kami teruskan, Kak.', base: kakProfile, found: 'Kak.' },
    { text: 'Sudah kami teruskan ^R', base: kakProfile },
  ],
});

ruleTester('hoax-source', {
  valid: [
    '[HOAKS] Pesan berantai soal bansos tidak benar. Info resmi: https://kemensos.go.id/klarifikasi',
    'Kabar itu hoaks, Kak. Penjelasan resmi ada di komdigi.go.id/berita',
    { text: '[DISINFORMASI] Video itu bukan di Indonesia. Rilis: https://polri.contoh.id/rilis', profile: { officialDomains: ['polri.contoh.id'] } },
    'Pendaftaran dibuka sampai 30 Juni.',
  ],
  invalid: [
    { text: '[HOAKS] Pesan berantai soal bansos tidak benar.', found: '[HOAKS]', severity: 'error' },
    { text: '[DISINFORMASI] Video itu bukan di Indonesia. Sumber: beritaviral.com', found: '[DISINFORMASI]' },
    // found by words only: one step milder
    { text: 'Kabar itu hoaks ya, Kak.', found: 'hoaks', severity: 'warning' },
    { text: 'Informasi tersebut tidak benar.', category: 'klarifikasi-hoaks', severity: 'error' },
  ],
});

ruleTester('complaint-channel', {
  valid: [
    'Silakan sampaikan pengaduan melalui SP4N-LAPOR! di lapor.go.id.',
    'Keluhan Bapak sudah kami terima; mohon kirim detailnya lewat pesan langsung.',
    'Untuk keluhan layanan, hubungi pengaduan@kemkes.go.id.',
    { text: 'Pengaduan dapat disampaikan ke Halo Dinkes 1500-123.', profile: { channels: { complaint: 'Halo Dinkes 1500-123', ppid: '', website: '' } } },
    'Terima kasih atas apresiasinya.',
  ],
  invalid: [
    { text: 'Mohon maaf, keluhan Bapak akan kami sampaikan ke unit terkait.', found: 'keluhan' },
    { text: 'Terima kasih, pengaduan sudah kami catat.', found: 'pengaduan' },
    { text: 'Mohon maaf atas ketidaknyamanannya, akan segera kami tindak lanjuti.', category: 'pengaduan' },
  ],
});

ruleTester('ppid-channel', {
  valid: [
    'Permohonan informasi publik dapat diajukan melalui PPID kami.',
    { text: 'Silakan ajukan permohonan informasi di ppid.dinkes.go.id.', profile: { channels: { complaint: '', ppid: 'https://ppid.dinkes.go.id', website: '' } } },
  ],
  invalid: [
    { text: 'Permohonan informasi dapat diajukan secara tertulis.', found: 'Permohonan informasi' },
    { text: 'Silakan datang ke kantor kami.', category: 'ppid' },
  ],
});
