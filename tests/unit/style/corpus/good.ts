import type { CorpusCase } from './types';

/**
 * Good replies, written the way careful admins of different agencies write them. Each must give
 * no finding at all with its agency's profile.
 */
const good = (profile: CorpusCase['profile'], texts: string[], extra: Partial<CorpusCase> = {}): CorpusCase[] =>
  texts.map((text) => ({ text, profile, expect: [], ...extra }));

export const GOOD: CorpusCase[] = [
  // Health office
  ...good('health', [
    'Selamat pagi, Bapak. Vaksinasi influenza untuk lansia tersedia gratis di seluruh puskesmas setiap Selasa dan Kamis pukul 08.00–12.00 WIB. Mohon membawa KTP-el dan kartu BPJS Kesehatan.',
    'Terima kasih atas pertanyaannya. Gejala demam berdarah antara lain demam tinggi mendadak, nyeri otot, dan bintik merah di kulit. Segera periksakan diri ke puskesmas atau IGD terdekat bila demam tidak turun dalam dua hari.',
    'Halo, jadwal posyandu balita di Kelurahan Sukamaju setiap Rabu minggu kedua. Informasi lengkap ada di https://dinkes.contohkota.go.id/posyandu',
    'Mohon maaf atas ketidaknyamanannya. Keluhan mengenai antrean di puskesmas sudah kami teruskan ke kepala puskesmas. Untuk tindak lanjut resmi, silakan sampaikan pengaduan melalui SP4N-LAPOR! di lapor.go.id.',
    'Imunisasi campak dan rubela diberikan pada usia 9 bulan, 18 bulan, dan kelas 1 SD. Vaksin tersedia gratis di posyandu dan puskesmas.',
    'Terima kasih sudah mengingatkan. Pengasapan di RW setempat dijadwalkan Sabtu pagi. Mohon warga menutup makanan dan minuman selama penyemprotan.',
    'Layanan kesehatan jiwa tersedia di 12 puskesmas. Konsultasi tidak dipungut biaya bagi peserta JKN.',
    'Tahi lalat yang berubah warna atau bentuk sebaiknya diperiksakan ke dokter spesialis kulit. Rujukan dapat diminta di puskesmas.',
    'Permohonan data kasus TBC per kecamatan dapat diajukan melalui PPID Dinas Kesehatan di ppid.dinkes.contohkota.go.id.',
    'Ibu hamil dianjurkan memeriksakan kandungan minimal enam kali selama kehamilan. Buku KIA dapat diminta di puskesmas.',
  ]),
  {
    text: '[HOAKS] Pesan berantai yang menyebut air kelapa dicampur garam dapat menyembuhkan demam berdarah tidak benar. Penjelasan resmi: https://www.kemkes.go.id/id/klarifikasi-dbd',
    profile: 'health',
    category: 'klarifikasi-hoaks',
    expect: [],
  },
  // Tax office, "Kak" persona, initials as sign-off
  ...good('kak', [
    'Halo Kak, SPT Tahunan orang pribadi dapat dilaporkan melalui DJP Online paling lambat 31 Maret. Jika ada kendala, Kakak bisa menghubungi Kring Pajak 1500200 ya. ^RN',
    'Hai Kak, NPWP yang hilang tidak perlu dibuat ulang. Kakak cukup mencetak kartu NPWP baru melalui laman pajak.go.id. Semoga membantu 😊 ^AD',
    'Terima kasih sudah bertanya, Kak. Bukti potong PPh 21 diberikan oleh pemberi kerja. Silakan minta kepada bagian keuangan kantor Kakak ya. ^SW',
    'Halo Kak, pemadanan NIK sebagai NPWP dapat dilakukan mandiri di laman pajak.go.id. Caranya ada di utas kami sebelumnya. ^RN',
    'Mohon maaf atas kendalanya, Kak. Keluhan Kakak sudah kami catat; untuk pengecekan data, mohon kirim detailnya lewat pesan langsung ya. ^AD',
    'Siap, Kak! Terima kasih atas apresiasinya 🙏 ^SW',
    'Halo Kak, tarif PPh final UMKM adalah 0,5% dari omzet bruto. Ketentuan lengkapnya dapat Kakak baca di pajak.go.id. ^RN',
    'Hai Kak, kode billing dapat dibuat melalui e-Billing di DJP Online. Pastikan kode akun pajak dan masa pajaknya sesuai ya. ^AD',
    'Halo Kak, untuk pertanyaan seputar pajak kendaraan, silakan menghubungi Samsat di provinsi Kakak karena itu pajak daerah. ^SW',
    'Terima kasih, Kak. Data Kakak sudah kami perbarui. ^RN',
  ]),
  // Waste management: "sampah" is the service itself
  ...good('waste', [
    'Terima kasih atas laporannya. Tumpukan sampah di Jalan Melati sudah kami jadwalkan untuk diangkut besok pagi. Mohon warga tidak membuang sampah di luar jam yang ditentukan.',
    'Jadwal pengangkutan sampah di Kecamatan Cibeunying setiap Senin, Rabu, dan Jumat mulai pukul 06.00 WIB.',
    'Sampah organik dapat diolah menjadi kompos. Kami menyediakan pelatihan pengomposan gratis di bank sampah setiap Sabtu. Pendaftaran: https://dlh.contohkota.go.id/kompos',
    'Mohon maaf atas keterlambatan pengangkutan. Keluhan Ibu sudah kami terima; petugas akan datang hari ini. Bila masih terlambat, silakan laporkan melalui SP4N-LAPOR!.',
    'Pembakaran sampah di pekarangan dilarang karena asapnya mengganggu kesehatan. Silakan gunakan layanan TPS terdekat.',
    'Sampah elektronik seperti baterai dan lampu tidak dicampur dengan sampah rumah tangga. Titik pengumpulannya ada di kantor kecamatan.',
    'Bank sampah unit Sukamaju buka setiap Minggu pukul 08.00–11.00 WIB. Warga dapat menabung sampah plastik dan kertas di sana.',
    'Terima kasih sudah memilah sampah dari rumah. Kebiasaan kecil ini sangat membantu petugas kami.',
  ]),
  // Social services
  ...good('social', [
    'Bantuan alat bantu dengar untuk penyandang disabilitas rungu dapat diajukan melalui kelurahan dengan membawa surat keterangan dokter.',
    'Pelatihan pijat bagi warga tunanetra dibuka kembali bulan depan. Pendaftaran di kantor Dinas Sosial pada hari kerja.',
    'Terima kasih atas informasinya. Tim kami akan menjangkau warga telantar di lokasi tersebut dan membawanya ke rumah singgah.',
    'Penerima PKH dapat mengecek status bantuan di cekbansos.kemensos.go.id dengan memasukkan nama sesuai KTP-el dan wilayah.',
    'Mohon maaf, data Ibu belum tercatat di DTKS. Pendaftaran dapat diajukan melalui kelurahan atau aplikasi Cek Bansos.',
    'Layanan rehabilitasi sosial tersedia bagi orang dengan gangguan jiwa (ODGJ) yang telantar. Laporkan lokasinya kepada kami melalui pesan langsung.',
    'Kursi roda untuk penyandang disabilitas fisik dapat diajukan oleh keluarga dengan membawa KK dan surat keterangan dari puskesmas.',
    'Bantuan disalurkan kepada keluarga penerima manfaat di 12 kecamatan.',
  ]),
  // Police, "Sobat" persona
  ...good('police', [
    'Halo Sobat, pembuatan SIM baru dapat dilakukan di Satpas Polres setiap hari kerja pukul 08.00–14.00 WIB. Bawa KTP-el asli dan surat keterangan sehat ya.',
    'Terima kasih infonya, Sobat. Laporan kemacetan di Simpang Lima sudah kami teruskan ke petugas lapangan.',
    'Waspada penipuan yang mengatasnamakan polisi. Polisi tidak pernah meminta transfer uang melalui telepon. Cek informasi resmi di https://humas.polri.go.id',
    'Sobat bisa membuat laporan kehilangan secara daring melalui aplikasi resmi Polri, atau datang langsung ke SPKT Polres terdekat.',
    'Kamu juga bisa memperpanjang SIM di gerai SIM keliling. Jadwalnya kami umumkan setiap pagi di akun ini.',
    'Untuk pengaduan pelayanan, Sobat dapat menghubungi Propam melalui layanan pengaduan di propam.polri.go.id.',
    'Selamat pagi, Sobat! Jangan lupa gunakan helm SNI saat berkendara.',
  ]),
  // Ministry, formal: greeting, "-Admin", no emoji
  ...good('ministry', [
    'Yth. Bapak/Ibu, terima kasih atas pertanyaannya. Pendaftaran beasiswa dibuka hingga 30 Juni 2026 melalui laman resmi kementerian. -Admin',
    'Selamat siang, Bapak. Informasi mengenai tunjangan profesi guru dapat Bapak baca pada laman https://gtk.kemdikbud.go.id. Terima kasih. -Admin',
    'Terima kasih atas masukan Bapak/Ibu. Saran tersebut sudah kami teruskan kepada unit kerja terkait sebagai bahan evaluasi layanan. -Admin',
    'Selamat pagi, Ibu. Mohon maaf atas ketidaknyamanannya. Pengaduan dapat Ibu sampaikan melalui SP4N-LAPOR! agar dapat kami tindak lanjuti. -Admin',
    'Yth. Bapak/Ibu, permohonan informasi publik dapat diajukan kepada PPID Kementerian secara daring maupun luring. -Admin',
    'Selamat sore, Bapak. Hasil seleksi administrasi diumumkan pada 15 Juli 2026. Anda dapat memantau pengumuman di laman resmi kami. -Admin',
    'Terima kasih, Ibu. Surat edaran terbaru dapat diunduh di https://jdih.kemenkeu.go.id. -Admin',
  ]),
  // Regency
  ...good('regency', [
    'Pelayanan KTP-el di Disdukcapil buka Senin–Jumat pukul 08.00–15.00 WIB dan Sabtu pukul 08.00–12.00 WIB.',
    'Terima kasih atas laporannya. Perbaikan jalan di Desa Sukamulya masuk jadwal pemeliharaan bulan depan. Perkembangannya kami umumkan di instagram.com/pemkabcontoh',
    'Pendaftaran UMKM binaan dibuka hingga akhir bulan. Formulir dapat diunduh di laman resmi pemerintah kabupaten.',
    'Selamat Hari Jadi Kabupaten ke-75! Terima kasih kepada seluruh warga atas dukungannya 🙏',
    'Mohon maaf, layanan Mal Pelayanan Publik tutup pada hari libur nasional. Layanan daring tetap dapat diakses.',
    'Lelang pengadaan barang dan jasa diumumkan melalui LPSE kabupaten. Silakan pantau laman tersebut secara berkala.',
    'Gunakan hak pilih Anda pada 27 November. Pastikan nama Anda terdaftar di DPT melalui laman cekdptonline.kpu.go.id.',
  ]),
  // Disaster agency
  ...good('disaster', [
    'Status Gunung Merapi Level III (SIAGA). Warga di radius 7 km dari puncak diminta tetap di pengungsian. Informasi resmi: https://magma.esdm.go.id',
    'Peringatan dini: hujan lebat disertai angin kencang berpotensi terjadi sore hingga malam hari. Warga di bantaran sungai diimbau waspada.',
    'Posko pengungsian dibuka di GOR Kecamatan. Bantuan logistik disalurkan melalui posko agar pembagiannya merata.',
    'Terima kasih atas laporannya. Tim reaksi cepat sudah menuju lokasi longsor. Untuk keadaan darurat, hubungi Call Center 112.',
    'Jalur evakuasi tsunami ditandai papan berwarna biru. Kenali jalurnya dari sekarang bersama keluarga.',
    '[HOAKS] Kabar gempa besar pukul 21.00 malam ini tidak benar. Gempa tidak dapat diprediksi waktunya. Pantau informasi resmi di https://www.bmkg.go.id',
  ]),
  // Population registry
  ...good('dukcapil', [
    'Akta kelahiran dapat diurus tanpa biaya. Syaratnya surat keterangan lahir, KK, dan KTP-el orang tua.',
    'Perubahan data KK karena pindah alamat diajukan di kelurahan tujuan dengan membawa surat keterangan pindah.',
    'Mohon jangan menuliskan NIK atau nomor KK di kolom komentar. Silakan kirim data tersebut melalui pesan langsung agar aman.',
    'KTP-el yang rusak dapat diganti dengan membawa KTP-el lama dan fotokopi KK ke kantor Disdukcapil.',
    'Identitas Kependudukan Digital (IKD) dapat diaktifkan di kantor kecamatan dengan membawa KTP-el dan ponsel pintar.',
  ]),
  // Other agencies on the general profile
  ...good('default', [
    'Terima kasih atas apresiasinya. Kami akan terus meningkatkan pelayanan.',
    'Mohon maaf atas gangguan layanan daring pagi ini. Sistem sudah kembali normal sejak pukul 10.00 WIB.',
    'Informasi beasiswa daerah akan kami umumkan pekan depan. Pantau terus akun resmi kami.',
    'Baik, terima kasih atas pertanyaannya. Retribusi parkir di kawasan wisata Rp5.000 untuk mobil dan Rp2.000 untuk sepeda motor.',
    'Layanan perpustakaan keliling hadir di taman kota setiap Minggu pagi. Anak-anak dapat meminjam buku secara gratis.',
    'Hati-hati di jalan dan patuhi rambu lalu lintas. Selamat mudik!',
    'Warga Tionghoa merayakan Imlek dengan tertib. Terima kasih kepada semua pihak yang menjaga kerukunan.',
    'Permohonan izin keramaian diajukan paling lambat 14 hari sebelum acara.',
    'Harga cabai di pasar tradisional turun Rp3.000 per kilogram pekan ini.',
    'Untuk pengaduan, silakan hubungi kami melalui pesan langsung atau WhatsApp resmi yang tertera di bio.',
    'Terima kasih atas masukannya. Usulan penambahan lampu penerangan jalan sudah kami catat untuk musrenbang tahun depan.',
    'Pendaftaran Sekolah Rakyat dibuka mulai 1 Juni. Persyaratan lengkap ada di laman resmi dinas pendidikan.',
    'Masing-masing pemohon wajib hadir sendiri saat perekaman biometrik.',
    'Sama-sama, Bapak. Senang dapat membantu.',
    'Kami mengimbau warga tidak menyalakan kembang api di dekat permukiman padat.',
    'Pengujian kendaraan bermotor (uji KIR) dapat dijadwalkan melalui aplikasi resmi Dinas Perhubungan.',
    'Daging babi dan produk turunannya wajib mencantumkan keterangan pada label kemasan.',
    'Vaksinasi rabies untuk anjing dan kucing peliharaan gratis di Puskeswan setiap Kamis.',
    'Rapat koordinasi penanganan banjir dilaksanakan Senin pagi di ruang rapat bupati.',
    'Pendaftar CPNS dapat memantau pengumuman melalui laman sscasn.bkn.go.id.',
    'Bapak dapat mengunggah berkas persyaratan melalui aplikasi, lalu menunggu verifikasi paling lama tiga hari kerja.',
    'Data yang Ibu kirim melalui surel sudah kami terima dan sedang kami verifikasi.',
    'Program ini bagian dari upaya memberantas kebodohan dan kemiskinan di desa.',
    'Kawasan pantai ditutup sementara karena gelombang tinggi. Mohon warga menjauhi bibir pantai.',
    'Posyandu lansia di RW 05 diadakan setiap Kamis.',
    'Saat ini kami belum membuka pendaftaran. Informasi resmi akan diumumkan di akun ini dan laman pemerintah provinsi.',
    'Layanan antar jemput lansia ke puskesmas gratis. Hubungi puskesmas terdekat untuk mendaftar.',
    'Kegiatan donor darah bersama PMI diadakan Jumat pukul 09.00 di aula kantor.',
    'Kampanye imunisasi campak berlangsung sampai akhir bulan di seluruh sekolah dasar.',
    'Tolak politik uang! Laporkan temuan Anda kepada Bawaslu.',
    'Sidang menyatakan keputusan itu cacat administrasi, sehingga kami akan memperbaikinya.',
  ]),
  ...good(
    'default',
    [
      'Baik, terima kasih. Laporan sudah kami terima.',
      'Sudah kami teruskan ke petugas lapangan. Terima kasih.',
      'Halo, jadwal layanan ada di https://www.contohkota.go.id/layanan',
      '@warga_sukamaju Terima kasih, laporan jalan rusak sudah kami teruskan ke dinas terkait.',
    ],
    { platform: 'x' },
  ),
  ...good(
    'default',
    [
      'Thank you for your question. The visa on arrival counter at the airport is open 24 hours.',
      'Please check the official schedule at https://www.imigrasi.go.id before you travel.',
    ],
    { lang: 'en' },
  ),
  // Harder cases, written after the checker: words near a list entry, names, acronyms
  ...good('disaster', [
    'Anjing pelacak dari unit K9 membantu pencarian korban longsor sejak pagi.',
    'Terima kasih sudah melapor. Penyebab pemadaman adalah gangguan gardu; PLN sedang memperbaikinya.',
  ]),
  ...good('default', [
    'Bantuan sosial tidak boleh dipotong oleh siapa pun, termasuk pengurus RT.',
    'Untuk warga yang tinggal di luar kota, perekaman dapat dilakukan di Disdukcapil setempat.',
    'Pasien dengan kondisi gawat darurat langsung dilayani di IGD tanpa rujukan.',
    'Kegiatan Jumat Bersih dimulai pukul 07.00 di halaman kantor kecamatan.',
    'Tarif Rp10.000 berlaku untuk pengunjung dewasa; anak-anak gratis.',
    'Data pemilih dapat dicek di cekdptonline.kpu.go.id, bukan melalui tautan lain.',
    'Ibu dapat mengajukan keberatan atas tagihan PBB ke Bapenda paling lambat tiga bulan setelah SPPT diterima.',
    'Kampanye hidup sehat GERMAS terus kami gencarkan di sekolah dan kantor.',
    'Bapak dapat mengakses layanan via aplikasi resmi kami.',
    'Hasil uji laboratorium menunjukkan air sumur tersebut tercemar bakteri E. coli.',
  ]),
  ...good('kak', ['Kami mohon maaf, Kak. Kendala aplikasi sudah diperbaiki dan dapat digunakan kembali. ^RN']),
  ...good('police', ['Sobat, kalau ada apa-apa segera lapor ke kantor polisi terdekat ya.']),
];
