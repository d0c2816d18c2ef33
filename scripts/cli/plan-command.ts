// `cli plan <file> [--insurer NAME] [<file> ...] --today YYYY-MM-DD [--staff staff.json] --json`
// Imports the files as `cli import` does, computes the renewal plan for that day with the
// default settings (the same code the app runs) and prints the open cases with work due,
// counts per tier, and each person's load against capacity.
import { v7 as uuidv7 } from 'uuid';
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';
import { isClosedState } from '../../shared/domain/reminders/cases';
import type { Staff, Task } from '../../shared/domain/types';
import type { AppDb } from '../../renderer/db/app-db';
import { recomputePlan } from '../../renderer/services/plan/recompute-plan';
import { UsageError, parseImportArgs } from './import-command';
import { readJsonFile } from './read-json';
import { parseDayArgs } from './day-args';
import { importFilesIntoDb, openMemoryDb } from './shared';

export const DEFAULT_CLI_CAPACITY = 40;

interface StaffEntry {
  name: string;
  dailyCapacity: number;
}

export function parsePlanArgs(argv: string[]): {
  rest: string[];
  today: string;
  staffFile: string | null;
} {
  const { rest, today, file } = parseDayArgs(argv, {
    fileOption: '--staff',
    // A bare --staff at the end reads the staff from the list, as it always has.
    missingFile: null,
    todayUsage: '请用 --today YYYY-MM-DD 给出计划日期，例如：--today 2026-06-01',
    fileUsage: '--staff 需要给出员工文件，例如：--staff staff.json',
  });
  return { rest, today, staffFile: file };
}

async function readStaffFile(path: string): Promise<StaffEntry[]> {
  const data = await readJsonFile(
    path,
    '员工文件',
    '。请提供 JSON 数组，例如 [{"name":"张三","dailyCapacity":40}]',
  );
  const list = Array.isArray(data) ? data : (data as { staff?: unknown })?.staff;
  if (!Array.isArray(list))
    throw new UsageError(`员工文件 ${path} 应是数组：[{"name":"张三","dailyCapacity":40}]`);
  return list.map((entry, i) => {
    const e = entry as Partial<StaffEntry>;
    if (typeof e.name !== 'string' || !e.name.trim())
      throw new UsageError(`员工文件 ${path} 第 ${i + 1} 项缺少 name（姓名）`);
    const cap = Number(e.dailyCapacity ?? DEFAULT_CLI_CAPACITY);
    if (!Number.isFinite(cap) || cap < 0)
      throw new UsageError(`员工文件 ${path} 第 ${i + 1} 项的 dailyCapacity 应是不小于 0 的数字`);
    return { name: e.name.trim(), dailyCapacity: cap };
  });
}

async function seedStaff(db: AppDb, entries: StaffEntry[] | null, now: string): Promise<Staff[]> {
  const fromFiles = async (): Promise<StaffEntry[]> => {
    const names = new Set<string>();
    await db.policies.each((p) => {
      if (p.staffName?.trim()) names.add(p.staffName.trim());
    });
    return [...names].sort().map((name) => ({ name, dailyCapacity: DEFAULT_CLI_CAPACITY }));
  };
  const staff: Staff[] = (entries ?? (await fromFiles())).map((e) => ({
    id: uuidv7(),
    createdAt: now,
    updatedAt: now,
    updatedBy: 'cli',
    name: e.name,
    role: 'staff',
    dailyCapacity: e.dailyCapacity,
    active: true,
  }));
  // The import already made staff (capacity 40) for the lists' 业务员; in this fresh database
  // the team is exactly staff.json (or those names at the CLI's capacity), so replace them.
  await db.staff.clear();
  await db.staff.bulkAdd(staff);
  return staff;
}

const RANK: Record<string, number> = { urgent: 0, lapsed: 0 };

/** The task that says what the case needs now: urgent/lapsed first, else the earliest due. */
function headline(tasks: Task[]): Task | undefined {
  return [...tasks].sort(
    (a, b) =>
      (RANK[a.kind] ?? 1) - (RANK[b.kind] ?? 1) ||
      a.dueDate.localeCompare(b.dueDate) ||
      (a.kind === 'verify' ? -1 : b.kind === 'verify' ? 1 : 0),
  )[0];
}

export async function runPlanCommand(argv: string[], lang: Lang = DEFAULT_LANG): Promise<unknown> {
  const { rest, today, staffFile } = parsePlanArgs(argv);
  const { files } = parseImportArgs(rest);
  const staffEntries = staffFile ? await readStaffFile(staffFile) : null;
  const db = openMemoryDb();
  try {
    const text = createTranslator(lang);
    const imported = await importFilesIntoDb(db, files, text);
    const now = new Date(`${today}T09:00:00+08:00`).toISOString();
    const staff = await seedStaff(db, staffEntries, now);
    const result = await recomputePlan(db, { today, now, actor: 'cli', lang });
    const [cases, tasks, vehicles, policies] = await Promise.all([
      db.cases.toArray(),
      db.tasks.where('status').equals('pending').toArray(),
      db.vehicles.toArray(),
      db.policies.toArray(),
    ]);
    const vehicleById = new Map(vehicles.map((v) => [v.id, v]));
    const policyById = new Map(policies.map((p) => [p.id, p]));
    const staffById = new Map(staff.map((s) => [s.id, s]));
    const dueByCase = new Map<string, Task[]>();
    for (const t of tasks) {
      if (t.dueDate > today) continue;
      dueByCase.set(t.caseId, [...(dueByCase.get(t.caseId) ?? []), t]);
    }
    const rows = [];
    const byTier: Record<string, number> = {};
    const byAssignee: Record<string, { cases: number; capacity: number }> = Object.fromEntries(
      staff.map((s) => [s.name, { cases: 0, capacity: s.dailyCapacity }]),
    );
    let unassigned = 0;
    for (const c of cases.sort(
      (a, b) => a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id),
    )) {
      const due = dueByCase.get(c.id);
      const task = due && headline(due);
      if (!task || isClosedState(c.state)) continue;
      const vehicle = vehicleById.get(c.vehicleId);
      const assignee = c.assigneeId ? (staffById.get(c.assigneeId)?.name ?? null) : null;
      rows.push({
        plate: vehicle?.plate ?? null,
        vin: vehicle?.vin ?? null,
        policyNos: c.policyIds.map((id) => policyById.get(id)?.policyNo ?? id),
        endDate: c.endDate,
        state: c.state,
        tier: task.tier,
        dueDate: task.dueDate,
        assignee,
        assignReason: c.assignReason ?? null,
        dueTiers: due.map((t) => t.tier),
      });
      byTier[task.tier] = (byTier[task.tier] ?? 0) + 1;
      const slot = assignee ? byAssignee[assignee] : undefined;
      if (slot) slot.cases++;
      else unassigned++;
    }
    return {
      today,
      cases: rows,
      counts: { total: rows.length, byTier, byAssignee, unassigned },
      warnings: result.warnings.map((w) => text.text(w.text)),
      stats: result.stats,
      files: imported.files.map((f) => ({ file: f.file, counts: f.counts, error: f.error })),
    };
  } finally {
    db.close();
  }
}
