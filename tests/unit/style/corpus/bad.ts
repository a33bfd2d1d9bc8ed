import type { CorpusCase } from './types';

const LONG_SENTENCE =
  'Selamat pagi, kami informasikan bahwa pelayanan perekaman KTP-el di kantor kecamatan untuk sementara waktu ditiadakan karena perangkat perekaman sedang dalam perbaikan oleh tim teknis dari pusat sehingga warga yang sudah mendaftar akan dihubungi kembali oleh petugas untuk penjadwalan ulang pada minggu depan.';

const LONG_X_REPLY =
  'Terima kasih atas pertanyaannya. Pendaftaran program pelatihan kerja gelombang kedua dibuka mulai 1 Juli sampai 15 Juli. ' +
  'Persyaratannya KTP-el, ijazah terakhir, dan surat keterangan sehat dari puskesmas. Pendaftaran dilakukan di kantor dinas ' +
  'pada hari kerja pukul 08.00–14.00 WIB. Kuota setiap kejuruan terbatas.';

/**
 * Drafts that break the SOP, each with every rule it should trigger (and no other).
 * Written as admins actually slip: slang in a hurry, a pasted link, a citizen's number echoed back.
 */
export const BAD: CorpusCase[] = [
  // slang, particles, English, spelling
  { text: 'Udah kami terima ya, makasih.', expect: ['slang'] },
  { text: 'Silahkan datang ke kantor dgn membawa KTP.', expect: ['misspelling', 'slang'] },
  { text: 'Gak bisa, kak, harus datang langsung.', expect: ['slang', 'address-capital'] },
  { text: 'Kami menghimbau warga utk waspada thd penipuan.', expect: ['misspelling', 'slang'] },
  { text: 'Makasih udah lapor, nanti kita tindaklanjuti.', expect: ['slang'] },
  { text: 'Sip, nanti kami cek lagi.', expect: ['slang'] },
  { text: 'Gimana, udah bisa masuk belum?', expect: ['slang'] },
  { text: 'Berkasnya belom lengkap, tolong dilengkapi dulu yg kurang.', expect: ['slang'] },
  { text: 'Pendaftarannya sudah dibuka kok.', expect: ['informal-particle'] },
  { text: 'Memang begitu sih aturannya, Pak.', expect: ['informal-particle'] },
  { text: 'Coba cek lagi deh, mungkin jaringannya sedang lambat.', expect: ['informal-particle'] },
  { text: 'Formulirnya bisa di-download di website kami.', expect: ['english-term'] },
  { text: 'Pelayanan Online tersedia 24 jam, cek linknya di bio.', expect: ['english-term'] },
  { text: 'Mohon maaf, sistem sedang error, silakan coba lagi nanti.', expect: ['english-term'] },
  { text: 'Jangan lupa update aplikasinya ke versi terbaru.', expect: ['english-term'] },
  { text: 'Kabar itu hoax, jangan disebarkan.', expect: ['english-term', 'hoax-source'] },
  { text: 'Resiko banjir meningkat, warga dihimbau waspada.', expect: ['misspelling'] },
  { text: 'Berkas dapat diambil disini setelah pukul 13.00.', expect: ['misspelling'] },
  { text: 'Permohonan Bapak sedang di proses petugas.', expect: ['misspelling'] },
  { text: 'Pengurusan akte kelahiran tidak dipungut biaya.', expect: ['misspelling'] },
  { text: 'Terimakasih atas laporannya, segera kami tindak lanjuti.', expect: ['misspelling'] },
  { text: 'Tersedia jalur khusus untuk orang cacat di loket 1.', expect: ['inclusive-term'] },
  { text: 'Pelatihan bagi tuna netra dibuka bulan depan.', expect: ['inclusive-term'] },
  // persona
  { text: 'Data kamu sudah kami perbarui.', expect: ['address-form'] },
  { text: 'Lo bisa cek sendiri di aplikasi.', expect: ['address-form'] },
  { text: 'Data anda sudah kami perbarui.', expect: ['address-capital'] },
  { text: 'Terima kasih kak, data sudah kami perbarui.', expect: ['address-capital'] },
  { text: 'Halo Kak, Anda bisa cek statusnya di DJP Online. ^RN', profile: 'kak', expect: ['address-mixed'] },
  { text: 'Kamu bisa cek statusnya di DJP Online ya. ^RN', profile: 'kak', expect: ['address-form'] },
  { text: 'Halo Kak, SPT sudah bisa dilaporkan lewat DJP Online ya.', profile: 'kak', expect: ['signoff-missing'] },
  { text: 'Kamu bisa datang ke SPKT, dan Anda tinggal bawa KTP-el.', profile: 'police', expect: ['address-mixed'] },
  { text: 'Halo Sobat, lo bisa datang ke SPKT terdekat.', profile: 'police', expect: ['address-form'] },
  { text: 'Berkas sudah kami terima. -Admin', profile: 'ministry', expect: ['greeting-missing'] },
  { text: 'Yth. Bapak, berkas sudah kami terima.', profile: 'ministry', expect: ['signoff-missing'] },
  { text: 'Data kamu sudah kami perbarui. -Admin', profile: 'ministry', expect: ['greeting-missing', 'address-form'] },
  { text: 'Selamat pagi, Bapak. Terima kasih 🙏 -Admin', profile: 'ministry', expect: ['emoji-limit'] },
  // personal data
  { text: 'NIK Bapak 3201012305900001 sudah terdaftar sebagai penerima bantuan.', expect: ['personal-nik'] },
  { text: 'Atas nama Siti, NIK 6471055509870002, bantuan sudah cair.', expect: ['personal-nik'] },
  { text: 'Nomor KK 3273010108120007 sudah kami perbaiki datanya.', profile: 'dukcapil', expect: ['personal-kk'] },
  { text: 'Baik Bu, nanti petugas kami hubungi ke 0812-3456-7890.', expect: ['personal-phone'] },
  { text: 'Silakan hubungi petugas kami, Pak Budi, di 0857-1122-3344.', expect: ['personal-phone'] },
  { text: 'Nomor +62 813 1234 5678 sudah kami catat, nanti kami hubungi.', expect: ['personal-phone'] },
  { text: 'Balasan resmi sudah kami kirim ke rina.wulandari@gmail.com.', expect: ['personal-email'] },
  { text: 'Mohon konfirmasi apakah surel Ibu benar sri_rahayu@yahoo.co.id?', expect: ['personal-email'] },
  { text: 'Petugas akan ke rumah Bapak di RT 04/RW 02 besok pagi.', expect: ['personal-address'] },
  // links
  { text: 'Cek lengkapnya di bit.ly/bansos-2026', expect: ['link-shortener'] },
  { text: 'Cek jadwal vaksin di s.id/jadwalvaksin ya.', expect: ['link-shortener'] },
  { text: 'Formulir bisa diisi di forms.gle/abc123', expect: ['link-shortener'] },
  { text: 'Penjelasannya ada di https://beritaterkini.com/bansos-cair', expect: ['link-unofficial'] },
  { text: 'Unduh panduannya di drive.google.com/file/d/abc', expect: ['link-unofficial'] },
  // conditional parts
  { text: '[HOAKS] Pesan berantai soal pemblokiran KTP-el tidak benar.', expect: ['hoax-source'] },
  { text: '[DISINFORMASI] Video itu bukan kejadian di Indonesia, sumber: detikberita.net', expect: ['hoax-source', 'link-unofficial'] },
  { text: 'Informasi tersebut tidak benar dan sudah dibantah.', category: 'klarifikasi-hoaks', expect: ['hoax-source'] },
  { text: 'Mohon maaf, keluhan Bapak akan kami teruskan.', expect: ['complaint-channel'] },
  { text: 'Terima kasih, pengaduan Ibu sudah kami catat.', expect: ['complaint-channel'] },
  { text: 'Mohon maaf atas ketidaknyamanannya, akan segera kami tindak lanjuti.', category: 'pengaduan', expect: ['complaint-channel'] },
  { text: 'Permohonan informasi publik silakan diajukan secara tertulis ke kantor kami.', expect: ['ppid-channel'] },
  // rude, SARA, politics
  { text: 'Dasar sampah, kerjanya nyinyir terus.', expect: ['rude-word'] },
  { text: 'Jangan goblok-goblok amat kalau isi formulir.', expect: ['rude-word'] },
  { text: "Komentar 'dasar anjing' sudah kami sembunyikan.", expect: ['rude-word'] },
  { text: 'Warga merasa dibodohi oleh calo, kami sudah menindak.', expect: ['rude-word'] },
  { text: "Kata 'bangsat' di komentar itu melanggar aturan komunitas.", expect: ['rude-word'] },
  { text: 'Perayaan Imlek warga Cina berlangsung meriah.', expect: ['sara-term'] },
  { text: 'Bantuan ini khusus untuk pribumi.', expect: ['sara-term'] },
  { text: 'Jangan lupa coblos nomor 2 ya!', expect: ['political-term'] },
  { text: 'Terima kasih kepada tim sukses yang hadir di acara peresmian.', expect: ['political-term'] },
  // the agency's own rules
  { text: 'Itu ulah oknum petugas, sudah kami tindak.', profile: 'strict', expect: ['banned-word'] },
  { text: 'Bantuan untuk warga miskin sudah cair.', profile: 'strict', expect: ['preferred-word'] },
  { text: 'Selamat kepada Partai Maju Jaya atas pelantikan pengurusnya.', profile: 'strict', expect: ['rule-pack'] },
  { text: 'Peserta mendapat Aqua dan roti.', profile: 'strict', expect: ['custom.sebut-merek'] },
  // noise
  { text: 'JANGAN PERCAYA KABAR ITU!!!', expect: ['all-caps', 'repeated-punctuation'] },
  { text: 'PENTING: layanan tutup besok.', expect: ['all-caps'] },
  { text: 'Sudah dicoba lagi??', expect: ['repeated-punctuation'] },
  { text: 'Terima kasih 🙏😊🔥', expect: ['emoji-limit'] },
  { text: 'Selamat ya 🎉🎉', expect: ['emoji-limit'] },
  { text: 'Ayo vaksin #VaksinAman #SehatBersama #IndonesiaSehat #AyoVaksin', expect: ['hashtag-limit'] },
  { text: 'GRATIS!!! Daftar sekarang di bit.ly/daftar-gratis', expect: ['all-caps', 'repeated-punctuation', 'link-shortener'] },
  { text: 'Terima kasih kembali, sama sama.', expect: ['repeated-word'] },
  { text: 'Hati2 di jalan, Bapak.', expect: ['repeated-word'] },
  // format
  { text: 'Halo {nama}, terima kasih atas laporannya.', expect: ['template-placeholder'] },
  { text: 'Layanan buka {isian:jam_layanan|Jam layanan}.', expect: ['template-placeholder'] },
  { text: 'Biaya penerbitan paspor Rp. 350.000.', expect: ['currency-format'] },
  { text: 'Tarif parkir Rp 2.000 per jam.', expect: ['currency-format'] },
  // length
  { text: LONG_X_REPLY, platform: 'x', expect: ['length-limit'] },
  { text: LONG_SENTENCE, expect: ['sentence-length'] },
  // Harder cases, written after the checker: slips the lists may not know
  { text: 'Mohon ditunggu, sedang kami proses. Thank you!', expect: ['english-term'] },
  { text: 'Kalo mau cepat, daftar online aja.', expect: ['slang', 'english-term'] },
  { text: 'Jangan sampe telat ya, Kak!', expect: ['slang'] },
  { text: 'Udh kami forward ke bagian terkait.', expect: ['slang', 'english-term'] },
  { text: 'Info lebih lanjut hubungi admin di 08123456789', expect: ['personal-phone'] },
  { text: 'NIK: 3201-0123-0590-0001 sudah aktif.', expect: ['personal-nik'] },
  { text: 'Kirim aja KTP-nya lewat DM, jgn di sini.', expect: ['slang'] },
  { text: 'Bpk/Ibu dpt mengunjungi kantor kami pada hari kerja.', expect: ['slang'] },
  { text: 'Warga yang budek memang susah diajak bicara.', expect: ['rude-word'] },
  { text: 'Tolong jangan bego, baca dulu pengumumannya.', expect: ['rude-word'] },
  { text: 'Kamu dan keluarga jaga kesehatan ya!', expect: ['address-form'] },
  { text: 'Sudah kami cek, bener kok datanya.', expect: ['slang', 'informal-particle'] },
  { text: 'Pendaftaran via link berikut: bit.ly/daftar', expect: ['english-term', 'link-shortener'] },
  { text: 'Harap bawa fotocopy KTP dan KK.', expect: ['misspelling'] },
  { text: 'Pelayanan di kantor kami gratis, jangan percaya calo!!', expect: ['repeated-punctuation'] },
  { text: 'Ini hoaks ya Kak, jangan disebar.', expect: ['hoax-source'] },
  { text: 'Petugas sdh menuju lokasi, mohon ditunggu.', expect: ['slang'] },
  { text: 'Tlg isi formulirnya dgn lengkap.', expect: ['slang'] },
  { text: 'Kata kasar seperti tolol tidak pantas ditulis di sini.', expect: ['rude-word'] },
  { text: 'Nomor HP Ibu 0813 9876 5432 sudah kami simpan.', expect: ['personal-phone'] },
];
