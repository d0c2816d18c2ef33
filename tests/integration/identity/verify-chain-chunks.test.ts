// "Verify chain" on a stored trail longer than one read: the walk goes on across chunks (10k
// events each), hashes with WebAssembly SHA-256 yet accepts a chain the writers hashed with
// the plain one, and still finds an edit, a deleted event and a cut-off tail past the first
// chunk, naming the event.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { verifyAuditChain } from '../../../renderer/db/repositories/audit-repository';
import { chainEvents, type ChainHead } from '../../../shared/domain/identity/audit-chain';
import type { AuditEvent } from '../../../shared/domain/types';
import { freshDb } from '../db/fixtures';

const EVENTS = 25_000;
// Seeding 25k events into fake-indexeddb took over 10 s (the default hook timeout) on a
// loaded 2-core machine: the chain is hashed once, and each test's copy gets a minute.
const SEED_TIMEOUT_MS = 60_000;
let db: AppDb;
let tail: ChainHead;
let chained: AuditEvent[];

beforeAll(() => {
  chained = chainEvents(
    null,
    Array.from({ length: EVENTS }, (_, i) => ({
      id: `e${i + 1}`,
      at: '2026-12-02T08:00:00.000Z',
      actor: 'owner',
      action: 'update',
      entity: 'client',
      entityId: `c${i}`,
      detail: i % 7 ? null : '客户资料',
    })),
  );
  const last = chained[chained.length - 1]!;
  tail = { seq: last.seq, hash: last.hash };
}, SEED_TIMEOUT_MS);

beforeEach(async () => {
  db = freshDb();
  await db.auditEvents.bulkAdd(chained);
}, SEED_TIMEOUT_MS);

describe('verify chain over chunks', { timeout: SEED_TIMEOUT_MS }, () => {
  it('accepts the whole intact chain and reports progress per chunk', async () => {
    const progress: number[] = [];
    const verdict = await verifyAuditChain(db, tail, (checked) => progress.push(checked));
    expect(verdict).toEqual({ ok: true, count: EVENTS, head: tail });
    expect(progress).toEqual([10_000, 20_000, 25_000]);
  });

  it('finds an edited event in the third chunk', async () => {
    await db.auditEvents.update('e20005', { detail: '改过' });
    expect(await verifyAuditChain(db, tail)).toMatchObject({
      ok: false,
      reason: 'hash',
      seq: 20_005,
      eventId: 'e20005',
    });
  });

  it('finds a deleted event at a chunk boundary (the next one no longer links)', async () => {
    await db.auditEvents.delete('e10000');
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      reason: 'link',
      seq: 10_001,
    });
  });

  it('finds a cut-off tail only with the head kept outside', async () => {
    await db.auditEvents
      .where('seq')
      .above(EVENTS - 3)
      .delete();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: EVENTS - 3 });
    expect(await verifyAuditChain(db, tail)).toMatchObject({
      ok: false,
      reason: 'truncated',
      seq: EVENTS - 2,
    });
  });
});
