// Version 7: customer records sealed (issue 11 point 2, PRIVACY.md "Records"). The indexes on
// the customer's name, ID number and phones go (IndexedDB would keep those values in the clear
// in its index files); blind indexes replace the two that exact matches need (`idBlind`,
// `*phoneBlinds`: truncated HMACs under K_idx), and `sealed.v` (the key version of a sealed row)
// counts the rows still in the clear. No row is reshaped here: sealing needs the data
// keys, which only exist after a sign-in, and awaiting WebCrypto inside this upgrade would
// commit it. The rows are sealed after the owner's (or a manager's) sign-in by
// `encryptClearRecords` (repositories/encrypt-migration.ts), in batches that each commit on
// their own, so an app closed halfway resumes where it stopped. Until then the clear rows read
// as before. Self-contained: it depends on no other version's file; it follows v6 (keyring).
import type { Dexie } from 'dexie';

export const V7_STORES: Record<string, string> = {
  clients: 'id, updatedAt, deletedAt, isSample, staffId, idBlind, *phoneBlinds, sealed.v',
};

export function applyV7(db: Dexie): void {
  db.version(7).stores(V7_STORES);
}
