// Staff members. A rename refreshes the summaries of their customers (the list shows the name).
import { z } from 'zod';
import type { Id, Staff } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { refreshClientSummaries } from './client-summaries';
import { parseInput } from './schemas';
import { recordWriteTables } from './tables';
import { auditEvent, notFound, nowIso, stampNew, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';

const staffInputSchema = z.object({
  name: z.string().trim().min(1, '姓名不能为空'),
  phone: z.string().trim().nullish(),
  role: z.enum(['owner', 'manager', 'staff']).default('staff'),
  dailyCapacity: z.number().int().min(0).default(40),
  active: z.boolean().default(true),
  isSample: z.boolean().optional(),
});
export type StaffInput = z.input<typeof staffInputSchema>;

export async function listStaff(db: AppDb, opts: { activeOnly?: boolean } = {}): Promise<Staff[]> {
  const all = (await db.staff.toArray()).filter((s) => !s.deletedAt);
  return (opts.activeOnly ? all.filter((s) => s.active) : all).sort((a, b) =>
    a.name.localeCompare(b.name, 'zh-CN'),
  );
}

export async function createStaff(db: AppDb, input: StaffInput, actor: Actor): Promise<Staff> {
  await authorize(db, actor, 'manage', 'Staff');
  const data = parseInput(staffInputSchema, input, '员工');
  return db.transaction('rw', [db.staff, db.auditEvents], async () => {
    const staff: Staff = stampNew(data, actor);
    await db.staff.add(staff);
    await writeAudit(db, auditEvent(actor, 'create', 'staff', staff.id, staff.name));
    return staff;
  });
}

export async function updateStaff(
  db: AppDb,
  id: Id,
  patch: Partial<StaffInput>,
  actor: Actor,
): Promise<Staff> {
  await authorize(db, actor, 'manage', 'Staff');
  return db.transaction('rw', recordWriteTables(db), async () => {
    const before = await db.staff.get(id);
    if (!before) throw notFound('员工', 'Staff member', id);
    const data = parseInput(staffInputSchema, { ...before, ...patch }, '员工');
    const after: Staff = { ...before, ...data, updatedAt: nowIso(), updatedBy: actor };
    await db.staff.put(after);
    await writeAudit(db, auditEvent(actor, 'update', 'staff', id, Object.keys(patch).join(',')));
    if (after.name !== before.name) {
      const clientIds = await db.clients.where('staffId').equals(id).primaryKeys();
      await refreshClientSummaries(db, clientIds);
    }
    return after;
  });
}

/**
 * Staff for the 业务员 names of an import that no staff record has yet (role 'staff', 40 a
 * day, active), so its cases get assigned and scripts can name them. Runs inside the caller's
 * transaction (it must cover db.staff); returns the records it created.
 */
export async function createStaffForNames(
  db: AppDb,
  names: Iterable<string>,
  actor: Actor,
  at = nowIso(),
): Promise<Staff[]> {
  const known = new Set(
    (await db.staff.toArray()).filter((s) => !s.deletedAt).map((s) => s.name.trim()),
  );
  const wanted = new Set([...names].map((n) => n.trim()).filter((n) => n && !known.has(n)));
  const created: Staff[] = [...wanted].map((name) => ({
    ...stampNew(
      { name, phone: null, role: 'staff' as const, dailyCapacity: 40, active: true },
      actor,
      at,
    ),
  }));
  if (created.length) await db.staff.bulkAdd(created);
  return created;
}
