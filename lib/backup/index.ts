export { exportBackup, backupFileName, type BackupProgress } from './export';
export { restoreBackup, inspectBackup, BACKUP_MAX_BYTES, type RestoreMode, type RestoreSummary, type InspectedBackup } from './restore';
export { scanBackupBlob, BackupScanner } from './scan';
export { checkBackupMeta } from './meta';
