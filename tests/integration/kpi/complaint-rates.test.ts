// The dashboard's complaints per 100 contacts, through the figures worker's handler on
// IndexedDB: contacts are the attempts logged, complaints count against the person and the
// script version of the case's last contact; staff see only their own row.
import { describe, expect, it } from 'vitest';
import { recordFeedback } from '../../../renderer/db/repositories/feedback-repository';
import { kpiHandlers } from '../../../renderer/services/kpi/kpi-worker-handlers';
import type { Attempt } from '../../../shared/domain/types';
import { complaintDesk, taskWithContacts } from '../complaints/complaint-desk';

const NOW = '2026-06-10T02:00:00.000Z';

describe('complaint rates in the figures worker', () => {
  it('counts contacts and complaints by staff and script version for the period', async () => {
    const { db, owner, li } = await complaintDesk();
    const contact = (i: number): Attempt => ({
      at: `2026-06-0${1 + (i % 8)}T02:00:00.000Z`,
      channel: 'call',
      outcome: 'no_answer',
      byStaffId: li,
      scriptId: 'default:d30:call',
      scriptVersion: 1,
    });
    await db.tasks.add(taskWithContacts(Array.from({ length: 20 }, (_, i) => contact(i))));
    await recordFeedback(
      db,
      {
        kind: 'complaint',
        channel: 'call',
        severity: 'medium',
        text: '电话太频繁',
        clientId: 'client-1',
        caseId: 'case-1',
        aboutStaffId: li,
        handlerId: owner,
      },
      owner,
      NOW,
    );
    const handlers = kpiHandlers(async () => db);
    const args = { dbName: db.name, today: '2026-06-15', period: 'month' as const };
    const rates = await handlers.complaintRates({ ...args, actor: owner });
    expect(rates.byStaff).toEqual([{ staffId: li, contacts: 20, complaints: 1, per100: 5 }]);
    expect(rates.byScript).toEqual([
      { scriptId: 'default:d30:call', script: null, contacts: 20, complaints: 1, per100: 5 },
    ]);
    // Staff: their own row only.
    const own = await handlers.complaintRates({ ...args, actor: li });
    expect(own.byStaff.map((r) => r.staffId)).toEqual([li]);
    // Next month: nothing.
    const july = await handlers.complaintRates({ ...args, today: '2026-07-15', actor: owner });
    expect(july).toEqual({ byStaff: [], byScript: [] });
    db.close();
  });
});
