// v4 (feedback and complaints): a v3 database opens with every record as it was, a feedback row
// of the v1 shape is reshaped (not dropped) into the workflow's shape, and the new indexes
// answer: by case, handler, the person complained about, due time and who escalations went to.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { V2_STORES } from '../../../renderer/db/migrations/v2';
import { V3_STORES } from '../../../renderer/db/migrations/v3';
import { expectSurvived, sampleAgencyTables, upgradeFrom } from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';

/** What a v3 build left: the sample agency, its plan, and two feedback rows of the v1 shape. */
function v3Fixture() {
  const tables = sampleAgencyTables({ clients: 20, seed: 11, today: TODAY, now: NOW });
  const clientId = tables.clients[0]!.id;
  const stamp = { createdAt: NOW, updatedAt: NOW, updatedBy: 'staff-1' };
  const feedback = [
    {
      id: 'f-complaint',
      ...stamp,
      clientId,
      kind: 'complaint',
      channel: 'visit',
      severity: 'high',
      state: 'in_progress',
      summary: '报价与电话里说的不一致',
      resolution: null,
      resolvedAt: null,
    },
    {
      id: 'f-praise',
      ...stamp,
      clientId,
      kind: 'praise',
      channel: 'call',
      severity: 'low',
      state: 'resolved',
      summary: '小王服务很耐心',
    },
  ];
  return { ...tables, settings: [{ id: 'app', locale: 'zh-CN' }], feedback };
}

describe('v4 migration: feedback and complaints', () => {
  it('keeps every record and reshapes v1 feedback into the complaint workflow', async () => {
    const fixture = v3Fixture();
    const { db } = await upgradeFrom(
      [
        { version: 1, stores: V1_STORES },
        { version: 2, stores: V2_STORES },
        { version: 3, stores: V3_STORES },
      ],
      fixture,
    );
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    await expectSurvived(db, fixture, (table, before, after) => {
      if (table !== 'feedback') expect(after).toEqual(before);
    });
    const complaint = await db.feedback.get('f-complaint');
    expect(complaint).toMatchObject({
      kind: 'complaint',
      channel: 'in_person',
      severity: 'high',
      text: '报价与电话里说的不一致',
      state: 'investigating',
      receivedAt: NOW,
      dueAt: '2026-06-16T02:00:00.000Z',
      handlerId: null,
      aboutStaffId: null,
      escalations: [],
      escalatedTo: [],
    });
    expect(complaint).not.toHaveProperty('summary');
    expect(complaint?.history).toEqual([
      { at: NOW, by: 'staff-1', action: 'receive', from: 'received', to: 'received', note: null },
    ]);
    // Praise carries no workflow: no state (left out of the state index), no due date.
    const praise = await db.feedback.get('f-praise');
    expect(praise).toMatchObject({ kind: 'praise', text: '小王服务很耐心', state: null });
    expect(praise?.dueAt).toBeNull();
    expect(await db.feedback.where('state').equals('investigating').count()).toBe(1);
    expect(await db.feedback.where('state').equals('resolved').count()).toBe(0);
    db.close();
  });

  it('the new indexes answer', async () => {
    const { db } = await upgradeFrom(
      [
        { version: 1, stores: V1_STORES },
        { version: 2, stores: V2_STORES },
        { version: 3, stores: V3_STORES },
      ],
      { feedback: [] },
    );
    await db.feedback.add({
      id: 'k1',
      createdAt: NOW,
      updatedAt: NOW,
      updatedBy: 'mgr',
      kind: 'complaint',
      channel: 'call',
      severity: 'medium',
      text: '多收了保费',
      clientId: 'c1',
      caseId: 'v1:2026-06-30',
      policyId: null,
      aboutStaffId: 'staff-li',
      receivedAt: NOW,
      scriptId: null,
      scriptVersion: null,
      satisfaction: null,
      state: 'received',
      handlerId: 'mgr',
      dueAt: '2026-06-16T02:00:00.000Z',
      extension: null,
      resolution: null,
      rootCause: null,
      correctiveAction: null,
      history: [],
      escalations: [],
      escalatedTo: ['mgr', 'owner'],
    });
    expect(await db.feedback.where('caseId').equals('v1:2026-06-30').count()).toBe(1);
    expect(await db.feedback.where('handlerId').equals('mgr').count()).toBe(1);
    expect(await db.feedback.where('aboutStaffId').equals('staff-li').count()).toBe(1);
    expect(await db.feedback.where('escalatedTo').equals('owner').count()).toBe(1);
    expect(await db.feedback.where('dueAt').below('2026-06-17').count()).toBe(1);
    expect(await db.feedback.where('receivedAt').above('2026-05-01').count()).toBe(1);
    db.close();
  });
});
