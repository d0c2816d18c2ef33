// `cli kpi <file> [--insurer NAME] [<file> ...] --today YYYY-MM-DD [--outcomes outcomes.json] --json`
// Imports the files as `cli import` does, computes the plan for that day (the app's own code,
// for the assignees), logs each outcome on that vehicle's renewal cycle whose end date is
// nearest to the outcome's time, and prints the owner's figures with the dashboard's
// definitions (shared/domain/kpi): byMonth, byInsurer, byStaff, lostReasons, load.
import { canonicalInsurer } from '../../shared/domain/import/insurer-from-title';
import { kpiPolicyOf, teamDailyCapacity } from '../../shared/domain/kpi/kpi-inputs';
import { kpiReport } from '../../shared/domain/kpi/kpi-report';
import {
  renewalStatuses,
  type KpiCase,
  type KpiOutcome,
} from '../../shared/domain/kpi/renewal-status';
import { chinaDate } from '../../shared/domain/china-date';
import { groupBy } from '../../shared/domain/collections';
import { groupPolicyCycles, type PolicyCycle } from '../../shared/domain/reminders/cases';
import { defaultSettings } from '../../shared/domain/reminders/default-settings';
import { diffDays } from '../../shared/domain/reminders/dates';
import type { Id } from '../../shared/domain/types';
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';
import { recomputePlan } from '../../renderer/services/plan/recompute-plan';
import { UsageError, parseImportArgs } from './import-command';
import { readOutcomesFile, type OutcomeEntry, type OutcomeProblem } from './kpi-outcomes';
import { importFilesIntoDb, openMemoryDb } from './shared';

export function parseKpiArgs(argv: string[]): {
  rest: string[];
  today: string;
  outcomesFile: string | null;
} {
  const rest: string[] = [];
  let today: string | null = null;
  let outcomesFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--today') today = argv[++i] ?? null;
    else if (arg === '--outcomes') outcomesFile = argv[++i] ?? '';
    else rest.push(arg);
  }
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError('请用 --today YYYY-MM-DD 给出统计日期，例如：--today 2026-06-01');
  }
  if (outcomesFile === '')
    throw new UsageError('--outcomes 需要给出结果文件，例如：--outcomes outcomes.json');
  return { rest, today, outcomesFile };
}

/** The cycle of the vehicle whose end date is nearest to the day of the outcome. */
function nearestCycle(cycles: readonly PolicyCycle[], at: string): PolicyCycle | undefined {
  const day = chinaDate(new Date(at));
  let best: PolicyCycle | undefined;
  for (const c of cycles) {
    if (!best || Math.abs(diffDays(day, c.endDate)) < Math.abs(diffDays(day, best.endDate)))
      best = c;
  }
  return best;
}

function closingOutcome(e: OutcomeEntry): KpiOutcome | null {
  if (e.outcome !== 'renewed' && e.outcome !== 'lost') return null;
  return {
    outcome: e.outcome,
    at: e.at,
    reason: e.reason,
    insurer: e.insurer ? (canonicalInsurer(e.insurer) ?? e.insurer) : null,
    premium: e.premium,
  };
}

export async function runKpiCommand(argv: string[], lang: Lang = DEFAULT_LANG): Promise<unknown> {
  const { rest, today, outcomesFile } = parseKpiArgs(argv);
  const { files } = parseImportArgs(rest);
  const outcomes = outcomesFile
    ? await readOutcomesFile(outcomesFile)
    : { entries: [], problems: [] as OutcomeProblem[] };
  const db = openMemoryDb();
  try {
    const imported = await importFilesIntoDb(db, files, createTranslator(lang));
    const now = new Date(`${today}T09:00:00+08:00`).toISOString();
    await recomputePlan(db, { today, now, actor: 'cli', lang });
    const settings = defaultSettings();
    const [policies, vehicles, cases, staff] = await Promise.all([
      db.policies.filter((p) => !p.deletedAt).toArray(),
      db.vehicles.filter((v) => !v.deletedAt).toArray(),
      db.cases.toArray(),
      db.staff.toArray(),
    ]);
    const staffName = new Map(staff.map((s) => [s.id, s.name]));
    const assigneeOfPolicy = new Map<Id, string>();
    for (const c of cases) {
      const name = c.assigneeId ? staffName.get(c.assigneeId) : undefined;
      if (name) for (const id of c.policyIds) assigneeOfPolicy.set(id, name);
    }

    const cyclesOf = new Map<Id, PolicyCycle[]>();
    for (const [vehicleId, list] of groupBy(policies, (p) => p.vehicleId))
      cyclesOf.set(vehicleId, groupPolicyCycles(list, settings.mergeWindowDays));
    const vehicleByVin = new Map(vehicles.filter((v) => v.vin).map((v) => [v.vin as string, v]));

    const outcomesOf = new Map<PolicyCycle, KpiOutcome[]>();
    const problems: OutcomeProblem[] = [...outcomes.problems];
    for (const e of outcomes.entries) {
      const vehicle = vehicleByVin.get(e.vin);
      const cycle = vehicle && nearestCycle(cyclesOf.get(vehicle.id) ?? [], e.at);
      if (!cycle) {
        problems.push({
          entry: e.index,
          code: 'unknown_vehicle',
          message: `第 ${e.index} 项的车架号 ${e.vin} 不在导入的清单中`,
        });
        continue;
      }
      const closing = closingOutcome(e);
      if (closing) {
        const list = outcomesOf.get(cycle);
        if (list) list.push(closing);
        else outcomesOf.set(cycle, [closing]);
      }
    }

    const kpiCases: KpiCase[] = [...cyclesOf.values()].flat().map((cycle) => {
      const first = cycle.policies[0];
      const assigned = cycle.policies.map((p) => assigneeOfPolicy.get(p.id)).find(Boolean);
      return {
        policyIds: cycle.policies.map((p) => p.id),
        outcomes: outcomesOf.get(cycle) ?? [],
        staff: assigned ?? first?.staffName?.trim() ?? null,
      };
    });
    const kpiPolicies = policies.map(kpiPolicyOf);
    const dailyCapacity = teamDailyCapacity(staff);
    const report = kpiReport(renewalStatuses(kpiPolicies, kpiCases, today), {
      today,
      dailyCapacity,
      calendar: settings,
    });
    return {
      today,
      ...report,
      problems: problems.sort((a, b) => a.entry - b.entry),
      files: imported.files.map((f) => ({ file: f.file, counts: f.counts, error: f.error })),
    };
  } finally {
    db.close();
  }
}
