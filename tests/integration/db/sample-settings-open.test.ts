import { describe, expect, it, vi } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import {
  hasSampleData,
  loadSampleData,
  removeSampleData,
} from '../../../renderer/db/repositories/sample-data-repository';
import { createWalkIn } from '../../../renderer/db/repositories/client-repository';
import { getSettings, updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { classifyOpenError, openAppDb } from '../../../renderer/db/open-db';
import { createTranslator } from '../../../shared/i18n';
import { rawDb } from '../../../renderer/db/testing/raw-db';
import { createClientSearchService } from '../../../renderer/services/search/search-service';
import { freshDb } from './fixtures';
import type { Client } from '../../../shared/domain/types';

describe('sample data', () => {
  it('loads a flagged agency in one go and removes only it', async () => {
    const db = freshDb();
    const mine = await createWalkIn(
      db,
      {
        client: { name: '真客户' },
        vehicle: { plate: '沪B88888' },
        policy: { insurer: '人保', policyNo: 'REAL1', kind: 'compulsory', endDate: '2025-10-01' },
      },
      'me',
    );
    expect(await loadSampleData(db, { today: '2025-06-01', clients: 120 })).toEqual({
      clients: 120,
    });
    expect(await hasSampleData(db)).toBe(true);
    expect(await loadSampleData(db, { today: '2025-06-01' })).toEqual({ clients: 0 });
    expect(await db.clientSummaries.count()).toBe(121);
    // v7 dropped the clear name index: the rows are still as written (no keys here).
    const rows = (await db.clients.toArray()) as unknown as Client[];
    expect(rows.filter((c) => c.name === '张三')).toHaveLength(1);
    expect(await removeSampleData(db, 'me')).toEqual({ clients: 120 });
    // Soft-deleted: the sample rows stay as tombstones (a removal that can travel), none live.
    const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
      rows.filter((r) => !r.deletedAt);
    expect(live(await db.clients.toArray()).map((c) => c.id)).toEqual([mine.client.id]);
    expect(await db.clients.count()).toBe(121);
    expect(await db.clientSummaries.count()).toBe(1);
    expect(live(await db.vehicles.toArray())).toHaveLength(1);
    expect(live(await db.policies.toArray())).toHaveLength(1);
    expect(live(await db.staff.toArray())).toHaveLength(0);
    expect(await hasSampleData(db)).toBe(false);
    // Loading it again revives the same rows (same seed, same ids): nothing clashes.
    expect(await loadSampleData(db, { today: '2025-06-01', clients: 120 })).toEqual({
      clients: 120,
    });
    expect(await db.clients.count()).toBe(121);
    expect(live(await db.clients.toArray())).toHaveLength(121);
    expect(await db.clientSummaries.count()).toBe(121);
    db.close();
  });

  it('the search service finds sample customers by each query kind and follows edits', async () => {
    const db = freshDb();
    await loadSampleData(db, { today: '2025-06-01', clients: 300 });
    const search = createClientSearchService(db);
    await search.ready;
    const zs = search.search('zs').items;
    expect(zs.some((s) => s.name === '张三')).toBe(true);
    const target = zs.find((s) => s.name === '张三');
    const phone = target?.phones[0] as string;
    const plate = target?.plates[0] as string;
    const has = (q: string) => search.search(q).items.some((s) => s.id === target?.id);
    expect(has(phone.slice(-4))).toBe(true);
    expect(has(`${plate.slice(0, 2)} ${plate.slice(2)}`)).toBe(true);
    expect(has(plate.slice(1).toLowerCase())).toBe(true);
    expect(has((target?.vins[0] as string).slice(-6))).toBe(true);
    expect(has((target?.policyNos[0] as string).slice(4, 14))).toBe(true);
    expect(has(target?.idNumber as string)).toBe(true);
    expect(has('zhangsan')).toBe(true);
    const before = search.version();
    const walk = await createWalkIn(
      db,
      {
        client: { name: '单田芳', phones: ['13900001111'] },
        vehicle: { plate: '京AD12345' },
        policy: { insurer: '大地', policyNo: 'NEW1', kind: 'compulsory', endDate: '2025-06-02' },
      },
      'me',
    );
    await vi.waitFor(() => expect(search.version()).toBeGreaterThan(before), { timeout: 10_000 });
    expect(search.search('shantianfang').items.map((s) => s.id)).toEqual([walk.client.id]);
    expect(search.search('d12345').items.map((s) => s.id)).toContain(walk.client.id);
    search.dispose();
    db.close();
  });
});

describe('settings', () => {
  it('returns defaults and merges saved changes', async () => {
    const db = freshDb();
    const s = await getSettings(db);
    expect(s.tiers.map((t) => t.daysBefore)).toEqual([30, 15, 7]);
    expect(s).toMatchObject({
      urgentDaysBefore: 3,
      lapsedDaysAfter: 30,
      mergeWindowDays: 7,
      callHours: { from: '09:00', to: '21:00' },
      textHours: { from: '08:00', to: '21:00' },
      verifyAfterMonths: 12,
      doNotContactMonths: 6,
      maxAttempts: 3,
      digestTime: '08:30',
      locale: 'zh-CN',
    });
    expect(s.lostReasons).toContain('4S店购买');
    await updateSettings(db, { maxAttempts: 5 }, 'me');
    expect((await getSettings(db)).maxAttempts).toBe(5);
    expect((await getSettings(db)).urgentDaysBefore).toBe(3);
    db.close();
  });
});

const zh = createTranslator('zh-CN');

describe('openAppDb', () => {
  const opts = () => ({ name: `open-${uuidv7()}`, dexieOptions: { indexedDB, IDBKeyRange } });

  it('opens a fresh database', async () => {
    const r = await openAppDb(opts());
    expect(r.ok).toBe(true);
    if (r.ok) r.db.close();
  });

  it('reports a database from a newer app version without touching it', async () => {
    const o = opts();
    const newerStores = [{ version: 99, stores: { clients: 'id', future: 'id' } }];
    const newer = rawDb(o.name, newerStores, { indexedDB, IDBKeyRange });
    await newer.open();
    await newer.table('clients').add({ id: 'keep-me' });
    newer.close();
    const r = await openAppDb(o);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('newer-version');
      expect(zh.text(r.error.text)).toContain('更新版本');
    }
    const again = rawDb(o.name, newerStores, { indexedDB, IDBKeyRange });
    expect(await again.table('clients').get('keep-me')).toEqual({ id: 'keep-me' });
    again.close();
  });

  it('classifies quota, blocked, missing IndexedDB and unknown failures', () => {
    const named = (name: string, message = '') => Object.assign(new Error(message), { name });
    expect(classifyOpenError(named('QuotaExceededError')).kind).toBe('quota');
    expect(classifyOpenError(named('OpenFailedError', 'x')).kind).toBe('corrupt');
    expect(
      classifyOpenError({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }).kind,
    ).toBe('quota');
    expect(classifyOpenError(named('DatabaseClosedError', 'open blocked')).kind).toBe('blocked');
    expect(classifyOpenError(named('MissingAPIError')).kind).toBe('unavailable');
    const e = classifyOpenError(named('UnknownError', 'boom'));
    expect(zh.text(e.action)).toContain('请不要删除');
    expect(e.detail).toBe('UnknownError: boom');
  });

  it('a blocked upgrade is reported as blocked after the timeout', async () => {
    const o = opts();
    // An old connection that refuses to close (no versionchange handler closes it)...
    const holder = rawDb(o.name, [{ version: 0.5, stores: { clients: 'id' } }], {
      indexedDB,
      IDBKeyRange,
    });
    holder.on('versionchange', () => false);
    await holder.open();
    const r = await openAppDb({ ...o, blockedTimeoutMs: 300 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('blocked');
    holder.close();
  });
});
