// `cli plan` end to end on real files: import, plan for a day, staff from the list or a file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPlanCommand } from '../../../scripts/cli/plan-command';

const HEADER =
  '保单号码,险种名称,车牌号码,车架号,被保险人,证件号码,联系电话,起保日期,保险止期,签单保费,业务员';
const ROWS = [
  'PDZA202511000000000001,机动车交通事故责任强制保险,京A12345,LSVAM4187C2184847,张伟,110101199003071234,13812345678,2025-06-21,2026-06-20,950,李娜',
  'PDAA202511000000000002,机动车商业保险,京A12345,LSVAM4187C2184847,张伟,110101199003071234,13812345678,2025-06-24,2026-06-23,3100,李娜',
  'PDZA202511000000000003,机动车交通事故责任强制保险,京B54321,LFV2A21K6A3006014,王芳,110101198805061244,13987654321,2025-06-09,2026-06-08,800,赵强',
];
const RENEWAL =
  'PDZA202611000000000009,机动车交通事故责任强制保险,京A12345,LSVAM4187C2184847,张伟,110101199003071234,13812345678,2026-06-21,2027-06-20,990,李娜';

type Output = {
  cases: Array<{
    plate: string;
    policyNos: string[];
    endDate: string;
    state: string;
    tier: string;
    dueDate: string;
    assignee: string | null;
  }>;
  counts: {
    byTier: Record<string, number>;
    byAssignee: Record<string, { cases: number; capacity: number }>;
    unassigned: number;
  };
};

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-cli-'));
  await writeFile(join(dir, 'list.csv'), [HEADER, ...ROWS].join('\n'));
  await writeFile(join(dir, 'next.csv'), [HEADER, RENEWAL].join('\n'));
  await writeFile(
    join(dir, 'staff.json'),
    JSON.stringify([
      { name: '孙丽', dailyCapacity: 1 },
      { name: '周杰', dailyCapacity: 1 },
    ]),
  );
});

/** `cli plan` on list.csv (人保财险) with `args`, as JSON. */
const plan = async (...args: string[]) =>
  (await runPlanCommand([
    join(dir, 'list.csv'),
    '--insurer',
    '人保财险',
    ...args,
    '--json',
  ])) as Output;

describe('cli plan', () => {
  it('lists open cases with work due, one case for both policies of a car, staff from the list', async () => {
    const out = await plan('--today', '2026-06-05');
    expect(out.cases).toEqual([
      expect.objectContaining({
        plate: '京B54321',
        endDate: '2026-06-08',
        tier: 'urgent',
        dueDate: '2026-06-05',
        assignee: '赵强',
        state: 'open',
      }),
      expect.objectContaining({
        plate: '京A12345',
        endDate: '2026-06-20',
        tier: 'd15',
        dueDate: '2026-06-05',
        assignee: '李娜',
      }),
    ]);
    expect(out.cases[1]?.policyNos).toHaveLength(2);
    expect(out.counts.byTier).toEqual({ urgent: 1, d15: 1 });
    expect(out.counts.byAssignee['李娜']).toEqual({ cases: 1, capacity: 40 });
  });

  it('d30 moved back over a weekend, staff from staff.json with their capacity', async () => {
    // 2026-06-20 minus 30 is Thursday 05-21; 06-08 minus 30 is Saturday 05-09, a make-up
    // working day after 劳动节 2026, so that d30 stays on 05-09 (overdue, still listed).
    const out = await plan('--today', '2026-05-21', '--staff', join(dir, 'staff.json'));
    expect(out.cases.map((c) => [c.plate, c.tier, c.dueDate])).toEqual([
      ['京B54321', 'd30', '2026-05-09'],
      ['京A12345', 'd30', '2026-05-21'],
    ]);
    // Each has capacity 1: one case each, fair spread.
    expect(out.counts.byAssignee).toEqual({
      孙丽: { cases: 1, capacity: 1 },
      周杰: { cases: 1, capacity: 1 },
    });
    expect(Object.keys(out.counts.byAssignee).sort()).toEqual(['周杰', '孙丽']);
    expect(out.counts.unassigned).toBe(0);
  });

  it('next year’s list renews the case: it is no longer listed', async () => {
    const out = await plan(join(dir, 'next.csv'), '--insurer', '人保财险', '--today', '2026-06-05');
    expect(out.cases.map((c) => c.plate)).toEqual(['京B54321']);
  });

  it('refuses a missing --today with a Chinese message', async () => {
    await expect(runPlanCommand([join(dir, 'list.csv'), '--json'])).rejects.toThrow(/--today/);
  });
});
