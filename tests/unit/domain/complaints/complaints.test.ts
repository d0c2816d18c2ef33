import { describe, expect, it } from 'vitest';
import {
  applyAction,
  isOverdue,
  receiveComplaint,
  type ActionInput,
  type Complaint,
  type ComplaintErrorCode,
  type NewComplaint,
} from '../../../../shared/domain/complaints/complaint-workflow';
import {
  dueEscalations,
  escalationTarget,
  isSatisfactionScore,
  manualEscalationLevel,
  newEscalations,
} from '../../../../shared/domain/complaints/escalation';

/** The error a refused step throws: a ComplaintError with this code. */
const refused = (code: ComplaintErrorCode) => expect.objectContaining({ code });

const base: NewComplaint = {
  id: 'k1',
  clientId: 'c1',
  aboutStaffId: 'staff-li',
  handlerId: 'mgr-wang',
  channel: 'call',
  severity: 'medium',
  receivedAt: '2026-06-01T02:00:00.000Z',
  by: 'mgr-wang',
};
const act = (c: Complaint, input: Partial<ActionInput> & Pick<ActionInput, 'action'>) =>
  applyAction(c, { by: 'mgr-wang', role: 'manager', at: '2026-06-02T02:00:00.000Z', ...input });

describe('receiving a complaint', () => {
  it('is due for a decision 15 days after receipt', () => {
    const c = receiveComplaint(base);
    expect(c).toMatchObject({
      state: 'received',
      dueAt: '2026-06-16T02:00:00.000Z',
      extension: null,
    });
    expect(c.history).toHaveLength(1);
  });

  it('never goes to the staff member it is about', () => {
    expect(() => receiveComplaint({ ...base, handlerId: 'staff-li' })).toThrow(
      refused('handler_is_subject'),
    );
  });

  it('anonymous complaints are allowed but tied to no staff member', () => {
    expect(receiveComplaint({ ...base, clientId: null, aboutStaffId: null }).clientId).toBeNull();
    expect(() => receiveComplaint({ ...base, clientId: null })).toThrow(
      refused('anonymous_with_staff'),
    );
  });
});

describe('the workflow', () => {
  it('received → acknowledged → investigating → resolved → closed, with history', () => {
    let c = receiveComplaint(base);
    c = act(c, { action: 'acknowledge' });
    c = act(c, { action: 'investigate' });
    c = act(c, { action: 'resolve', resolution: '退还多收保费 120 元' });
    c = act(c, {
      action: 'close',
      rootCause: '报价单用了旧费率',
      correctiveAction: '报价前核对费率表',
    });
    expect(c.state).toBe('closed');
    expect(c.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'received>received',
      'received>acknowledged',
      'acknowledged>investigating',
      'investigating>resolved',
      'resolved>closed',
    ]);
  });

  it('closing needs the root cause and the corrective action; resolving needs the decision', () => {
    const resolved = act(act(receiveComplaint(base), { action: 'investigate' }), {
      action: 'resolve',
      resolution: '道歉并更正',
    });
    expect(() => act(resolved, { action: 'close', correctiveAction: 'x' })).toThrow(
      refused('root_cause_required'),
    );
    expect(() =>
      act(resolved, { action: 'close', rootCause: 'x', correctiveAction: '  ' }),
    ).toThrow(refused('corrective_action_required'));
    const investigating = act(receiveComplaint(base), { action: 'investigate' });
    expect(() => act(investigating, { action: 'resolve' })).toThrow(refused('resolution_required'));
  });

  it('refuses a move from the wrong state, and reopens a closed complaint', () => {
    const c = receiveComplaint(base);
    expect(() => act(c, { action: 'close', rootCause: 'a', correctiveAction: 'b' })).toThrow(
      refused('not_allowed_now'),
    );
    expect(() => act(c, { action: 'reopen' })).toThrow(refused('not_allowed_now'));
    const closed = act(
      act(act(c, { action: 'investigate' }), { action: 'resolve', resolution: 'r' }),
      {
        action: 'close',
        rootCause: 'a',
        correctiveAction: 'b',
      },
    );
    expect(act(closed, { action: 'reopen', note: '客户仍不满意' }).state).toBe('investigating');
  });

  it('an extension to 30 days needs a manager, a reason, and is granted once', () => {
    const c = receiveComplaint(base);
    expect(() => act(c, { action: 'extend', role: 'staff', reason: '需调取录音' })).toThrow(
      refused('extension_needs_manager'),
    );
    expect(() => act(c, { action: 'extend' })).toThrow(refused('reason_required'));
    const extended = act(c, { action: 'extend', reason: '需调取录音' });
    expect(extended.dueAt).toBe('2026-07-01T02:00:00.000Z');
    expect(extended.extension).toEqual({
      approvedBy: 'mgr-wang',
      at: '2026-06-02T02:00:00.000Z',
      reason: '需调取录音',
    });
    expect(() => act(extended, { action: 'extend', reason: 'again' })).toThrow(
      refused('already_extended'),
    );
  });

  it('cannot be reassigned to the staff member it is about', () => {
    const c = receiveComplaint(base);
    expect(() => act(c, { action: 'reassign', handlerId: 'staff-li' })).toThrow(
      refused('handler_is_subject'),
    );
    expect(act(c, { action: 'reassign', handlerId: 'owner-zhao' }).handlerId).toBe('owner-zhao');
  });

  it('is overdue only while open after the due time', () => {
    const c = receiveComplaint(base);
    expect(isOverdue(c, '2026-06-16T02:00:00.000Z')).toBe(false);
    expect(isOverdue(c, '2026-06-16T02:00:00.001Z')).toBe(true);
    const resolved = act(act(c, { action: 'investigate' }), { action: 'resolve', resolution: 'r' });
    expect(isOverdue(resolved, '2026-06-20T00:00:00.000Z')).toBe(false);
  });
});

describe('escalation', () => {
  it('a high-severity complaint goes to a manager at once', () => {
    const c = receiveComplaint({ ...base, severity: 'high' });
    expect(dueEscalations(c, c.receivedAt)).toEqual([
      { level: 'manager', reason: 'high_severity', at: '2026-06-01T02:00:00.000Z' },
    ]);
  });

  it('others go to a manager at half their due time (7.5 days), the owner after the due date', () => {
    const c = receiveComplaint(base);
    expect(dueEscalations(c, '2026-06-08T13:59:59.999Z')).toEqual([]);
    expect(dueEscalations(c, '2026-06-08T14:00:00.000Z')).toEqual([
      { level: 'manager', reason: 'half_time', at: '2026-06-08T14:00:00.000Z' },
    ]);
    expect(dueEscalations(c, '2026-06-16T02:00:00.001Z').map((e) => e.level)).toEqual([
      'manager',
      'owner',
    ]);
  });

  it('an extended complaint escalates at half of its new time; a resolved one never', () => {
    const extended = act(receiveComplaint(base), { action: 'extend', reason: '复杂' });
    expect(dueEscalations(extended, '2026-06-10T00:00:00.000Z')).toEqual([]);
    expect(dueEscalations(extended, '2026-06-16T02:00:00.000Z')).toEqual([
      { level: 'manager', reason: 'half_time', at: '2026-06-16T02:00:00.000Z' },
    ]);
    const resolved = act(act(receiveComplaint(base), { action: 'investigate' }), {
      action: 'resolve',
      resolution: 'r',
    });
    expect(dueEscalations(resolved, '2026-07-30T00:00:00.000Z')).toEqual([]);
  });

  it('raises each escalation once', () => {
    const c = receiveComplaint(base);
    const now = '2026-06-20T00:00:00.000Z';
    expect(newEscalations(c, [{ level: 'manager', reason: 'half_time' }], now)).toEqual([
      { level: 'owner', reason: 'overdue', at: '2026-06-16T02:00:00.000Z' },
    ]);
  });

  it('satisfaction is a whole number from 1 to 5', () => {
    expect([1, 3, 5].every(isSatisfactionScore)).toBe(true);
    expect([0, 6, 2.5, '4', null].some(isSatisfactionScore)).toBe(false);
  });
});

describe('who an escalation goes to', () => {
  const staff = [
    { id: 'owner-zhao', name: '赵店主', role: 'owner' as const, active: true },
    { id: 'mgr-wang', name: '王经理', role: 'manager' as const, active: true },
    { id: 'mgr-chen', name: '陈经理', role: 'manager' as const, active: false },
    { id: 'staff-li', name: '李业务', role: 'staff' as const, active: true },
  ];

  it('a manager’s escalation to an active manager, an owner’s to the owner', () => {
    expect(escalationTarget('manager', staff, 'staff-li')).toBe('mgr-wang');
    expect(escalationTarget('owner', staff, 'staff-li')).toBe('owner-zhao');
  });

  it('never to the manager complained about; to the owner when no manager is left', () => {
    expect(escalationTarget('manager', staff, 'mgr-wang')).toBe('owner-zhao');
    expect(escalationTarget('manager', staff.slice(0, 1), null)).toBe('owner-zhao');
    expect(escalationTarget('owner', staff.slice(1), null)).toBeNull();
  });

  it('by hand: to a manager first, then to the owner', () => {
    expect(manualEscalationLevel([])).toBe('manager');
    expect(manualEscalationLevel([{ level: 'manager' }])).toBe('owner');
  });
});
