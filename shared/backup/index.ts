// Backups (issue 11 points 4, 5 and 7): the file format and its checks, pure of storage.
export { BackupError, isBackupError, type BackupErrorCode } from './backup-error';
export { openBackup, sealBackup } from './container';
export {
  generateBackupKeys,
  identityFromKeyFile,
  isRecipient,
  keyFileText,
  type BackupKeyPair,
} from './keys';
export {
  assertRestorable,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  buildManifest,
  compareVersions,
  firstCountMismatch,
  parseManifest,
  type BackupManifest,
} from './manifest';
export { sha256OfBlob } from './sha256';
export {
  autoBackupDue,
  backupAge,
  backupFileName,
  backupsToDelete,
  backupTimeOf,
  KEEP,
  STALE_AFTER_MS,
  upgradeBackupVersion,
  type BackupAge,
} from './rotation';
