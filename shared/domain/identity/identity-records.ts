// The stored records of who is working (issues 10 and 11): audit events with their hash chain,
// sign-in credentials (hashes only) and the keyring's wraps of the data keys.
// Re-exported by shared/domain/types.ts, the data model's one entry point.
import type { KeyWrap } from '../../crypto/keys';
import type { Sealed } from '../../crypto/records';
import type { Id, IsoDateTime } from '../types';

export interface AuditEvent {
  id: Id;
  at: IsoDateTime;
  /** Staff id (or 'import', 'system', 'plan', 'sample') of whoever did it. */
  actor: string;
  action: string;
  entity: string;
  entityId?: Id | null;
  /** Codes and counts only: never a customer's personal values. */
  detail?: string | null;
  /** The computer it happened on (one chain per device, ready for sync). */
  device?: string | null;
  /** Position in this device's chain, from 1. */
  seq: number;
  /** `hash` of the event before (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over the canonical JSON of every other field (shared/domain/identity). */
  hash: string;
}

/** A person's sign-in secrets: never the password itself, only Argon2id hashes. */
export interface StaffCredential {
  /** The staff id it belongs to. */
  id: Id;
  /** Encoded Argon2id hash (`$argon2id$v=19$m=...$salt$hash`, salt inside). */
  passwordHash: string;
  /** Optional PIN for unlocking within a session, Argon2id-hashed the same way. */
  pinHash?: string | null;
  /** The owner reset it: the person picks a new password at their next sign-in. */
  mustChange: boolean;
  updatedAt: IsoDateTime;
  updatedBy: string;
}

/**
 * A row of the keyring (schema v6, PRIVACY.md "Keys"): a wrap of the data keys, a staff
 * member's (opened by their password) or the agency's recovery wrap (the printed recovery
 * key); or the agency's backup identity, sealed under the data keys.
 */
export interface KeyringEntry {
  /** `password:<staffId>:<v>`, `recovery:<v>` or `backup:<v>` (keyring-repository.ts). */
  id: string;
  kind: KeyWrap['kind'] | 'backup';
  /** Whose password opens it; null for the recovery wrap and the backup identity. */
  staffId: Id | null;
  keyVersion: number;
  /** The wrap (password and recovery rows). */
  wrap?: KeyWrap;
  /**
   * The backup identity (age `AGE-SECRET-KEY-1…`) sealed with the `sensitive` key (owners and
   * managers), and its public recipient, which settings carry too (backup rows).
   */
  backup?: { recipient: string; sealed: Sealed };
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  updatedBy: string;
}
