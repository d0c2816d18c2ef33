import { describe, expect, it } from 'vitest';
import type { PolicyResult, RenewalStatus } from '../../../../shared/domain/kpi/renewal-status';
import {
  staffPerformance,
  type PerformanceInput,
  type PerformanceTask,
} from '../../../../shared/domain/kpi/staff-performance';

const TODAY = '2026-12-10';
let n = 0;

function result(
  staff: string | null,
  status: RenewalStatus,
  premium = 1000,
  renewedPremium = 0,
): PolicyResult {
  n++;
  return {
    policy: {
      id: `p${n}`,
      vehicleId: `v${n}`,
      kind: 'commercial',
      insurer: '人保',
      endDate: '2026-12-20',
      premium,
    },
    status,
    staff,
    renewedPremium,
    renewedInsurer: null,
    lostReason: null,
  };
}

function task(staff: string | null, over: Partial<PerformanceTask> = {}): PerformanceTask {
  return {
    caseId: 'c1',
    kind: 'tier',
    dueDate: '2026-12-05',
    status: 'done',
    staff,
    attempts: [],
    ...over,
  };
}

// China time is UTC+8: 2026-12-05T15:59Z is still the 5th in China, 16:00Z is the 6th.
const at = (iso: string) => ({ at: iso });

function input(over: Partial<PerformanceInput>): PerformanceInput {
  return { today: TODAY, results: [], cases: [], tasks: [], pending: [], feedback: [], ...over };
}

describe('staffPerformance', () => {
  it('renewal rate by count and by premium from the period results', () => {
    const [row] = staffPerformance(
      input({
        results: [
          result('王芳', 'renewed', 1000, 1300),
          result('王芳', 'lost', 3000),
          result('王芳', 'pending', 1000),
        ],
      }),
    );
    expect(row).toMatchObject({
      staff: '王芳',
      due: 3,
      renewed: 1,
      premiumDue: 5000,
      premiumRenewed: 1300,
    });
    expect(row?.rate).toBeCloseTo(1 / 3);
    expect(row?.premiumRate).toBeCloseTo(1300 / 5000);
  });

  it('a tier call is on time when first tried on or before its day, in China time', () => {
    const [row] = staffPerformance(
      input({
        tasks: [
          task('王芳', { attempts: [at('2026-12-05T15:59:00Z')] }), // the 5th in China: on time
          task('王芳', { attempts: [at('2026-12-05T16:00:00Z')] }), // the 6th in China: late
          task('王芳', { attempts: [at('2026-12-07T02:00:00Z'), at('2026-12-04T02:00:00Z')] }), // first try counts
          task('王芳', { status: 'pending' }), // never tried: due, not on time
          task('王芳', { dueDate: '2026-12-11', status: 'pending' }), // not due yet: not counted
          task('王芳', { kind: 'urgent', attempts: [at('2026-12-05T02:00:00Z')] }), // not a tier call
        ],
      }),
    );
    expect(row).toMatchObject({ tierCallsDue: 4, tierCallsOnTime: 2, onTimeRate: 0.5 });
  });

  it('attempts per case counts every attempt over the cases tried at all', () => {
    const [row] = staffPerformance(
      input({
        tasks: [
          task('王芳', {
            caseId: 'a',
            attempts: [at('2026-12-01T02:00:00Z'), at('2026-12-02T02:00:00Z')],
          }),
          task('王芳', { caseId: 'a', kind: 'callback', attempts: [at('2026-12-03T02:00:00Z')] }),
          task('王芳', { caseId: 'b', attempts: [at('2026-12-03T02:00:00Z')] }),
          task('王芳', { caseId: 'c', status: 'cancelled' }), // cancelled untried: no work
        ],
      }),
    );
    expect(row).toMatchObject({ attempts: 4, attemptsPerCase: 2 });
  });

  it('overdue counts pending tasks whose day has passed, whatever the period', () => {
    const [row] = staffPerformance(
      input({
        pending: [
          { staff: '王芳', dueDate: '2026-12-09' },
          { staff: '王芳', dueDate: '2026-06-01' },
          { staff: '王芳', dueDate: TODAY }, // today is not overdue yet
        ],
      }),
    );
    expect(row?.overdue).toBe(2);
  });

  it('complaints per 100 contacts and the mean satisfaction sit next to the volume', () => {
    const attempts = Array.from({ length: 50 }, () => at('2026-12-01T02:00:00Z'));
    const [row] = staffPerformance(
      input({
        tasks: [task('王芳', { attempts })],
        feedback: [
          { staff: '王芳', complaint: true, satisfaction: null },
          { staff: '王芳', complaint: false, satisfaction: 5 },
          { staff: '王芳', complaint: true, satisfaction: 2 },
        ],
      }),
    );
    expect(row).toMatchObject({
      complaints: 2,
      complaintsPer100Contacts: 4,
      satisfaction: 3.5,
      satisfactionCount: 2,
    });
  });

  it('lists the active staff with nothing in the period as empty rows, no division by zero, unassigned last', () => {
    const rows = staffPerformance(
      input({
        staff: ['王芳', '李强'],
        results: [result(null, 'pending')],
        cases: [{ id: 'x', staff: null }],
      }),
    );
    expect(rows.map((r) => r.staff)).toEqual(['李强', '王芳', null]);
    expect(rows[0]).toMatchObject({
      cases: 0,
      rate: null,
      premiumRate: null,
      onTimeRate: null,
      attemptsPerCase: null,
      complaintsPer100Contacts: null,
      satisfaction: null,
    });
    expect(rows[2]).toMatchObject({ cases: 1, due: 1 });
  });
});
