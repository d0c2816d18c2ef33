// v5 (facts, not scans): a v4 database opens with every record as it was, the cases already
// closed get their facts (an agency's history is kept), open ones get none, and the new indexes
// answer: facts by month, state and assignee; policies and cases by updatedAt; roll-ups by month.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import type { RenewalCase } from '../../../shared/domain/types';
import {
  expectSurvived,
  schemasBefore,
  sampleAgencyTables,
  upgradeFrom,
} from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';
const OLDER = schemasBefore(5);

/** What a v4 build left: the sample agency and its plan, three of its cases closed by then. */
function v4Fixture() {
  const tables = sampleAgencyTables({ clients: 30, seed: 5, today: TODAY, now: NOW });
  const closed: Partial<RenewalCase>[] = [
    { state: 'lost', lostReason: '价格', closedAt: NOW },
    { state: 'renewed', renewedInsurer: '平安', renewedPremium: 3000, closedAt: NOW },
    { state: 'lapsed', closedAt: NOW },
  ];
  const cases = tables.cases.map((c, i) => (closed[i] ? { ...c, ...closed[i] } : c));
  // A removed case carries no fact even when closed.
  if (cases[3]) cases[3] = { ...cases[3], state: 'lost', closedAt: NOW, deletedAt: NOW };
  return { ...tables, cases, settings: [{ id: 'app', locale: 'zh-CN' }] };
}

describe('v5 migration: case facts', () => {
  it('keeps every record and builds the facts of the cases already closed', async () => {
    const fixture = v4Fixture();
    expect(fixture.cases.length).toBeGreaterThan(4);
    const { db } = await upgradeFrom(OLDER, fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    const facts = await db.caseFacts.toArray();
    const [lost, renewed, lapsed] = fixture.cases;
    expect(facts.map((f) => f.id).sort()).toEqual([lost!.id, renewed!.id, lapsed!.id].sort());
    expect(await db.caseFacts.get(lost!.id)).toMatchObject({
      state: 'lost',
      lostReason: '价格',
      month: lost!.endDate.slice(0, 7),
      assigneeId: lost!.assigneeId ?? null,
    });
    expect(await db.caseFacts.get(renewed!.id)).toMatchObject({
      state: 'renewed',
      closedBy: 'outcome',
      renewedInsurer: '平安',
      renewedPremium: 3000,
    });
    const lapsedFact = await db.caseFacts.get(lapsed!.id);
    expect(lapsedFact?.state).toBe('lapsed');
    expect(lapsedFact?.lines.map((l) => l.policyId).sort()).toEqual([...lapsed!.policyIds].sort());
    db.close();
  });

  it('the new indexes answer', async () => {
    const fixture = v4Fixture();
    const { db } = await upgradeFrom(OLDER, fixture);
    const [lost] = fixture.cases;
    const month = lost!.endDate.slice(0, 7);
    expect(await db.caseFacts.where('month').equals(month).count()).toBeGreaterThan(0);
    expect(await db.caseFacts.where('state').equals('lost').count()).toBe(1);
    const policyStamp = fixture.policies[0]!.updatedAt;
    expect(await db.policies.where('updatedAt').aboveOrEqual(policyStamp).count()).toBe(
      fixture.policies.filter((p) => p.updatedAt >= policyStamp).length,
    );
    expect(await db.cases.where('updatedAt').aboveOrEqual(NOW).count()).toBe(
      fixture.cases.filter((c) => c.updatedAt >= NOW).length,
    );
    await db.kpiRollups.put({ month: '2026-01', groups: [] });
    expect(await db.kpiRollups.get('2026-01')).toEqual({ month: '2026-01', groups: [] });
    db.close();
  });

  it('an empty v4 database upgrades with no facts', async () => {
    const { db } = await upgradeFrom(OLDER, { cases: [] });
    expect(await db.caseFacts.count()).toBe(0);
    db.close();
  });
});
