// Version 3: who is working (issue 10). Adds `credentials` (one row per staff member who can
// sign in: Argon2id hashes only) and turns the audit trail into a hash chain: `seq` orders it
// (unique, so two writers can never both append event N), `actor` and `action` filter the
// owner's audit screen. Events an older build wrote are chained in the order they happened,
// so a database from before sign-in opens with every record and a verifiable trail; its first
// start then goes through owner setup (no credentials yet). Self-contained on purpose: it
// depends on no other version's file.
import type { Dexie } from 'dexie';
import { chainEvents, type UnchainedAuditEvent } from '../../../shared/domain/identity/audit-chain';

export const V3_STORES: Record<string, string> = {
  credentials: 'id',
  auditEvents: 'id, at, entity, entityId, &seq, actor, action',
};

export function applyV3(db: Dexie): void {
  db.version(3)
    .stores(V3_STORES)
    .upgrade(async (tx) => {
      const table = tx.table('auditEvents');
      const old = (await table.toArray()) as (UnchainedAuditEvent & { seq?: number })[];
      if (old.length === 0 || old.every((e) => typeof e.seq === 'number')) return;
      const ordered = [...old].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
      const chained = chainEvents(
        null,
        ordered.map((e) => ({ ...e })),
      );
      await table.bulkPut(chained);
    });
}
