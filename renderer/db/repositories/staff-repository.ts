// Staff members. A rename refreshes the summaries of their customers (the list shows the name).
import { z } from 'zod';
import type { Staff } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { parseInput } from './schemas';
import { recordUpdater } from './update-record';
import { auditEvent, nowIso, stampNew, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';
import { stripSensitiveWraps } from './keyring-repository';

const staffInputSchema = z.object({
  name: z.string().trim().min(1, 'nameRequired'),
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
  const data = parseInput(staffInputSchema, input, 'staff');
  return db.transaction('rw', [db.staff, db.auditEvents], async () => {
    const staff: Staff = stampNew(data, actor);
    await db.staff.add(staff);
    await writeAudit(db, auditEvent(actor, 'create', 'staff', staff.id, staff.name));
    publishPlanInputsChanged(db, ['staff']);
    return staff;
  });
}

const updateStaffRecord = recordUpdater<Staff, Partial<StaffInput>, typeof staffInputSchema>({
  entity: 'staff',
  table: (db) => db.staff,
  planInput: 'staff',
  guard: { action: 'manage', subject: 'Staff' },
  schema: staffInputSchema,
  // The list shows the staff member's name: a rename changes their customers' summaries.
  affected: async (db, before, after) =>
    after.name === before.name ? [] : db.clients.where('staffId').equals(after.id).primaryKeys(),
});

/**
 * Updates a staff member (owner only, audited). Moved to the staff role, they lose the key to
 * ID numbers from their wrap right after (sign-in repeats it, should this step not land).
 * Promoted, they get it at the owner's next reset of their password (it needs their password).
 */
export async function updateStaff(
  db: AppDb,
  id: string,
  patch: Partial<StaffInput>,
  actor: Actor,
): Promise<Staff> {
  const after = await updateStaffRecord(db, id, patch, actor);
  if (after.role === 'staff') await stripSensitiveWraps(db, after.id, actor);
  return after;
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
  if (created.length) {
    await db.staff.bulkAdd(created);
    publishPlanInputsChanged(db, ['staff']);
  }
  return created;
}
