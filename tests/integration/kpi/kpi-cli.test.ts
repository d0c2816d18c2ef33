// `cli kpi` end to end on real files: import two years of lists, log outcomes, read the figures.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKpiCommand } from '../../../scripts/cli/kpi-command';
import { UsageError } from '../../../scripts/cli/import-command';
import { monthRows } from '../../support/kpi-rows';

const HEADER =
  '保单号码,险种名称,车牌号码,车架号,被保险人,证件号码,联系电话,起保日期,保险止期,签单保费,业务员';
const A = '京A12345,LSVAM4187C2184847,张伟,110101199003071234,13812345678';
const B = '京B54321,LFV2A21K6A3006014,王芳,110101198805061244,13987654321';
const C = '京C11111,LSGPC52U06F102937,刘洋,110101197712121236,13700001111';
const LAST_YEAR = [
  // Car A: both kinds end in June; its 交强 renews from the next list, its 商业 is logged lost.
  `PDZA202511000000000001,机动车交通事故责任强制保险,${A},2025-06-21,2026-06-20,950,李娜`,
  `PDAA202511000000000002,机动车商业保险,${A},2025-06-24,2026-06-23,3100,李娜`,
  // Car B: a renewed outcome logged (the new policy is with another agency's list).
  `PDZA202511000000000003,机动车交通事故责任强制保险,${B},2025-06-09,2026-06-08,800,赵强`,
  // Car C: nothing happened: lapsed by the statistics day.
  `PDAA202511000000000004,机动车商业保险,${C},2025-05-02,2026-05-01,2000,赵强`,
];
const NEXT_YEAR = [
  `PDZA202611000000000009,机动车交通事故责任强制保险,${A},2026-06-21,2027-06-20,990,李娜`,
];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-cli-'));
  await writeFile(join(dir, 'last.csv'), [HEADER, ...LAST_YEAR].join('\n'));
  await writeFile(join(dir, 'next.csv'), [HEADER, ...NEXT_YEAR].join('\n'));
  await writeFile(
    join(dir, 'outcomes.json'),
    JSON.stringify([
      {
        vin: 'LSVAM4187C2184847',
        outcome: 'lost',
        reason: '价格太高',
        at: '2026-06-15T10:00:00+08:00',
      },
      {
        vin: 'LFV2A21K6A3006014',
        outcome: 'renewed',
        insurer: '平安',
        premium: 880,
        at: '2026-06-01T11:00:00+08:00',
      },
      { vin: 'LFV2A21K6A3006014', outcome: 'no_answer', at: '2026-05-30T11:00:00+08:00' },
      { vin: 'NOSUCHVIN00000000', outcome: 'lost', at: '2026-06-15T10:00:00+08:00' },
      { vin: 'LSVAM4187C2184847', outcome: 'forgot', at: '2026-06-15T10:00:00+08:00' },
      { vin: 'LSVAM4187C2184847', outcome: 'lost', at: '2026-06-15 10:00' },
    ]),
  );
});

const run = (today: string, withOutcomes = true) =>
  runKpiCommand([
    join(dir, 'last.csv'),
    '--insurer',
    '人保财险',
    join(dir, 'next.csv'),
    '--insurer',
    '人保财险',
    '--today',
    today,
    ...(withOutcomes ? ['--outcomes', join(dir, 'outcomes.json')] : []),
    '--json',
  ]) as Promise<{
    byMonth: Array<Record<string, unknown>>;
    byInsurer: Array<Record<string, unknown>>;
    byStaff: Array<Record<string, unknown>>;
    lostReasons: Array<Record<string, unknown>>;
    load: Array<{ weekStart: string; due: number; capacity: number }>;
    problems: Array<{ entry: number; code: string }>;
  }>;

describe('cli kpi', () => {
  it('prints the figures by month with the dashboard definitions', async () => {
    const out = await run('2026-07-20');
    const june = out.byMonth.filter((r) => r.month === '2026-06');
    expect(june).toEqual(
      monthRows(
        // month, kind, due, renewed, lost, lapsed, pending, rate, premium due, premium renewed, closed
        // 交强: car A renewed by the next list, car B renewed by its logged outcome.
        ['2026-06', 'compulsory', 2, 2, 0, 0, 0, 1, 1750, 1870, true],
        // 商业: car A's, lost (the outcome applies to every policy of its case).
        ['2026-06', 'commercial', 1, 0, 1, 0, 0, 0, 3100, 0, true],
        ['2026-06', 'all', 3, 2, 1, 0, 0, 2 / 3, 4850, 1870, true],
      ),
    );
    expect(out.byMonth.find((r) => r.month === '2026-05' && r.kind === 'all')).toMatchObject({
      due: 1,
      lapsed: 1, // 2026-05-01 + 30 days < 2026-07-20
      closed: true,
    });
    // Next year's policy is due in 2027-06 and still pending.
    expect(out.byMonth.find((r) => r.month === '2027-06' && r.kind === 'all')).toMatchObject({
      due: 1,
      pending: 1,
      rate: 0,
      closed: false,
    });
  });

  it('names each bad outcome entry and applies the rest', async () => {
    const out = await run('2026-07-20');
    expect(out.problems.map((p) => [p.entry, p.code])).toEqual([
      [4, 'unknown_vehicle'],
      [5, 'unknown_outcome'],
      [6, 'bad_date'],
    ]);
    // The lost outcome (entry 1) was applied although later entries were bad.
    expect(out.lostReasons).toEqual([{ reason: '价格太高', count: 1, premium: 3100 }]);
  });

  it('by staff and insurer, canonical insurer names', async () => {
    const out = await run('2026-07-20');
    expect(
      out.byStaff.map((r) => [r.staff, r.due, r.renewed, r.lost, r.lapsed, r.pending]),
    ).toEqual([
      ['李娜', 3, 1, 1, 0, 1],
      ['赵强', 2, 1, 0, 1, 0],
    ]);
    // The lists say 人保财险; the figures use the import's canonical name.
    expect([...new Set(out.byInsurer.map((r) => r.insurer))]).toEqual(['人保']);
  });

  it('without outcomes, a past month with no renewal is lapsed, a recent one pending', async () => {
    const out = await run('2026-07-10', false);
    const june = out.byMonth.find((r) => r.month === '2026-06' && r.kind === 'commercial');
    expect(june).toMatchObject({ due: 1, renewed: 0, lost: 0, pending: 1, rate: 0 });
    expect(out.problems).toEqual([]);
  });

  it('shows 13 weeks of load from this week with the team capacity', async () => {
    const out = await run('2027-06-01');
    expect(out.load).toHaveLength(13);
    expect(out.load[0]?.weekStart).toBe('2027-05-31');
    // Car A's 2027 交强 ends 2027-06-20: the week of Monday 2027-06-14.
    expect(out.load.find((w) => w.weekStart === '2027-06-14')?.due).toBe(1);
    // Two staff from the lists at 40 a day, five working days.
    expect(out.load[2]?.capacity).toBe(400);
  });

  it('refuses a missing --today and a bad outcomes file with a clear message', async () => {
    await expect(runKpiCommand([join(dir, 'last.csv')])).rejects.toThrow(UsageError);
    await expect(
      runKpiCommand([
        join(dir, 'last.csv'),
        '--today',
        '2026-07-01',
        '--outcomes',
        join(dir, 'last.csv'),
      ]),
    ).rejects.toThrow(/结果文件/);
  });
});
