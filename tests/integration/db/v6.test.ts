// v6 (the keyring): a v5 database opens with every record as it was, the keyring starts empty
// (an agency set up before keys existed gets them at the owner's next sign-in), and its indexes
// answer: a staff member's wraps, the recovery wrap, a key version.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import type { KeyringEntry } from '../../../shared/domain/types';
import {
  expectSurvived,
  schemasBefore,
  sampleAgencyTables,
  upgradeFrom,
} from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';

const OLDER = schemasBefore(6);

/** What a v5 build left: the sample agency, its plan, an owner's credential. */
function v5Fixture() {
  const tables = sampleAgencyTables({ clients: 20, seed: 6, today: TODAY, now: NOW });
  const ownerId = tables.staff[0]!.id;
  const credentials = [
    {
      id: ownerId,
      passwordHash: '$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA',
      pinHash: null,
      mustChange: false,
      updatedAt: NOW,
      updatedBy: ownerId,
    },
  ];
  return { ...tables, settings: [{ id: 'app', locale: 'zh-CN' }], credentials };
}

const wrap = (kind: 'password' | 'recovery', keyVersion: number): KeyringEntry['wrap'] => ({
  kind,
  keyVersion,
  salt: 'c2FsdA',
  kdf: kind === 'password' ? { memoryKiB: 1024, iterations: 1, parallelism: 1 } : null,
  wrapped: { pii: 'iv.ct', idx: 'iv.ct' },
});

describe('v6 migration: the keyring', () => {
  it('keeps every record, and the keyring starts empty', async () => {
    const fixture = v5Fixture();
    const { db } = await upgradeFrom(OLDER, fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.verno).toBeGreaterThanOrEqual(6);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    expect(await db.keyring.count()).toBe(0);
    db.close();
  });

  it('the new indexes answer', async () => {
    const { db } = await upgradeFrom(OLDER, { staff: [] });
    const stamp = { createdAt: NOW, updatedAt: NOW, updatedBy: 'owner-1' };
    await db.keyring.bulkAdd([
      {
        id: 'password:owner-1:1',
        kind: 'password',
        staffId: 'owner-1',
        keyVersion: 1,
        wrap: wrap('password', 1),
        ...stamp,
      },
      {
        id: 'recovery:1',
        kind: 'recovery',
        staffId: null,
        keyVersion: 1,
        wrap: wrap('recovery', 1),
        ...stamp,
      },
      {
        id: 'password:owner-1:2',
        kind: 'password',
        staffId: 'owner-1',
        keyVersion: 2,
        wrap: wrap('password', 2),
        ...stamp,
      },
    ]);
    expect(await db.keyring.where('staffId').equals('owner-1').count()).toBe(2);
    expect(await db.keyring.where('kind').equals('recovery').primaryKeys()).toEqual(['recovery:1']);
    expect(await db.keyring.where('keyVersion').equals(2).primaryKeys()).toEqual([
      'password:owner-1:2',
    ]);
    db.close();
  });
});
