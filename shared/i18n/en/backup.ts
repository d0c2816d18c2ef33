// English texts of backups and restore, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/backup';

export const texts: typeof zh = {
  errors: {
    notABackup: 'This is not a Renewal Desk backup (or the start of the file is damaged).',
    wrongKey:
      'This backup was not encrypted with this backup key; use the key file saved when backups were set up.',
    badIdentity:
      'The backup key is not valid: it should be one line starting with AGE-SECRET-KEY-1.',
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
};
