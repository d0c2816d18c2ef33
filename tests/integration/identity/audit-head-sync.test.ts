// The audit chain's head kept outside the database, end to end on fake-indexeddb and the
// browser host over an in-memory localStorage: every audited commit moves the kept head, a
// chain cut short or rewritten since is reported to the owner at start (and the evidence is
// not overwritten by later writes), a crash between a commit and its append is caught up,
// and only the owner can accept the chain as it is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { ForbiddenError } from '../../../renderer/db/repositories/authorize';
import { auditHead, recordEvent } from '../../../renderer/db/repositories/audit-repository';
import {
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { AUDIT_HEAD_KEY, readWebAuditHead } from '../../../renderer/services/host/web-audit-head';
import { createWebHost } from '../../../renderer/services/host/web-host';
import {
  acceptAuditChain,
  startAuditHeadSync,
  useAuditHeadWarning,
} from '../../../renderer/services/session/audit-head-sync';
import { memoryStorage } from '../../support/memory-storage';
import { freshDb } from '../db/fixtures';

function webHost(storage = memoryStorage()) {
  const win = { localStorage: storage, navigator: { platform: 'test' } } as unknown as Window;
  return { host: createWebHost(win), storage };
}

const kept = (storage: Storage) => readWebAuditHead(storage);

/** Resolves once `check` holds (the sync works after commits, asynchronously). */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000, interval: 5 });
}

async function agency(): Promise<{ db: AppDb; owner: string; staff: string }> {
  const db = freshDb();
  const owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  const staff = (await createStaff(db, { name: '业务员', role: 'staff' }, owner)).id;
  await setStaffPassword(db, staff, 'h', owner);
  return { db, owner, staff };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  useAuditHeadWarning.getState().clear();
});

describe('audit head sync', () => {
  it('catches the host up at start, then keeps the head of every audited commit', async () => {
    const { db, owner } = await agency();
    const { host, storage } = webHost();
    stops.push(startAuditHeadSync(db, host));
    // Owner setup and staff creation happened before the sync: the start catches up.
    const atStart = await auditHead(db);
    await until(() => kept(storage).status === 'ok');
    expect(kept(storage)).toEqual({ status: 'ok', head: atStart });

    await recordEvent(db, owner, 'sign-in', 'staff', owner);
    const after = await auditHead(db);
    expect(after!.seq).toBe(atStart!.seq + 1);
    await until(
      () => JSON.stringify(kept(storage)) === JSON.stringify({ status: 'ok', head: after }),
    );
    expect(useAuditHeadWarning.getState().warning).toBeNull();
  });

  it('warns when the chain is shorter than the kept head, and never overwrites that evidence', async () => {
    const { db, owner } = await agency();
    const { host, storage } = webHost();
    const head = (await auditHead(db))!;
    storage.setItem(AUDIT_HEAD_KEY, JSON.stringify(head));
    // Someone deletes the newest event from the database.
    await db.auditEvents.where('seq').equals(head.seq).delete();
    stops.push(startAuditHeadSync(db, host));
    await until(() => useAuditHeadWarning.getState().warning !== null);
    expect(useAuditHeadWarning.getState().warning).toEqual({
      kind: 'chain-differs',
      seq: head.seq,
    });

    // New writes take the chain past the kept position; the kept head must stay as it was.
    await recordEvent(db, owner, 'sign-in', 'staff', owner);
    await recordEvent(db, owner, 'sign-in', 'staff', owner);
    expect((await auditHead(db))!.seq).toBeGreaterThan(head.seq);
    await new Promise((r) => setTimeout(r, 50));
    expect(kept(storage)).toEqual({ status: 'ok', head });
  });

  it('warns when the event at the kept position was rewritten', async () => {
    const { db } = await agency();
    const { host, storage } = webHost();
    const head = (await auditHead(db))!;
    storage.setItem(AUDIT_HEAD_KEY, JSON.stringify({ seq: head.seq, hash: 'f'.repeat(64) }));
    stops.push(startAuditHeadSync(db, host));
    await until(() => useAuditHeadWarning.getState().warning !== null);
    expect(useAuditHeadWarning.getState().warning).toEqual({
      kind: 'chain-differs',
      seq: head.seq,
    });
  });

  it('warns when the kept head cannot be read', async () => {
    const { db } = await agency();
    const { host, storage } = webHost();
    storage.setItem(AUDIT_HEAD_KEY, '{not json');
    stops.push(startAuditHeadSync(db, host));
    await until(() => useAuditHeadWarning.getState().warning !== null);
    expect(useAuditHeadWarning.getState().warning).toEqual({ kind: 'kept-head-unreadable' });
  });

  it('only the owner accepts the chain as it is; it is audited and the kept head moves on', async () => {
    const { db, owner, staff } = await agency();
    const { host, storage } = webHost();
    const head = (await auditHead(db))!;
    storage.setItem(AUDIT_HEAD_KEY, JSON.stringify({ seq: head.seq + 5, hash: head.hash }));
    stops.push(startAuditHeadSync(db, host));
    await until(() => useAuditHeadWarning.getState().warning !== null);

    await expect(acceptAuditChain(db, staff, host)).rejects.toBeInstanceOf(ForbiddenError);
    expect(useAuditHeadWarning.getState().warning).not.toBeNull();

    await acceptAuditChain(db, owner, host);
    const now = (await auditHead(db))!;
    const last = await db.auditEvents.where('seq').equals(now.seq).first();
    expect(last).toMatchObject({
      actor: owner,
      action: 'audit-head-accepted',
      detail: 'chain-differs',
    });
    expect(kept(storage)).toEqual({ status: 'ok', head: now });
    expect(useAuditHeadWarning.getState().warning).toBeNull();

    // Appends resume after the acceptance.
    await recordEvent(db, owner, 'sign-in', 'staff', owner);
    const next = (await auditHead(db))!;
    await until(
      () =>
        kept(storage).status === 'ok' &&
        (kept(storage) as { head: { seq: number } }).head.seq === next.seq,
    );
  });
});
