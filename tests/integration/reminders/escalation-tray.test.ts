// Escalations reach the tray: an escalated open complaint is an item of the reminder plan main
// schedules (generic text, no customer), for the person it went to; the periodic check raises a
// missed due date and plan sync pushes the new item without being asked.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { reminderPlanSchema } from '../../../shared/ipc/schemas';
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import {
  complaintStep,
  recordFeedback,
} from '../../../renderer/db/repositories/feedback-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { createClient } from '../../../renderer/db/repositories/client-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { startEscalationCheck } from '../../../renderer/services/reminders/escalation-check';
import { startPlanSync } from '../../../renderer/services/reminders/plan-sync';
import { complaintDesk } from '../complaints/complaint-desk';

const NOW = '2026-06-01T02:00:00.000Z';
const at = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function agency() {
  const { db, owner, manager, zhang } = await complaintDesk();
  const client = await createClient(db, { name: '陈大文' }, owner);
  const complaint = {
    kind: 'complaint' as const,
    channel: 'call' as const,
    text: '保费算错了，多收了三百',
    clientId: client.id,
    handlerId: zhang,
  };
  return { db, owner, manager, zhang, complaint };
}

describe('escalations in the reminder plan', () => {
  it('a high-severity complaint is a tray item for the manager, a minute after, naming no one', async () => {
    const { db, owner, manager, zhang, complaint } = await agency();
    const k = await recordFeedback(db, { ...complaint, severity: 'high' }, zhang, NOW);
    const { plan } = await recomputePlan(db, { now: NOW, today: '2026-06-01' });
    const item = plan.items.find((i) => i.kind === 'escalation');
    expect(item).toEqual({
      id: `escalation:${k.id}:manager:high_severity`,
      taskId: null,
      kind: 'escalation',
      at: '2026-06-01T02:01:00.000Z',
      title: '投诉已升级给你',
      body: '有一条严重投诉需要你跟进，请在“投诉与反馈”中查看。',
    });
    expect(JSON.stringify(plan)).not.toMatch(/陈大文|保费算错/);
    expect(reminderPlanSchema.safeParse(plan).success).toBe(true);

    // A desk set to another person's reminders does not show it; the manager's desk does.
    await updateSettings(db, { currentStaffId: zhang }, owner);
    const other = await recomputePlan(db, { now: NOW, today: '2026-06-01' });
    expect(other.plan.items.filter((i) => i.kind === 'escalation')).toEqual([]);
    await updateSettings(db, { currentStaffId: manager }, owner);
    const mine = await recomputePlan(db, { now: NOW, today: '2026-06-01', lang: 'en' });
    expect(mine.plan.items.filter((i) => i.kind === 'escalation').map((i) => i.title)).toEqual([
      'A complaint was escalated to you',
    ]);

    // Resolved: off the plan.
    await complaintStep(db, k.id, { action: 'investigate' }, zhang, NOW);
    await complaintStep(db, k.id, { action: 'resolve', resolution: '退还多收部分' }, zhang, NOW);
    const after = await recomputePlan(db, { now: NOW, today: '2026-06-01' });
    expect(after.plan.items.filter((i) => i.kind === 'escalation')).toEqual([]);
    db.close();
  });

  it('the periodic check escalates a missed due date to the owner, and plan sync pushes it', async () => {
    const { db, owner, zhang, complaint } = await agency();
    const k = await recordFeedback(db, { ...complaint, severity: 'low' }, zhang, NOW);
    const later = new Date(at(16));
    const pushed: ReminderPlan[] = [];
    const sync = startPlanSync(db, {
      clock: () => later,
      debounceMs: 20,
      dayCheckMs: 60_000,
      syncPlan: async (plan) => void pushed.push(plan),
    });
    stops.push(() => sync.stop());
    await until(() => pushed.length >= 1);
    expect(pushed.at(-1)?.items.some((i) => i.kind === 'escalation')).toBe(false);

    const stop = startEscalationCheck(db, { clock: () => later, intervalMs: 50 });
    stops.push(stop);
    await until(async () => ((await db.feedback.get(k.id))?.escalations.length ?? 0) === 2);
    const row = await db.feedback.get(k.id);
    expect(row?.escalations.map((e) => [e.level, e.reason])).toEqual([
      ['manager', 'half_time'],
      ['owner', 'overdue'],
    ]);
    expect(row?.escalations[1]?.to).toBe(owner);
    // Nobody asked for a recompute: the write announced itself.
    await until(() =>
      (pushed.at(-1)?.items ?? []).some((i) => i.id === `escalation:${k.id}:owner:overdue`),
    );
    // Ticks after that raise nothing more.
    await sleep(150);
    expect((await db.feedback.get(k.id))?.escalations).toHaveLength(2);
    db.close();
  });
});
