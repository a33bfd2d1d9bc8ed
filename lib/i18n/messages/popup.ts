/** UI strings: popup. Indonesian is the source; English is typed against it. */
export const id = {
  'popup.title': 'Ringkasan hari ini',
  'popup.range.today': 'Hari ini',
  'popup.range.7d': '7 hari',
  'popup.range.30d': '30 hari',
  'popup.stat.replies': 'Balasan',
  'popup.stat.responseMedian': 'Waktu tanggap (median)',
  'popup.stat.compliance': 'Patuh SOP',
  'popup.stat.snapshots': 'Rekaman keterlibatan',
  'popup.recent': 'Aktivitas terakhir',
  'popup.recent.empty': 'Belum ada aktivitas. Buka halaman {platforms} instansi Anda.',
  'popup.health': 'Kondisi halaman',
  'popup.health.unknown': '{platform}: belum dibuka',
  'popup.health.ok': '{platform}: berfungsi',
  'popup.openOptions': 'Pengaturan & data',
  'popup.event.template-inserted': 'Templat disisipkan',
  'popup.event.checked': 'Draf diperiksa',
  'popup.event.sent': 'Balasan terkirim',
  'health.composer-not-found': '{platform}: kotak balasan tidak ditemukan di halaman ini',
  'health.post-not-found': '{platform}: unggahan tidak terbaca di halaman ini',
  'health.counts-not-found': '{platform}: angka keterlibatan tidak terbaca',
  'health.target-not-found': '{platform}: tidak tahu balasan ini menjawab siapa',
  'health.insert-mismatch': '{platform}: teks gagal disisipkan, disalin ke papan klip',
  'health.send-not-found':
    '{platform}: tombol kirim tidak dikenali. Templat dan pemeriksaan draf tetap berfungsi, gerbang QC tetap menahan Enter; klik tombol kirim tidak tertahan dan balasan itu mungkin tidak tercatat.',
  'health.time-not-found':
    '{platform}: waktu unggahan atau komentar tidak terbaca. Balasan tetap tercatat, tetapi tanpa waktu tanggap.',
  'health.comment-id-not-found':
    '{platform}: ada komentar warga yang tautan atau penulisnya tidak terbaca, jadi tidak masuk "Perlu dibalas". Periksa komentar di halaman itu sendiri.',
  'health.counts-unknown-words':
    '{platform}: angka keterlibatan tampil dengan kata yang belum dikenal, jadi tidak direkam. Templat, pemeriksaan, dan gerbang QC tetap berfungsi.',
  'health.ok': '{platform}: berfungsi',
} as const;

export const en: Record<keyof typeof id, string> = {
  'popup.title': "Today's summary",
  'popup.range.today': 'Today',
  'popup.range.7d': '7 days',
  'popup.range.30d': '30 days',
  'popup.stat.replies': 'Replies',
  'popup.stat.responseMedian': 'Response time (median)',
  'popup.stat.compliance': 'SOP compliant',
  'popup.stat.snapshots': 'Engagement snapshots',
  'popup.recent': 'Recent activity',
  'popup.recent.empty': "No activity yet. Open your agency's {platforms} page.",
  'popup.health': 'Page health',
  'popup.health.unknown': '{platform}: not opened yet',
  'popup.health.ok': '{platform}: working',
  'popup.openOptions': 'Settings & data',
  'popup.event.template-inserted': 'Template inserted',
  'popup.event.checked': 'Draft checked',
  'popup.event.sent': 'Reply sent',
  'health.composer-not-found': '{platform}: reply box not found on this page',
  'health.post-not-found': '{platform}: posts could not be read on this page',
  'health.counts-not-found': '{platform}: engagement counts could not be read',
  'health.target-not-found': '{platform}: could not tell whom this reply answers',
  'health.insert-mismatch': '{platform}: text could not be inserted, copied to the clipboard',
  'health.send-not-found':
    '{platform}: send button not recognised. Templates and draft checks still work and the QC gate still holds Enter; a click on the send button is not held and that reply may not be logged.',
  'health.time-not-found': '{platform}: post or comment times could not be read. Replies are still logged, but without a response time.',
  'health.comment-id-not-found':
    '{platform}: some citizens\' comments have no readable link or author, so they are not in "Waiting for a reply". Check the comments on that page yourself.',
  'health.counts-unknown-words':
    '{platform}: engagement counts are shown with words not known yet, so they are not recorded. Templates, checks and the QC gate still work.',
  'health.ok': '{platform}: working',
};
