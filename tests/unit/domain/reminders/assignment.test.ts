import { describe, expect, it } from 'vitest';
import { assignCases, isOverdueFlagged } from '../../../../shared/domain/reminders/assignment';
import { candidate, settings, staff } from './fixtures';
import { createTranslator } from '../../../../shared/i18n';
import type { TextRef } from '../../../../shared/i18n/text-ref';

const zh = (ref: TextRef | undefined) => (ref ? createTranslator('zh-CN').text(ref) : '');
const en = (ref: TextRef | undefined) => (ref ? createTranslator('en').text(ref) : '');

describe('assignment', () => {
  it('capacity respected, counting open load; overflow left for the manager', () => {
    const result = assignCases(
      Array.from({ length: 10 }, (_, i) => candidate(`c${i}`)),
      [staff('a', '甲', 3), staff('b', '乙', 4)],
      new Map([['b', 2]]),
    );
    const count = (id: string | null) => result.filter((r) => r.staffId === id).length;
    expect(count('a')).toBe(3);
    expect(count('b')).toBe(2);
    expect(count(null)).toBe(5);
    expect(zh(result.find((r) => r.staffId === null)?.reason)).toContain('已满');
    expect(en(result.find((r) => r.staffId === null)?.reason)).toContain('Everyone is full');
  });

  it('urgency first: urgent, then days to expiry, then premium', () => {
    const result = assignCases(
      [
        candidate('late', { daysToExpiry: 25 }),
        candidate('rich', { daysToExpiry: 10, premium: 9000 }),
        candidate('poor', { daysToExpiry: 10, premium: 100 }),
        candidate('urgent', { urgent: true, daysToExpiry: 2 }),
      ],
      [staff('a', '甲', 3)],
      new Map(),
    );
    expect(result.map((r) => [r.caseId, r.staffId])).toEqual([
      ['urgent', 'a'],
      ['rich', 'a'],
      ['poor', 'a'],
      ['late', null],
    ]);
  });

  it('continuity: last cycle’s handler, then the 业务员 named in the import, if they have room', () => {
    const team = [staff('a', '甲', 2), staff('b', '乙', 2), staff('c', '丙', 2)];
    const result = assignCases(
      [
        candidate('1', { previousAssigneeId: 'b', daysToExpiry: 1 }),
        candidate('2', { importStaffName: '丙', daysToExpiry: 2 }),
        candidate('3', { previousAssigneeId: 'b', daysToExpiry: 3 }),
        candidate('4', { previousAssigneeId: 'b', daysToExpiry: 4 }),
      ],
      team,
      new Map(),
    );
    expect(result.map((r) => r.staffId)).toEqual(['b', 'c', 'b', 'a']);
    expect(zh(result[0]?.reason)).toContain('延续上期负责人');
    expect(zh(result[1]?.reason)).toContain('导入名单');
    expect(zh(result[3]?.reason)).toContain('乙 今日已满');
    // The reader's language, not the one the plan ran in: no Chinese sentence in English.
    expect(en(result[3]?.reason)).toMatch(
      /^乙 is full today \(\d+\/\d+\); balanced load: assigned to /,
    );
  });

  it('fair spread by share of capacity', () => {
    const result = assignCases(
      Array.from({ length: 30 }, (_, i) => candidate(`c${String(i).padStart(2, '0')}`)),
      [staff('a', '甲', 10), staff('b', '乙', 20), staff('x', '停用', 50, { active: false })],
      new Map(),
    );
    expect(result.filter((r) => r.staffId === 'a')).toHaveLength(10);
    expect(result.filter((r) => r.staffId === 'b')).toHaveLength(20);
    expect(result.some((r) => r.staffId === 'x')).toBe(false);
  });

  it('overdue flag after settings.overdueFlagHours past the due time', () => {
    const s = settings({ overdueFlagHours: 24 });
    const task = { status: 'pending' as const, dueDate: '2026-06-01', dueAt: null };
    expect(isOverdueFlagged(task, '2026-06-02T01:00:00+08:00', s)).toBe(false);
    expect(isOverdueFlagged(task, '2026-06-02T09:01:00+08:00', s)).toBe(true);
    expect(
      isOverdueFlagged({ ...task, status: 'done' as const }, '2026-06-09T09:01:00+08:00', s),
    ).toBe(false);
  });

  it('overdue counts from when the task became known, not from a date that passed before it', () => {
    const s = settings({ overdueFlagHours: 24 });
    // A fresh import on 06-10 makes a task whose tier date (06-01) had already passed.
    const task = {
      status: 'pending' as const,
      dueDate: '2026-06-01',
      dueAt: null,
      createdAt: '2026-06-10T02:00:00.000Z',
    };
    expect(isOverdueFlagged(task, '2026-06-10T18:00:00+08:00', s)).toBe(false);
    expect(isOverdueFlagged(task, '2026-06-11T09:59:00+08:00', s)).toBe(false);
    expect(isOverdueFlagged(task, '2026-06-11T10:01:00+08:00', s)).toBe(true);
    // Made ahead of its due date: the due time counts, as before.
    const early = { ...task, createdAt: '2026-05-20T02:00:00.000Z' };
    expect(isOverdueFlagged(early, '2026-06-02T01:00:00+08:00', s)).toBe(false);
    expect(isOverdueFlagged(early, '2026-06-02T09:01:00+08:00', s)).toBe(true);
  });
});
