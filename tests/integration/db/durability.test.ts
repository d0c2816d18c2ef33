// Outcome and audit writes commit with strict durability (issue 11 point 6): the option is set
// on every AppDb and reaches IndexedDB with each transaction it opens.
import { IDBDatabase, IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { auditEvent, writeAudit } from '../../../renderer/db/repositories/write-context';

afterEach(() => vi.restoreAllMocks());

describe('strict durability', () => {
  it('is the app database option, and every write transaction asks IndexedDB for it', async () => {
    const db = new AppDb(`durability-${Date.now()}`, { indexedDB, IDBKeyRange });
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options,
    ).toMatchObject({ chromeTransactionDurability: 'strict' });
    // Dexie binds the connection's transaction() when it opens: spied before that.
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await db.open();
    await db.transaction('rw', db.auditEvents, () =>
      writeAudit(db, auditEvent('system', 'sign-in', 'staff', null, null)),
    );
    const writes = opened.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
    db.close();
    await db.delete();
  });
});
