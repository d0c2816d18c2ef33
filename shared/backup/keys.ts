// The agency's backup key pair: an age X25519 identity (`AGE-SECRET-KEY-1…`, the standard
// age key file format) and its public recipient (`age1…`). Backups are encrypted to the
// recipient, so writing one needs no secret; restoring needs the identity.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { BackupError } from './backup-error';

export interface BackupKeyPair {
  identity: string;
  recipient: string;
}

export async function generateBackupKeys(): Promise<BackupKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/**
 * The identity line out of a key file as `age-keygen` writes it (comment lines starting with
 * `#`, then the key) or as pasted.
 */
export function identityFromKeyFile(text: string): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith('AGE-SECRET-KEY-1'));
  if (!line) throw new BackupError('bad_identity');
  return line;
}

/** A key file the `age` tool reads: `age -d -i <file>`. */
export async function keyFileText(identity: string, createdAt: string): Promise<string> {
  const recipient = await identityToRecipient(identity);
  return `# created: ${createdAt}\n# public key: ${recipient}\n${identity}\n`;
}

export function isRecipient(text: string): boolean {
  return /^age1[02-9ac-hj-np-z]{58}$/.test(text.trim());
}
