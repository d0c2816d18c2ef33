// Only version 1 exists so far. This test drives the harness the way every later version
// will: a database written by a build that knew only the older versions (here: a raw Dexie
// declaring v1 alone, i.e. what the first release writes) is opened by the current AppDb,
// every record survives, and the indexes the screens rely on answer.
import { describe, expect, it } from 'vitest';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import { expectSurvived, upgradeFrom } from './migration-harness';
import type { Client } from '../../../shared/domain/types';
import { sampleSummaries } from '../../support/sample-summaries';

describe('migrations', () => {
  it('opens a v1 database written by an older build with every record intact', async () => {
    const a = generateSampleAgency({ clients: 50, seed: 3, today: '2025-06-01' });
    const summaries = sampleSummaries(a);
    const fixture = {
      staff: a.staff,
      clients: a.clients,
      vehicles: a.vehicles,
      policies: a.policies,
      clientSummaries: summaries,
      settings: [{ id: 'app', locale: 'zh-CN', tiers: [{ name: 'd30', daysBefore: 30 }] }],
      auditEvents: [
        {
          id: 'e1',
          at: '2025-01-01T00:00:00.000Z',
          actor: 'x',
          action: 'create',
          entity: 'client',
          entityId: a.clients[0]?.id,
        },
      ],
    };
    const { db } = await upgradeFrom([{ version: 1, stores: V1_STORES }], fixture);
    expect(db.verno).toBeGreaterThanOrEqual(1);
    // v3 stamps the chain fields (seq, prevHash, hash) onto audit events; all else unchanged.
    await expectSurvived(db, fixture, (table, before, after) =>
      table === 'auditEvents' ? expect(after).toMatchObject(before) : expect(after).toEqual(before),
    );
    const first = a.clients[0];
    // v7 dropped the clear name and phone indexes: the rows themselves are still as written.
    const rows = (await db.clients.toArray()) as unknown as Client[];
    expect(rows.filter((c) => c.name === '张三')).toHaveLength(1);
    expect(rows.filter((c) => c.phones.includes(first?.phones[0] as string))).toHaveLength(1);
    const soonest = await db.clientSummaries.orderBy('nextExpiry').first();
    expect(soonest?.nextExpiry).toBe([...summaries].map((s) => s.nextExpiry).sort()[0]);
    const p = a.policies[0];
    expect(
      await db.policies
        .where('[insurer+policyNo]')
        .equals([p?.insurer as string, p?.policyNo as string])
        .count(),
    ).toBe(1);
    db.close();
  });
});
