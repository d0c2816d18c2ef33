// Feedback and complaints in storage: recording from any channel, the complaint workflow with
// its guards (the handler never the person complained about, closing with root cause and
// corrective action, extensions by a manager), escalations by the rules and by hand (each raised
// once, to the right person, in the audit trail), and satisfaction scores.
import { describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { ForbiddenError } from '../../../renderer/db/repositories/authorize';
import { verifyAuditChain } from '../../../renderer/db/repositories/audit-repository';
import {
  complaintStep,
  escalateComplaint,
  raiseDueEscalations,
  recordFeedback,
  recordSatisfaction,
  type FeedbackInput,
} from '../../../renderer/db/repositories/feedback-repository';
import {
  listFeedback,
  openEscalationNotices,
  openEscalationsFor,
} from '../../../renderer/db/repositories/feedback-queries';
import { complaintDesk, taskWithContacts } from './complaint-desk';

const NOW = '2026-06-01T02:00:00.000Z';
const at = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();

const agency = complaintDesk;

const complaint = (over: Partial<FeedbackInput> = {}): FeedbackInput => ({
  kind: 'complaint',
  channel: 'call',
  severity: 'medium',
  text: '报价比电话里说的高',
  clientId: 'client-1',
  ...over,
});

async function audit(db: AppDb, entityId: string) {
  return (await db.auditEvents.where('entityId').equals(entityId).sortBy('seq')).map((e) =>
    `${e.actor === 'system' ? 'system' : 'person'} ${e.action} ${e.detail ?? ''}`.trim(),
  );
}

describe('recording feedback', () => {
  it('any role records feedback from any channel; suggestions and praise carry no workflow', async () => {
    const { db, li } = await agency();
    const praise = await recordFeedback(
      db,
      { ...complaint(), kind: 'praise', channel: 'wechat', severity: 'low', satisfaction: 5 },
      li,
      NOW,
    );
    expect(praise).toMatchObject({ state: null, dueAt: null, handlerId: null, history: [] });
    expect(praise.satisfaction).toEqual({ score: 5, at: NOW, by: li });
    const anonymous = await recordFeedback(
      db,
      { ...complaint(), kind: 'suggestion', clientId: null, severity: 'low' },
      li,
      NOW,
    );
    expect(anonymous.clientId).toBeNull();
    expect((await listFeedback(db)).map((f) => f.id).sort()).toEqual(
      [praise.id, anonymous.id].sort(),
    );
  });

  it('a complaint is due in 15 days and never handled by the person it is about', async () => {
    const { db, li, zhang } = await agency();
    await expect(
      recordFeedback(db, complaint({ aboutStaffId: li, handlerId: li }), zhang, NOW),
    ).rejects.toMatchObject({ code: 'handler_is_subject' });
    await expect(
      recordFeedback(db, complaint({ clientId: null, aboutStaffId: li, handlerId: zhang }), zhang),
    ).rejects.toMatchObject({ code: 'anonymous_with_staff' });
    await expect(recordFeedback(db, complaint({ text: '  ' }), zhang)).rejects.toMatchObject({
      code: 'text_required',
    });
    expect(await db.feedback.count()).toBe(0);
    const k = await recordFeedback(
      db,
      complaint({ aboutStaffId: li, handlerId: zhang }),
      zhang,
      NOW,
    );
    expect(k).toMatchObject({
      state: 'received',
      dueAt: at(15),
      handlerId: zhang,
      escalations: [],
    });
    expect(await audit(db, k.id)).toEqual(['person record complaint:medium']);
  });

  it('takes the script version of the last contact on the case before it', async () => {
    const { db, manager, zhang } = await agency();
    const contact = (day: number, scriptId: string, scriptVersion: number) => ({
      at: at(day),
      channel: 'call' as const,
      outcome: 'no_answer' as const,
      scriptId,
      scriptVersion,
      byStaffId: zhang,
    });
    await db.tasks.add(
      taskWithContacts([contact(-3, 's-v1', 1), contact(-1, 's-v2', 2), contact(2, 's-v3', 3)]),
    );
    const k = await recordFeedback(
      db,
      complaint({ caseId: 'case-1', handlerId: manager }),
      zhang,
      NOW,
    );
    expect(k).toMatchObject({ scriptId: 's-v2', scriptVersion: 2 });
  });
});

describe('the complaint workflow', () => {
  it('received → acknowledged → investigating → resolved → closed, audited step by step', async () => {
    const { db, manager, li, zhang } = await agency();
    const k = await recordFeedback(db, complaint({ aboutStaffId: li, handlerId: zhang }), li, NOW);
    await complaintStep(db, k.id, { action: 'acknowledge' }, zhang, at(1));
    await complaintStep(db, k.id, { action: 'investigate' }, zhang, at(2));
    await complaintStep(
      db,
      k.id,
      { action: 'resolve', resolution: '退还差价 120 元' },
      zhang,
      at(3),
    );
    // Closing is a manager's review, with the root cause and the corrective action.
    await expect(
      complaintStep(db, k.id, { action: 'close', rootCause: 'a', correctiveAction: 'b' }, zhang),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      complaintStep(db, k.id, { action: 'close', rootCause: '旧费率' }, manager),
    ).rejects.toMatchObject({ code: 'corrective_action_required' });
    const closed = await complaintStep(
      db,
      k.id,
      { action: 'close', rootCause: '报价用了旧费率表', correctiveAction: '报价前核对费率版本' },
      manager,
      at(4),
    );
    expect(closed).toMatchObject({
      state: 'closed',
      resolution: '退还差价 120 元',
      rootCause: '报价用了旧费率表',
      correctiveAction: '报价前核对费率版本',
    });
    expect(closed.history.map((h) => h.to)).toEqual([
      'received',
      'acknowledged',
      'investigating',
      'resolved',
      'closed',
    ]);
    expect(await audit(db, k.id)).toEqual([
      'person record complaint:medium',
      'person complaint-acknowledge received>acknowledged',
      'person complaint-investigate acknowledged>investigating',
      'person complaint-resolve investigating>resolved',
      'person complaint-close resolved>closed',
    ]);
    // A refused step writes nothing but its denial; the chain holds.
    expect(
      (await db.auditEvents.orderBy('seq').toArray()).filter((e) => e.action === 'denied'),
    ).toHaveLength(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('only the handler (or a manager) takes a step; reassigning never to the person it is about', async () => {
    const { db, manager, li, zhang } = await agency();
    const k = await recordFeedback(
      db,
      complaint({ aboutStaffId: li, handlerId: manager }),
      li,
      NOW,
    );
    await expect(complaintStep(db, k.id, { action: 'acknowledge' }, li)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      complaintStep(db, k.id, { action: 'reassign', handlerId: li }, manager),
    ).rejects.toMatchObject({ code: 'handler_is_subject' });
    expect((await db.feedback.get(k.id))?.handlerId).toBe(manager);
    const moved = await complaintStep(db, k.id, { action: 'reassign', handlerId: zhang }, manager);
    expect(moved.handlerId).toBe(zhang);
    await complaintStep(db, k.id, { action: 'acknowledge' }, zhang);
  });

  it('an extension to 30 days is a manager’s, once, with a reason', async () => {
    const { db, manager, zhang } = await agency();
    const k = await recordFeedback(db, complaint({ handlerId: zhang }), zhang, NOW);
    await expect(
      complaintStep(db, k.id, { action: 'extend', reason: '需调取录音' }, zhang),
    ).rejects.toMatchObject({ code: 'extension_needs_manager' });
    const extended = await complaintStep(
      db,
      k.id,
      { action: 'extend', reason: '需调取录音' },
      manager,
      at(1),
    );
    expect(extended.dueAt).toBe(at(30));
    expect(extended.extension).toMatchObject({ approvedBy: manager, reason: '需调取录音' });
  });

  it('satisfaction after a resolved complaint, 1 to 5', async () => {
    const { db, zhang } = await agency();
    const k = await recordFeedback(db, complaint({ handlerId: zhang }), zhang, NOW);
    await expect(recordSatisfaction(db, k.id, 4, zhang)).rejects.toMatchObject({
      code: 'satisfaction_not_now',
    });
    await complaintStep(db, k.id, { action: 'investigate' }, zhang);
    await complaintStep(db, k.id, { action: 'resolve', resolution: '已更正' }, zhang);
    await expect(recordSatisfaction(db, k.id, 6, zhang)).rejects.toMatchObject({
      code: 'satisfaction_range',
    });
    const scored = await recordSatisfaction(db, k.id, 4, zhang, at(5));
    expect(scored.satisfaction).toEqual({ score: 4, at: at(5), by: zhang });
  });
});

describe('escalation', () => {
  it('a high-severity complaint goes to a manager at once, in the same write', async () => {
    const { db, manager, li, zhang } = await agency();
    const k = await recordFeedback(
      db,
      complaint({ severity: 'high', aboutStaffId: li, handlerId: zhang }),
      li,
      NOW,
    );
    expect(k.escalations).toEqual([
      {
        level: 'manager',
        reason: 'high_severity',
        at: NOW,
        raisedAt: NOW,
        to: manager,
        by: 'system',
      },
    ]);
    expect((await openEscalationsFor(db, manager)).map((f) => f.id)).toEqual([k.id]);
    expect(await audit(db, k.id)).toEqual([
      'person record complaint:high',
      'system escalate manager:high_severity',
    ]);
  });

  it('others at half time to a manager, a missed due date to the owner, each once', async () => {
    const { db, owner, manager, zhang } = await agency();
    const k = await recordFeedback(db, complaint({ handlerId: zhang }), zhang, NOW);
    expect(await raiseDueEscalations(db, at(7))).toBe(0);
    expect(await raiseDueEscalations(db, at(7.5))).toBe(1);
    expect(await raiseDueEscalations(db, at(8))).toBe(0);
    expect(await openEscalationsFor(db, owner)).toEqual([]);
    expect(await raiseDueEscalations(db, at(16))).toBe(1);
    const row = await db.feedback.get(k.id);
    expect(
      row?.escalations.map(
        (e) =>
          `${e.level}:${e.reason}:${e.to === owner ? 'owner' : e.to === manager ? 'manager' : e.to}`,
      ),
    ).toEqual(['manager:half_time:manager', 'owner:overdue:owner']);
    expect((await openEscalationsFor(db, owner)).map((f) => f.id)).toEqual([k.id]);
    expect((await openEscalationNotices(db)).map((n) => n.id)).toEqual([
      `${k.id}:manager:half_time`,
      `${k.id}:owner:overdue`,
    ]);
    expect(await audit(db, k.id)).toEqual([
      'person record complaint:medium',
      'system escalate manager:half_time',
      'system escalate owner:overdue',
    ]);
  });

  it('a resolved complaint escalates no more and leaves the cards and the tray', async () => {
    const { db, manager, zhang } = await agency();
    const k = await recordFeedback(db, complaint({ handlerId: zhang }), zhang, NOW);
    await raiseDueEscalations(db, at(8));
    await complaintStep(db, k.id, { action: 'investigate' }, zhang);
    await complaintStep(db, k.id, { action: 'resolve', resolution: '已解决' }, zhang);
    expect(await raiseDueEscalations(db, at(20))).toBe(0);
    expect(await openEscalationsFor(db, manager)).toEqual([]);
    expect(await openEscalationNotices(db)).toEqual([]);
  });

  it('by hand: the handler sends it to a manager, then to the owner; never past the owner', async () => {
    const { db, owner, manager, zhang, li } = await agency();
    const k = await recordFeedback(db, complaint({ handlerId: zhang }), zhang, NOW);
    await expect(escalateComplaint(db, k.id, li)).rejects.toBeInstanceOf(ForbiddenError);
    const once = await escalateComplaint(db, k.id, zhang, at(1));
    expect(once.escalations.at(-1)).toMatchObject({
      level: 'manager',
      reason: 'manual',
      to: manager,
      by: zhang,
    });
    const twice = await escalateComplaint(db, k.id, zhang, at(2));
    expect(twice.escalations.at(-1)).toMatchObject({ level: 'owner', reason: 'manual', to: owner });
    await expect(escalateComplaint(db, k.id, zhang)).rejects.toMatchObject({
      code: 'not_allowed_now',
    });
  });
});
