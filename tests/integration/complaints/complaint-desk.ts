// A desk for complaint tests: the owner (赵店主), one manager (王经理) and two staff (李业务,
// 张业务), all able to sign in, on a fresh database.
import {
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import type { Attempt, Task } from '../../../shared/domain/types';
import { freshDb } from '../db/fixtures';

export async function complaintDesk() {
  const db = freshDb();
  const owner = (await setupOwner(db, { name: '赵店主', passwordHash: 'h' })).id;
  const manager = (await createStaff(db, { name: '王经理', role: 'manager' }, owner)).id;
  const li = (await createStaff(db, { name: '李业务', role: 'staff' }, owner)).id;
  const zhang = (await createStaff(db, { name: '张业务', role: 'staff' }, owner)).id;
  for (const id of [manager, li, zhang]) await setStaffPassword(db, id, 'h', owner);
  return { db, owner, manager, li, zhang };
}

/** A done task of case `case-1` carrying these contacts (attempts), as a call loop leaves it. */
export function taskWithContacts(attempts: Attempt[]): Task {
  const at = '2026-06-01T00:00:00.000Z';
  return {
    id: 't1',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'system',
    caseId: 'case-1',
    kind: 'tier',
    tier: 'd30',
    key: 'case-1:d30:2026-06-01',
    dueDate: '2026-06-01',
    status: 'done',
    attempts,
  };
}
