// Version 8: the encrypted summary snapshot (issue 11 point 3, PRIVACY.md "Records"). Summary
// rows lose their personal fields (name, pinyin, phones, ID number) to `summaryChunks`: one
// AES-GCM ciphertext per chunk of about a thousand customers (`summaryChunks:id:keyVersion` as
// associated data), the ID numbers in a second one under the sensitive key. `chunk` on a summary
// says which chunk holds its personal part (a rebuild reads a chunk's members by it);
// `pending` finds the chunks whose members changed since they were sealed. No row is reshaped
// here: sealing needs the data keys, which only exist after a sign-in, and awaiting WebCrypto
// inside this upgrade would commit it. The clear summaries are moved into sealed chunks at the
// first sign-in holding every key (`sealClearSummaries`, repositories/summary-snapshot.ts), in
// batches that commit on their own. Self-contained: it follows v7 (sealed customer rows).
import type { Dexie } from 'dexie';

export const V8_STORES: Record<string, string> = {
  clientSummaries: 'id, nextExpiry, nextExpiryMonth, staffId, *insurers, isSample, chunk',
  summaryChunks: 'id, pending',
};

export function applyV8(db: Dexie): void {
  db.version(8).stores(V8_STORES);
}
