import { kakProfile, ministryProfile } from '@/lib/style';
import { ruleTester } from './helpers';

ruleTester('repeated-punctuation', {
  valid: ['Pengaduan melalui SP4N-LAPOR!', 'Apakah sudah lengkap?', 'Waspada banjir!', 'Cek https://contoh.go.id/?a=1??b'],
  invalid: [
    { text: 'Jangan percaya kabar itu!!!', found: '!!!', output: 'Jangan percaya kabar itu!' },
    { text: 'Sudah dicoba lagi??', found: '??', output: 'Sudah dicoba lagi?' },
    { text: 'Serius?!', found: '?!' },
  ],
});

ruleTester('emoji-limit', {
  valid: [
    'Terima kasih atas dukungannya 🙏',
    'Selamat Hari Kemerdekaan 🇮🇩',
    'Keluarga kami 👨‍👩‍👧 sehat',
    'Hak cipta © 2026 Kemkes™',
    { text: 'Terima kasih, Kak 🙏😊', base: kakProfile },
  ],
  invalid: [
    // Adjacent emoji past the limit are one thing to remove: one finding.
    { text: 'Terima kasih 🙏😊🔥', count: 1, found: '😊🔥', output: 'Terima kasih 🙏' },
    { text: 'Terima kasih 🙏 😊 dan 🔥', count: 2, found: '😊' },
    // A flood: 3,000 in a row is one finding, not 3,000; apart, at most five.
    { text: `Sabun ${'😀'.repeat(3000)}`, count: 1 },
    { text: `Hore ${'🎉 '.repeat(40)}`, count: 5, found: '🎉' },
    { text: 'Selamat ya 🎉🎉', count: 1 },
    { text: 'Terima kasih 🙏', base: ministryProfile, count: 1 },
    { text: 'Sehat selalu 👍🏽👍🏽', count: 1, found: '👍🏽' },
  ],
});

ruleTester('hashtag-limit', {
  valid: ['Ayo cek kesehatan. #GermasSehat', 'Info cuaca #BMKG #InfoCuaca', 'Warna #FFF di kode tidak dihitung: &#123;'],
  invalid: [
    { text: 'Ayo vaksin #VaksinAman #SehatBersama #IndonesiaSehat', count: 1, found: '#IndonesiaSehat' },
    { text: 'Info #A1 #B2', profile: { hashtagLimit: 1 }, count: 1 },
  ],
});

ruleTester('all-caps', {
  valid: [
    '[HOAKS] Pesan berantai soal NIK tidak benar.',
    'Bawa KTP, KK, dan kartu BPJS Kesehatan.',
    'Aduan melalui SP4N-LAPOR! atau PPID.',
    'Status Gunung Merapi SIAGA (Level III).',
    'Layanan SAMSAT keliling dan DUKCAPIL buka.',
    'Pengumuman COVID-19 dan KTP-el.',
    { text: 'Salam dari DISPERKIMTAN.', profile: { allowWords: ['DISPERKIMTAN'] } },
    { text: 'Terima kasih. -ADMIN', profile: { signOff: '-ADMIN' } },
    'YA, betul.',
  ],
  invalid: [
    { text: 'MOHON MAAF, layanan sedang gangguan.', found: 'MOHON MAAF', output: 'Mohon maaf, layanan sedang gangguan.' },
    { text: 'Ini PENTING untuk diketahui.', found: 'PENTING', output: 'Ini penting untuk diketahui.' },
    { text: 'Berkas asli WAJIB dibawa.', found: 'WAJIB' },
    { text: 'JANGAN SEBARKAN KABAR INI. Cek dulu.', found: 'JANGAN SEBARKAN KABAR INI' },
    { text: 'SEGERA URUS KTP ANDA', count: 1, found: 'SEGERA URUS' },
  ],
});

ruleTester('repeated-word', {
  valid: ['Terima kasih kembali, sama-sama.', 'Hati-hati di jalan.', 'Masing-masing membawa berkas.', 'Nomor 2 2 tidak dihitung.', 'Covid19 dan P2P.'],
  invalid: [
    { text: 'Terima kasih kembali, sama sama.', found: 'sama sama', output: 'Terima kasih kembali, sama-sama.' },
    { text: 'Hati2 di jalan.', found: 'Hati2', output: 'Hati-hati di jalan.' },
    { text: 'Berkas yang yang dikirim.', found: 'yang yang', output: 'Berkas yang dikirim.' },
    { text: 'Kira2nya dua hari.', output: 'Kira-kiranya dua hari.' },
  ],
});

ruleTester('address-form', {
  valid: [
    'Data Anda sudah kami perbarui.',
    { text: 'Data Bapak/Ibu sudah kami perbarui.', base: ministryProfile },
    { text: 'Halo Sobat, kamu bisa cek jadwalnya.', profile: { addressForm: 'sobat' } },
    { text: 'Kamu bisa cek jadwalnya, Dulur.', profile: { addressForm: 'custom', customAddress: 'Dulur' } },
    { text: 'Kamu bisa cek jadwalnya.', profile: { allowWords: ['kamu'] } },
  ],
  invalid: [
    { text: 'Data kamu sudah kami perbarui.', found: 'kamu', output: 'Data Anda sudah kami perbarui.' },
    { text: 'Data kamu sudah kami perbarui.', base: ministryProfile, output: 'Data Bapak/Ibu sudah kami perbarui.' },
    { text: 'Kamu bisa cek di aplikasi.', base: kakProfile, output: 'Kakak bisa cek di aplikasi.' },
    { text: 'Lo bisa datang ke loket 2.', profile: { addressForm: 'sobat' }, output: 'Kamu bisa datang ke loket 2.' },
    { text: 'Berkas lu sudah lengkap.', found: 'lu' },
    { text: 'Engkau dapat mendaftar.', found: 'Engkau' },
  ],
});

ruleTester('address-mixed', {
  valid: [
    'Anda dapat mengecek jadwal di aplikasi.',
    { text: 'Halo Sobat, kamu bisa cek jadwalnya.', profile: { addressForm: 'sobat' } },
    { text: 'Bapak/Ibu dapat mengecek; Anda juga bisa datang.', base: ministryProfile },
  ],
  invalid: [
    { text: 'Kamu bisa cek jadwalnya, dan Anda bisa datang.', profile: { addressForm: 'sobat' }, found: 'Anda', output: 'Kamu bisa cek jadwalnya, dan kamu bisa datang.' },
    { text: 'Halo Kak, Anda bisa cek jadwalnya.', base: kakProfile, found: 'Anda', output: 'Halo Kak, Kakak bisa cek jadwalnya.' },
    {
      text: 'Anda bisa cek. Anda juga bisa datang, kamu tinggal bawa KTP.',
      profile: { addressForm: 'custom', customAddress: 'Dulur' },
      found: 'kamu',
    },
  ],
});
