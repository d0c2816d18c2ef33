// v8 (the encrypted summary snapshot): a v7 database (customer rows sealed, summaries still
// naming everyone in the clear) opens with every record as it was and the new indexes answer;
// then the pass run at the owner's sign-in moves every summary's personal part into sealed
// chunks, including after a stop halfway and a new connection, with nothing lost or doubled:
// the summaries read back from the snapshot equal the ones the v7 build wrote.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { sealClients } from '../../../renderer/db/repositories/client-crypto';
import { encryptClearRecords } from '../../../renderer/db/repositories/encrypt-migration';
import {
  clearSummaryCount,
  sealClearSummaries,
} from '../../../renderer/db/repositories/summary-convert';
import { loadAllSummaries } from '../../../renderer/db/repositories/summary-snapshot-read';
import { setRecordKeys } from '../../../renderer/db/record-keys';
import { buildClientSummary } from '../../../shared/domain/search/summary';
import type { ClientSummary } from '../../../shared/domain/types';
import { ownerKeys, rawText, staffKeys } from '../encryption/keys';
import {
  expectSurvived,
  schemasBefore,
  sampleAgencyTables,
  upgradeFrom,
} from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';

const OLDER = schemasBefore(8);

/** What a v7 build left after its owner signed in: sealed customers, clear summaries. */
async function v7Fixture() {
  const keys = await ownerKeys();
  const tables = sampleAgencyTables({ clients: 30, seed: 8, today: TODAY, now: NOW });
  const clients = tables.clients.map((c, i) =>
    i % 3 === 0 ? { ...c, idNumber: `44010119800101${String(1000 + i)}` } : c,
  );
  const staffById = new Map(tables.staff.map((s) => [s.id, s]));
  const clientSummaries: ClientSummary[] = clients.map((c) => {
    const own = tables.vehicles.filter((v) => v.ownerId === c.id);
    const ids = new Set(own.map((v) => v.id));
    const policies = tables.policies.filter((p) => ids.has(p.vehicleId) || p.insuredId === c.id);
    return buildClientSummary(c, own, policies, staffById);
  });
  const sealed = await sealClients(keys, clients);
  return { keys, clear: clients, fixture: { ...tables, clients: sealed, clientSummaries } };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

afterEach(() => setRecordKeys(null));

describe('v8 migration: the encrypted summary snapshot', () => {
  it('keeps every record as it was and adds the chunk tables and index', async () => {
    const { fixture } = await v7Fixture();
    const { db } = await upgradeFrom(OLDER, fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.verno).toBeGreaterThanOrEqual(8);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    expect(db.clientSummaries.schema.indexes.map((i) => i.name)).toContain('chunk');
    expect(db.summaryChunks.schema.indexes.map((i) => i.name)).toContain('pending');
    expect(await db.summaryChunks.count()).toBe(0);
    // Not converted yet (that needs keys): read as before, every row still in the clear.
    expect(await clearSummaryCount(db)).toBe(fixture.clientSummaries.length);
    const { summaries } = await loadAllSummaries(db, null);
    expect(summaries.sort(byId)).toEqual([...fixture.clientSummaries].sort(byId));
    db.close();
  });

  it('moves every summary into sealed chunks at the sign-in, resumable, nothing lost', async () => {
    const { keys, clear, fixture } = await v7Fixture();
    const { db, name } = await upgradeFrom(OLDER, fixture);
    const first = await sealClearSummaries(db, keys, { batchSize: 7, stopAfterBatches: 2 });
    expect(first).toEqual({ moved: 14, complete: false });
    db.close();

    // The app closed halfway: a new connection resumes (through the sign-in's pass).
    const again = new AppDb(name, { indexedDB, IDBKeyRange });
    await again.open();
    expect(await clearSummaryCount(again)).toBe(fixture.clientSummaries.length - 14);
    const rest = await encryptClearRecords(again, keys, 'owner-1');
    expect(rest.complete).toBe(true);
    expect(await clearSummaryCount(again)).toBe(0);

    // Every summary once, with a chunk and no personal value; no chunk names anyone in the clear.
    const stored = await again.clientSummaries.toArray();
    expect(stored).toHaveLength(fixture.clientSummaries.length);
    const chunks = await again.summaryChunks.toArray();
    expect(chunks.map((c) => c.pending)).toEqual(chunks.map(() => 0));
    for (const c of clear) {
      for (const value of [c.name, ...c.phones, c.idNumber ?? ''].filter((v) => v.length > 1)) {
        expect(rawText(stored)).not.toContain(value);
        expect(rawText(chunks)).not.toContain(value);
      }
    }
    expect(stored.every((s) => typeof s.chunk === 'number' && s.name === undefined)).toBe(true);

    // Read back from the snapshot: exactly what the v7 build wrote.
    const load = await loadAllSummaries(again, keys);
    expect(load.untrusted).toEqual([]);
    expect(load.summaries.sort(byId)).toEqual([...fixture.clientSummaries].sort(byId));
    // A role without the sensitive key reads everything but the ID numbers.
    const staff = await loadAllSummaries(again, staffKeys(keys));
    expect(staff.summaries.every((s) => s.idNumber === null)).toBe(true);
    expect(staff.summaries.map((s) => s.name).sort()).toEqual(
      fixture.clientSummaries.map((s) => s.name).sort(),
    );
    // A second run finds nothing to do.
    expect(await sealClearSummaries(again, keys)).toEqual({ moved: 0, complete: true });
    again.close();
  });
});
