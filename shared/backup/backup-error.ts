// Every way a backup or a restore can fail that the owner should read about: a named code
// (the CLI's JSON and the tests use it) and a catalogue text (what the screen shows).
import { textRef, TextError, type TextParams } from '../i18n';

export type BackupErrorCode =
  | 'not_a_backup'
  | 'wrong_key'
  | 'bad_identity'
  | 'bad_recipient'
  | 'damaged'
  | 'bad_manifest'
  | 'checksum'
  | 'counts'
  | 'newer_schema'
  | 'newer_app'
  | 'chain_broken';

const KEYS = {
  not_a_backup: 'backup:errors.notABackup',
  wrong_key: 'backup:errors.wrongKey',
  bad_identity: 'backup:errors.badIdentity',
  bad_recipient: 'backup:errors.badRecipient',
  damaged: 'backup:errors.damaged',
  bad_manifest: 'backup:errors.badManifest',
  checksum: 'backup:errors.checksum',
  counts: 'backup:errors.counts',
  newer_schema: 'backup:errors.newerSchema',
  newer_app: 'backup:errors.newerApp',
  chain_broken: 'backup:errors.chainBroken',
} as const satisfies Record<BackupErrorCode, string>;

export class BackupError extends TextError<BackupErrorCode> {
  constructor(
    code: BackupErrorCode,
    params?: TextParams,
    /** The library's own words, for the support log (never shown as the reason). */
    readonly detail: string | null = null,
  ) {
    super(code, textRef(KEYS[code], params));
    this.name = 'BackupError';
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return (
    error instanceof BackupError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'BackupError' &&
      typeof (error as { code?: unknown }).code === 'string' &&
      (error as { code: string }).code in KEYS)
  );
}
