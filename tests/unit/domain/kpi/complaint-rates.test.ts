import { describe, expect, it } from 'vitest';
import { complaintRates } from '../../../../shared/domain/kpi/complaint-rates';
import type { Attempt, Script } from '../../../../shared/domain/types';

const attempt = (at: string, byStaffId: string, scriptId: string | null): Attempt => ({
  at,
  channel: 'call',
  outcome: 'no_answer',
  byStaffId,
  scriptId,
  scriptVersion: scriptId ? Number(scriptId.slice(-1)) : null,
});
const complaint = (receivedAt: string, aboutStaffId: string | null, scriptId: string | null) => ({
  kind: 'complaint' as const,
  receivedAt,
  aboutStaffId,
  scriptId,
  deletedAt: null,
});
const script = (id: string, version: number): Script => ({
  id,
  templateId: 'tpl-d30-call',
  version,
  tier: 'd30',
  channel: 'call',
  title: '30天电话',
  body: '',
  current: version === 2,
  createdAt: 'x',
  updatedAt: 'x',
  updatedBy: 'x',
});

// June 2026 in China time: 2026-05-31T16:00Z is already June 1st there.
const JUNE = '2026-06-10T02:00:00.000Z';
const tasks = [
  {
    deletedAt: null,
    attempts: [
      ...Array.from({ length: 40 }, () => attempt(JUNE, 'li', 's-v1')),
      ...Array.from({ length: 10 }, () => attempt(JUNE, 'zhou', 's-v2')),
      attempt('2026-05-31T16:00:00.000Z', 'zhou', 's-v2'),
      // China time 2026-05-31 23:59: May, outside the period.
      attempt('2026-05-31T15:59:00.000Z', 'zhou', 's-v2'),
    ],
  },
];
const feedback = [
  complaint(JUNE, 'li', 's-v1'),
  complaint(JUNE, 'li', 's-v1'),
  complaint(JUNE, 'zhou', 's-v2'),
  complaint(JUNE, 'chen', null),
  // Not a complaint, or outside June, or deleted: not counted.
  { ...complaint(JUNE, 'li', 's-v1'), kind: 'praise' as const },
  complaint('2026-07-01T02:00:00.000Z', 'li', 's-v1'),
  { ...complaint(JUNE, 'li', 's-v1'), deletedAt: JUNE },
];

describe('complaints per 100 contacts', () => {
  const rates = complaintRates({
    tasks,
    feedback,
    scripts: [script('s-v1', 1), script('s-v2', 2)],
    from: '2026-06',
    to: '2026-06',
  });

  it('by staff: complaints about them per 100 of their contacts, worst first', () => {
    expect(rates.byStaff).toEqual([
      { staffId: 'zhou', contacts: 11, complaints: 1, per100: 9.09 },
      { staffId: 'li', contacts: 40, complaints: 2, per100: 5 },
      // Complaints but no contacts: shown, with no rate (no division by zero).
      { staffId: 'chen', contacts: 0, complaints: 1, per100: null },
    ]);
  });

  it('by script version: the version of the last contact before the complaint', () => {
    expect(
      rates.byScript.map((r) => [
        r.scriptId,
        r.script?.version,
        r.contacts,
        r.complaints,
        r.per100,
      ]),
    ).toEqual([
      ['s-v2', 2, 11, 1, 9.09],
      ['s-v1', 1, 40, 2, 5],
    ]);
  });

  it('an empty period has no rows; staff see only their own row', () => {
    expect(
      complaintRates({ tasks, feedback, scripts: [], from: '2025-01', to: '2025-01' }),
    ).toEqual({ byStaff: [], byScript: [] });
    const own = complaintRates({
      tasks,
      feedback,
      scripts: [],
      from: '2026-06',
      to: '2026-06',
      staffId: 'li',
    });
    expect(own.byStaff.map((r) => r.staffId)).toEqual(['li']);
    expect(own.byScript).toEqual([]);
  });
});
