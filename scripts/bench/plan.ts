// npm run bench:plan — the renewal plan at agency scale: 100k policies, 30k open cases, 10
// staff. Prints figures measured side by side in this run (not a test, asserts nothing):
// plan + assignment from scratch and as a daily recompute, against a plain pass over the same
// arrays; scheduler CPU while idle with 10k items; the Today view render with 2k tasks (real
// Chromium, scripts/bench/today-view.ts).
import { availableParallelism, loadavg } from 'node:os';
import { computePlan, type PlanInput } from '../../shared/domain/reminders/plan';
import { buildReminderPlan } from '../../shared/domain/reminders/reminder-plan';
import { benchAgency, benchSettings } from './plan-data';

const TODAY = '2026-06-01';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const cpuSamples: number[] = [];
function time(fn: () => unknown): number {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuSamples.push((used.user + used.system) / 1000);
  return wall;
}

/** The Today view with about 2k due tasks in real Chromium (scripts/bench/today-view.ts). */
async function measureTodayViewRender(): Promise<number | null> {
  try {
    const { measureTodayView } = await import('./today-view');
    const r = await measureTodayView();
    console.log(
      `today view: ${r.due} tasks due (${r.tasks} in all, seeded through the repositories in ${r.seedMs.toFixed(0)} ms); query alone ${r.queryMs.toFixed(0)} ms; navigation to first task rows (to the sign-in form + sign-in press to rows), three loads: ${r.loads.map((l) => l.toFixed(0)).join(', ')} ms`,
    );
    return r.ms;
  } catch (error) {
    console.log(`today view: n/a (${String(error).split('\n')[0]})`);
    return null;
  }
}

async function measureIdleCpu(): Promise<number | null> {
  try {
    const mod = (await import('./scheduler-idle')) as {
      measureSchedulerIdleCpu?: (items?: number) => Promise<{
        cpuPercent: number;
        scheduled: number;
        baselinePercent: number;
        schedulerPercent: number;
      }>;
    };
    if (!mod.measureSchedulerIdleCpu) return null;
    const r = await mod.measureSchedulerIdleCpu(10_000);
    console.log(
      `scheduler idle: ${r.scheduled} jobs armed; cpu baseline ${r.baselinePercent}%, with scheduler ${r.schedulerPercent}%, added ${r.cpuPercent}%`,
    );
    // Below zero is measurement noise (the baseline period happened to be busier).
    return r.cpuPercent;
  } catch (error) {
    console.log(`scheduler idle: n/a (${String(error).split('\n')[0]})`);
    return null;
  }
}

async function main(): Promise<void> {
  const agency = benchAgency(TODAY);
  const settings = benchSettings();
  const input: PlanInput = {
    today: TODAY,
    now: '2026-06-01T01:00:00.000Z',
    settings,
    ...agency,
    cases: [],
    tasks: [],
  };
  let counter = 0;
  const newId = () => `t${++counter}`;

  // Baseline: one plain pass over the same arrays (group policies by vehicle, sum premiums).
  const baseline = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        const byVehicle = new Map<string, number>();
        for (const p of agency.policies)
          byVehicle.set(p.vehicleId, (byVehicle.get(p.vehicleId) ?? 0) + (p.premium ?? 0));
        const clients = new Map(agency.clients.map((c) => [c.id, c]));
        let n = 0;
        for (const v of agency.vehicles) if (clients.has(v.ownerId) && byVehicle.has(v.id)) n++;
        return n;
      }),
    ),
  );
  time(() => computePlan({ ...input, newId })); // warm-up (JIT, calendar memo)
  cpuSamples.length = 0;
  const fresh = Array.from({ length: RUNS }, () => time(() => computePlan({ ...input, newId })));
  const freshCpu = median(cpuSamples);
  const first = computePlan({ ...input, newId });
  const open = first.cases.filter((c) => c.state === 'open').length;
  const nextDay = {
    ...input,
    today: '2026-06-02',
    now: '2026-06-02T01:00:00.000Z',
    cases: first.cases,
    tasks: first.tasks,
    newId,
  };
  cpuSamples.length = 0;
  const daily = Array.from({ length: RUNS }, () => time(() => computePlan(nextDay)));
  const dailyCpu = median(cpuSamples);
  const reminder = median(
    Array.from({ length: RUNS }, () =>
      time(() => buildReminderPlan({ now: input.now, today: TODAY, settings, tasks: first.tasks })),
    ),
  );

  console.log(
    `data: ${agency.policies.length} policies, ${agency.vehicles.length} vehicles, ${open} open cases, ${first.tasks.length} tasks, ${agency.staff.length} staff`,
  );
  console.log(
    `assigned today: ${first.stats.assigned}, left for managers (capacity full): ${first.stats.unassigned}`,
  );
  console.log(`baseline plain pass: ${baseline.toFixed(1)} ms (median of ${RUNS})`);
  console.log(
    `plan + assignment from scratch: ${median(fresh).toFixed(1)} ms (median of ${RUNS}; min ${Math.min(...fresh).toFixed(1)}, max ${Math.max(...fresh).toFixed(1)}) = ${(median(fresh) / baseline).toFixed(1)}x baseline; cpu ${freshCpu.toFixed(0)} ms`,
  );
  console.log(
    `plan + assignment daily recompute: ${median(daily).toFixed(1)} ms (median of ${RUNS}) = ${(median(daily) / baseline).toFixed(1)}x baseline; cpu ${dailyCpu.toFixed(0)} ms`,
  );
  // Wall times swing with other load on the machine; the load average says how much there was.
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  console.log(`reminder plan from ${first.tasks.length} tasks: ${reminder.toFixed(1)} ms`);
  const today = await measureTodayViewRender();
  const idle = await measureIdleCpu();
  const planMs = Math.max(median(fresh), median(daily));
  console.log(
    `plan 100k: ${Math.round(planMs)} ms, today view ${today === null ? 'n/a' : `${Math.round(today)} ms`}, idle cpu ${idle === null ? 'n/a' : `${Math.max(idle, 0)}%`}`,
  );
}

await main();
