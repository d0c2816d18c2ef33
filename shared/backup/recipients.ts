// Who a backup is encrypted to: the agency's backup key and, when set, the key the recovery key
// opens (recovery-identity.ts). Any one of them decrypts the file.
export function backupRecipients(settings: {
  backupRecipient?: string | null;
  backupRecoveryRecipient?: string | null;
}): string[] {
  return [settings.backupRecipient, settings.backupRecoveryRecipient].filter(
    (r): r is string => !!r,
  );
}
