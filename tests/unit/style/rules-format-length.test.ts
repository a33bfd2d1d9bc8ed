import { ruleTester } from './helpers';

ruleTester('template-placeholder', {
  valid: ['Halo Kak Rina, terima kasih.', 'Jam layanan: Senin–Jumat 08.00–16.00 WIB.', 'Kode {123} bukan isian.'],
  invalid: [
    { text: 'Halo {nama}, terima kasih.', found: '{nama}', severity: 'error' },
    { text: 'Layanan buka {isian:jam_layanan|Jam layanan}.', found: '{isian:jam_layanan|Jam layanan}' },
    { text: '{ Sapaan }, terima kasih.', found: '{ Sapaan }' },
  ],
});

ruleTester('currency-format', {
  valid: ['Biaya paspor Rp350.000.', 'Parkir Rp2.000 per jam.', 'Rp0 alias gratis.'],
  invalid: [
    { text: 'Biaya paspor Rp. 350.000.', found: 'Rp. ', output: 'Biaya paspor Rp350.000.', severity: 'info' },
    { text: 'Parkir Rp 2.000 per jam.', output: 'Parkir Rp2.000 per jam.' },
    { text: 'Harga IDR 50.000.', output: 'Harga Rp50.000.' },
  ],
});

ruleTester('address-capital', {
  valid: ['Terima kasih, Kak. Data Anda sudah kami perbarui.', 'Mohon Bapak/Ibu membawa KTP-el.', 'Kakak dan adik boleh ikut.', 'Kunjungi kak.go.id'],
  invalid: [
    { text: 'Terima kasih kak, data sudah diperbarui.', found: 'kak', output: 'Terima kasih Kak, data sudah diperbarui.' },
    { text: 'Data anda sudah diperbarui.', output: 'Data Anda sudah diperbarui.' },
    { text: 'Mohon bapak/ibu membawa KTP-el.', output: 'Mohon Bapak/Ibu membawa KTP-el.' },
  ],
});

const CUSTOM = {
  id: 'custom.sebut-merek',
  pattern: '\\b(?:aqua|indomie)\\b',
  flags: 'i',
  message: 'Jangan menyebut merek dagang.',
  severity: 'error' as const,
  replacement: 'air mineral',
};

ruleTester('custom-regex', {
  valid: [
    { text: 'Sediakan air minum untuk peserta.', profile: { customRules: [CUSTOM] } },
    { text: 'Sediakan Aqua untuk peserta.', profile: { customRules: [CUSTOM], rules: { 'custom.sebut-merek': { enabled: false } } } },
    // a pattern that no longer compiles is skipped, not thrown
    { text: 'Sediakan Aqua untuk peserta.', profile: { customRules: [{ ...CUSTOM, pattern: '(' }] } },
  ],
  invalid: [
    { text: 'Sediakan Aqua untuk peserta.', profile: { customRules: [CUSTOM] }, found: 'Aqua', severity: 'error', output: 'Sediakan air mineral untuk peserta.' },
    {
      text: 'Sediakan Aqua dan Indomie.',
      profile: { customRules: [CUSTOM], rules: { 'custom.sebut-merek': { severity: 'info' } } },
      count: 2,
      severity: 'info',
    },
  ],
});

const LONG_X = 'Terima kasih atas pertanyaannya. '.repeat(9); // 297 characters

ruleTester('length-limit', {
  valid: [
    { text: 'Jadwal layanan ada di laman kami.', platform: 'x' },
    { text: LONG_X, platform: 'facebook' },
    // 140 CJK-free characters with a link: the link counts 23 on X
    { text: `${'a'.repeat(250)} https://www.kemkes.go.id/id/rilis-kegiatan-yang-sangat-panjang-sekali`, platform: 'x' },
  ],
  invalid: [
    { text: LONG_X, platform: 'x', severity: 'error' },
    { text: LONG_X, platform: 'facebook', profile: { lengthLimits: { facebook: 200 } } },
    // emoji weigh 2 on X: 141 of them are 282, and the last one does not fit
    { text: '🙏'.repeat(141), platform: 'x', found: '🙏' },
    // the highlight starts at the first character that does not fit
    { text: 'a'.repeat(290), platform: 'x', found: 'a'.repeat(10) },
    { text: 'b'.repeat(250), platform: 'instagram', profile: { lengthLimits: { instagram: 240 } }, found: 'b'.repeat(10) },
  ],
});

ruleTester('sentence-length', {
  valid: [
    'Berkas sudah kami terima. Petugas akan memeriksanya dalam tiga hari kerja. Hasilnya kami kabarkan lewat pesan langsung.',
    // "No." and "Yth." do not end a sentence, but the sentence is still short
    'Yth. Bapak Andi, berkas No. 12 sudah kami terima.',
  ],
  invalid: [
    {
      text:
        'Berkas permohonan yang Bapak kirimkan melalui surel kemarin sore sudah kami terima dan akan segera kami teruskan kepada petugas verifikasi di bidang pelayanan yang akan memeriksa kelengkapan dokumen dalam waktu tiga hari kerja sebelum hasilnya kami sampaikan kembali kepada Bapak melalui pesan langsung.',
      severity: 'info',
    },
  ],
});
