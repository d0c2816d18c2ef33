import { describe, expect, it } from 'vitest';
import {
  GUARDED_ACTIONS,
  can,
  complaintSubject,
  exportNeedsReason,
  taskSubject,
} from '../../../../shared/domain/identity/abilities';
import type { StaffRole } from '../../../../shared/domain/types';

// The whole table, role × guarded action, written out so a changed rule shows up here.
const EXPECTED: Record<string, Record<StaffRole, boolean>> = {
  'read:Task': { owner: true, manager: true, staff: false },
  'logOutcome:Task': { owner: true, manager: true, staff: false },
  'reassign:Case': { owner: true, manager: true, staff: false },
  'export:Data': { owner: true, manager: true, staff: false },
  'import:Data': { owner: true, manager: true, staff: false },
  'delete:Client': { owner: true, manager: true, staff: false },
  'viewUnmasked:Pii': { owner: true, manager: true, staff: false },
  'reveal:Pii': { owner: true, manager: true, staff: true },
  'manage:Staff': { owner: true, manager: false, staff: false },
  'update:Settings': { owner: true, manager: false, staff: false },
  'read:Audit': { owner: true, manager: false, staff: false },
  'purge:Client': { owner: true, manager: false, staff: false },
  'edit:Script': { owner: true, manager: true, staff: false },
  'load:Sample': { owner: true, manager: false, staff: false },
  'read:Figures': { owner: true, manager: true, staff: false },
  'record:Feedback': { owner: true, manager: true, staff: true },
  'handle:Complaint': { owner: true, manager: true, staff: false },
  'escalate:Complaint': { owner: true, manager: true, staff: false },
  'close:Complaint': { owner: true, manager: true, staff: false },
  'update:ContactPrefs': { owner: true, manager: true, staff: true },
  'backup:Data': { owner: true, manager: false, staff: false },
  'restore:Data': { owner: true, manager: false, staff: false },
  'create:Keys': { owner: true, manager: false, staff: false },
};

describe('abilities: each role × each guarded action', () => {
  const roles: StaffRole[] = ['owner', 'manager', 'staff'];
  for (const [action, subject] of GUARDED_ACTIONS) {
    for (const role of roles) {
      const allowed = EXPECTED[`${action}:${subject}`]![role];
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} ${subject} (someone else's)`, () => {
        // For tasks "someone else's" matters: the subject is a task assigned to another person.
        // Likewise a complaint someone else handles.
        const target =
          subject === 'Task'
            ? taskSubject('other')
            : subject === 'Complaint'
              ? complaintSubject('other')
              : subject;
        expect(can({ id: 'me', role }, action, target)).toBe(allowed);
      });
    }
  }

  it('the table covers exactly the guarded actions', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      GUARDED_ACTIONS.map(([a, s]) => `${a}:${s}`).sort(),
    );
  });

  it('staff read and log outcomes on their own tasks only', () => {
    const me = { id: 'me', role: 'staff' as const };
    expect(can(me, 'read', taskSubject('me'))).toBe(true);
    expect(can(me, 'logOutcome', taskSubject('me'))).toBe(true);
    expect(can(me, 'read', taskSubject('other'))).toBe(false);
    expect(can(me, 'read', taskSubject(null))).toBe(false);
  });

  it('staff handle and escalate the complaints they handle, and close none', () => {
    const me = { id: 'me', role: 'staff' as const };
    expect(can(me, 'handle', complaintSubject('me'))).toBe(true);
    expect(can(me, 'escalate', complaintSubject('me'))).toBe(true);
    expect(can(me, 'close', complaintSubject('me'))).toBe(false);
    expect(can(me, 'handle', complaintSubject(null))).toBe(false);
  });

  it('an owner exports without a reason, a manager states one', () => {
    expect(exportNeedsReason('owner')).toBe(false);
    expect(exportNeedsReason('manager')).toBe(true);
  });
});
