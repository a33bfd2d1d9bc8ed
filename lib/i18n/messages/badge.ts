/**
 * UI strings: the engagement badge on own posts and the snapshot notices, shown on the platform
 * pages. The core content script imports this one catalog directly (not the whole i18n layer),
 * so a page pays for a dozen strings, not every surface's catalog.
 */
export const id = {
  'badge.label': 'Keterlibatan (Pranata)',
  'badge.interactions': '{count} interaksi',
  'badge.rate': '{rate} dari {base}',
  'badge.rate.followers': '{count} pengikut',
  'badge.rate.views': '{count} tayangan',
  'badge.noRate': 'tingkat keterlibatan –: jumlah pengikut belum diketahui (buka profil akun)',
  'badge.change': '{change} interaksi sejak {when}',
  'badge.first': 'rekaman pertama',
  'badge.approx': '≈',
  'snapshots.notice.close': 'Tutup pemberitahuan',
  'snapshots.storageFull': 'Pranata: penyimpanan penuh, rekaman keterlibatan belum tersimpan. Hapus riwayat lama di Pengaturan > Riwayat.',
} as const;

export const en: Record<keyof typeof id, string> = {
  'badge.label': 'Engagement (Pranata)',
  'badge.interactions': '{count|# interaction|# interactions}',
  'badge.rate': '{rate} of {base}',
  'badge.rate.followers': '{count} followers',
  'badge.rate.views': '{count} views',
  'badge.noRate': 'engagement rate –: follower count not known yet (open the account profile)',
  'badge.change': '{change} interactions since {when}',
  'badge.first': 'first snapshot',
  'badge.approx': '≈',
  'snapshots.notice.close': 'Close the notice',
  'snapshots.storageFull': 'Pranata: storage is full, engagement snapshots are not saved. Delete old history in Settings > History.',
};
