// English texts of backups and restore, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/backup';

export const texts: typeof zh = {
  card: {
    title: 'Backups',
    intro:
      'A backup is an encrypted file (age format) that only the backup key opens. Back up regularly and keep backups and the key file apart (for example a USB stick and a printout).',
    lastBackup: 'Last backup',
    none: 'No backup yet',
    never:
      'No backup yet: the data lives only on this computer and is lost with a failed disk or a wiped profile. Back up now.',
    stale: 'The last backup is {{days}} days old. Back up now.',
    folder: 'Backup folder',
    folderWeb: "In the browser build, backups are downloaded to the browser's downloads folder.",
    folderMissing:
      'The chosen backup folder cannot be found (USB stick removed?); backups go to the default folder meanwhile.',
    defaultFolder: '(default)',
    chooseFolder: 'Change folder',
    setUpKey: 'Set up backup key',
    keyIntro:
      'No backup key yet. Setting one up downloads a key file: restoring needs it, so print it or store it elsewhere; without it no backup can be restored.',
    keyReady: 'Backup key set up',
    keySaved:
      'The key file was downloaded: keep it somewhere safe (not on the same USB stick as the backups).',
    backUpNow: 'Back up now',
    backingUp: 'Backing up…',
    done: 'Backup written: {{path}}',
    fellBack:
      'The chosen folder could not be found; the backup went to the default folder: {{path}}',
    phase: {
      export: 'Reading the data',
      encrypt: 'Compressing and encrypting',
      decrypt: 'Decrypting and checking',
      import: 'Writing the new database',
      verify: 'Checking the activity log',
    },
    restore: 'Restore from a backup…',
    restoreTitle: 'Restore from a backup',
    restoreIntro:
      'A restore goes into a new database and switches to it once every check passes; the current data stays on this computer as it is. Afterwards, sign in with an account from the backup.',
    pickBackup: 'Backup file',
    pickFromFolder: 'Backups in the folder',
    pickKey: 'Key file',
    restoreConfirm: 'Restore and switch',
    restoreSure: 'Restore from this backup? The app reopens afterwards.',
    restoring: 'Restoring…',
    restored: 'Restored: {{clients}} customers. Switching to the restored data…',
    needFiles: 'Choose the backup file and the key file.',
  },
  errors: {
    notABackup: 'This is not a Renewal Desk backup (or the start of the file is damaged).',
    wrongKey:
      'This key does not open this backup. Use the recovery key or the backup key from the recovery sheet, or the key file saved when backups were set up (backups made before this version open only with the backup key).',
    badIdentity:
      'The key is not valid: the recovery key is 52 letters and digits in groups of four; the backup key is one line starting with AGE-SECRET-KEY-1.',
    badRecipient: 'The backup public key is not valid: it should be one line starting with age1.',
    damaged:
      'The backup file is damaged or incomplete (perhaps cut short while copying); it cannot be restored.',
    badManifest:
      'The manifest in the backup is missing or unreadable, so the backup cannot be checked.',
    checksum:
      'The backup does not match the checksum in its manifest; it may have been altered. Restore refused.',
    counts:
      'After restoring, table {{table}} has {{found}} rows where the manifest records {{expected}}. Restore refused.',
    newerSchema:
      'This backup comes from a newer Renewal Desk (data version {{found}}; this one supports up to {{supported}}). Upgrade this app first, then restore.',
    newerApp:
      'This backup comes from a newer Renewal Desk ({{found}}; this one is {{current}}). Upgrade this app first, then restore.',
    chainBroken:
      'The activity log in the backup breaks at entry {{seq}}; the backup may have been altered. Restore refused.',
    noKey: 'No backup key yet: choose "Set up backup key" first and keep the key file safe.',
  },
  /** Restoring with the backup key kept under the data keys or typed from the recovery sheet. */
  restoreKey: {
    useDesk: "Use the backup key kept on this computer (encrypted under the owner's keys)",
    typed: 'Or type the recovery key or the backup key from the recovery sheet',
    typedPlaceholder: 'XXXX-XXXX-… or AGE-SECRET-KEY-1…',
  },
  /** The automatic daily backup and the one before a schema upgrade (issue 11). */
  auto: {
    failedTitle: 'Automatic backup failed',
    failed:
      'Today\'s automatic backup was not written: {{reason}} Earlier backups are untouched. Fix it, then choose "Back up now" in Settings → Backups.',
    lastFailed: 'The automatic backup of {{at}} failed: {{reason}}',
    fellBackTitle: 'Backup folder not found',
    info: 'While the app runs it backs up once a day (with a backup key and a backup folder), and before every upgrade of the data format.',
    infoWeb:
      'The browser build cannot back up by itself (it has no backup folder): choose "Back up now" regularly.',
    beforeUpgrade: '(backup taken before the upgrade to data version {{version}})',
    reason: {
      disk_full: 'the disk is full. Free some space or choose another backup folder.',
      no_access: 'the backup folder cannot be written to (no permission, or read-only).',
      write_failed: 'the file could not be written to the backup folder.',
      export_failed: 'reading the data failed.',
    },
  },
  /** Restoring with the recovery key, without signing in (owner setup, the sign-in screen). */
  withKey: {
    title: 'Restore from a backup with the recovery key',
    intro:
      "For a new computer (or one whose data was wiped), and for a desk where nobody's password opens the data keys any more. Choose the backup file (.age), then type the recovery key from the printed recovery sheet. The restore goes into a new database and switches to it only once every check passes; the data already on this computer stays as it is.",
    keep: 'Afterwards, sign in with a staff account from the backup and its password at that time.',
    file: 'Backup file',
    key: 'Recovery key',
    keyHelp:
      'The 52 letters and digits on the recovery sheet (groups of four; case, spaces and dashes do not matter). The backup key from the sheet (starting with AGE-SECRET-KEY-1) works too.',
    confirm: 'Restore and switch',
    back: 'Back',
    linkSetup: 'Have a backup? Restore it with the recovery key',
    linkSignIn: 'Cannot sign in? Restore a backup with the recovery key',
  },
};
