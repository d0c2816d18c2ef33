import { describe, expect, it } from 'vitest';
import { currentStaffOf } from '../../../../shared/domain/reminders/current-staff';
import { staff } from './fixtures';

describe('currentStaffOf', () => {
  const team = [staff('s1', '张三'), staff('s2', '李娜', 40, { active: false })];

  it('follows the setting while the staff member exists and is active', () => {
    expect(currentStaffOf({ currentStaffId: 's1' }, team)).toEqual({ id: 's1', stale: false });
  });

  it('no setting: everyone, nothing to say', () => {
    expect(currentStaffOf({ currentStaffId: null }, team)).toEqual({ id: null, stale: false });
    expect(currentStaffOf(undefined, team)).toEqual({ id: null, stale: false });
  });

  it('a removed staff member falls back to everyone and is reported', () => {
    expect(currentStaffOf({ currentStaffId: 'gone' }, team)).toEqual({ id: null, stale: true });
  });

  it('a deactivated or soft-deleted staff member falls back too', () => {
    expect(currentStaffOf({ currentStaffId: 's2' }, team)).toEqual({ id: null, stale: true });
    const deleted = [staff('s3', '王五', 40, { deletedAt: '2026-06-01T00:00:00.000Z' })];
    expect(currentStaffOf({ currentStaffId: 's3' }, deleted)).toEqual({ id: null, stale: true });
  });
});
