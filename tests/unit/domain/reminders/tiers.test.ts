import { describe, expect, it } from 'vitest';
import {
  caseSchedule,
  doNotContactUntilAfterRefusal,
  isDoNotContact,
  needsVerification,
  ruleTasksForCase,
  validateTierSettings,
} from '../../../../shared/domain/reminders/tiers';
import { groupPolicyCycles } from '../../../../shared/domain/reminders/cases';
import { client, policy, settings } from './fixtures';
import { createTranslator } from '../../../../shared/i18n';

const dates = (end: string, s = settings()) =>
  Object.fromEntries(
    caseSchedule(end, s)
      .slots.filter((x) => x.kind !== 'urgent')
      .map((x) => [x.tier, x.dueDate]),
  );

describe('tier dates to the day', () => {
  it('end on a Saturday after 国庆 2026: d30 lands in the holiday and moves back to 09-30', () => {
    expect(dates('2026-10-31')).toEqual({
      d30: '2026-09-30',
      d15: '2026-10-16',
      d7: '2026-10-23', // 10-24 is a Saturday
      lapsed: '2026-11-01',
    });
  });

  it('a tier set at the 40-day limit never moves before it: Sunday 03-22 goes forward to Monday 03-23', () => {
    const s = settings({ tiers: [{ name: 'd40', daysBefore: 40 }] });
    // 2026-05-01 minus 40 days is Sunday 03-22; back to Friday 03-20 would be 42 days, a sales
    // call the regulator bars.
    expect(dates('2026-05-01', s).d40).toBe('2026-03-23');
    // A working day at the limit stays put; a day inside the limit still moves back.
    expect(dates('2026-05-04', s).d40).toBe('2026-03-25');
    const s36 = settings({ tiers: [{ name: 'd36', daysBefore: 36 }] });
    expect(dates('2026-04-27', s36).d36).toBe('2026-03-20'); // Sunday 03-22 back to Friday: 38 days
  });

  it('a tier the user set beyond the limit stays where it was put (the settings warn)', () => {
    const s = settings({ tiers: [{ name: 'd45', daysBefore: 45 }] });
    expect(dates('2026-05-06', s).d45).toBe('2026-03-20'); // Sunday 03-22 back to Friday
  });

  it('d30 inside 春节 2026 moves to the make-up Saturday 02-14', () => {
    expect(dates('2026-03-17').d30).toBe('2026-02-14');
  });

  it('month end: 03-31 minus 30 days is Sunday 03-01, moved to Saturday 02-28 (a 春节 make-up day)', () => {
    expect(dates('2026-03-31').d30).toBe('2026-02-28');
    // 2025-03-31 minus 30 is Saturday 03-01: plain weekend, back to Friday 02-28.
    expect(dates('2025-03-31').d30).toBe('2025-02-28');
  });

  it('leap year 2028 (no notice yet, Monday-Friday): 03-30 minus 30 days is 02-29', () => {
    expect(dates('2028-03-30').d30).toBe('2028-02-29');
    expect(dates('2028-03-29').d30).toBe('2028-02-28');
  });

  it('a cycle across the year change', () => {
    expect(dates('2027-01-10')).toEqual({
      d30: '2026-12-11',
      d15: '2026-12-25', // 12-26 is a Saturday
      d7: '2027-01-01', // 2027 not in the package yet: a Friday counts as working
      lapsed: '2027-01-11',
    });
  });

  it('urgent every day from 3 days before the end through the end', () => {
    const urgent = caseSchedule('2026-06-10', settings())
      .slots.filter((x) => x.kind === 'urgent')
      .map((x) => x.dueDate);
    expect(urgent).toEqual(['2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10']);
  });

  it('today’s tasks: the current call plus later ones; earlier tiers are superseded', () => {
    const schedule = caseSchedule('2026-06-30', settings());
    const keys = ruleTasksForCase('c', schedule, '2026-06-16', false).map((t) => t.key);
    expect(keys[0]).toBe('c:d15:2026-06-15');
    expect(keys).not.toContain('c:d30:2026-05-29');
    expect(keys).toContain('c:d7:2026-06-23');
    expect(keys.at(-1)).toBe('c:lapsed:2026-07-01');
  });

  it('verify task on the working day before the first tier call', () => {
    const schedule = caseSchedule('2026-10-31', settings());
    expect(schedule.verifyDue).toBe('2026-09-29');
    const tasks = ruleTasksForCase('c', schedule, '2026-09-01', true);
    expect(tasks[0]).toMatchObject({ kind: 'verify', dueDate: '2026-09-29' });
  });
});

describe('tier settings', () => {
  it('warns about a tier earlier than 40 days before the end, in Chinese and English', () => {
    const warnings = validateTierSettings(
      settings({
        tiers: [
          { name: 'd45', daysBefore: 45 },
          { name: 'd30', daysBefore: 30 },
        ],
      }),
    );
    expect(warnings).toHaveLength(1);
    const text = warnings[0]?.text;
    expect(text && createTranslator('zh-CN').text(text)).toContain('早于监管规定的 40 天');
    expect(text && createTranslator('en').text(text)).toContain('earlier than the 40-day limit');
    expect(validateTierSettings(settings())).toEqual([]);
  });
});

describe('cases, verification and do-not-contact', () => {
  it('compulsory and commercial ending 4 days apart are one case ending on the earlier date', () => {
    const cycles = groupPolicyCycles(
      [policy('a', 'v', '2026-06-14', 'commercial'), policy('b', 'v', '2026-06-10', 'compulsory')],
      7,
    );
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.endDate).toBe('2026-06-10');
    expect(cycles[0]?.policies.map((p) => p.id).sort()).toEqual(['a', 'b']);
  });

  it('ending 10 days apart (window 7) they are two cases', () => {
    const cycles = groupPolicyCycles(
      [policy('a', 'v', '2026-06-20', 'commercial'), policy('b', 'v', '2026-06-10')],
      7,
    );
    expect(cycles.map((c) => c.endDate)).toEqual(['2026-06-10', '2026-06-20']);
  });

  it('verify when last verified over 12 months ago, or the car changed owner since', () => {
    const s = settings();
    expect(
      needsVerification(client('c', { lastVerifiedOn: '2025-06-01' }), undefined, '2026-06-01', s),
    ).toBe(false);
    expect(
      needsVerification(client('c', { lastVerifiedOn: '2025-06-01' }), undefined, '2026-06-02', s),
    ).toBe(true);
    const sold = {
      ownerHistory: [{ clientId: 'old', name: '旧车主', from: null, to: '2026-01-05' }],
    };
    expect(
      needsVerification(client('c', { lastVerifiedOn: '2025-12-01' }), sold, '2026-02-01', s),
    ).toBe(true);
    expect(
      needsVerification(client('c', { lastVerifiedOn: '2026-01-10' }), sold, '2026-02-01', s),
    ).toBe(false);
  });

  it('do-not-contact: the flag, or a refusal until a date (6 months, month-end clamped)', () => {
    expect(isDoNotContact(client('c', { doNotContact: true }), '2026-01-01')).toBe(true);
    expect(isDoNotContact(client('c', { doNotContactUntil: '2026-03-01' }), '2026-02-28')).toBe(
      true,
    );
    expect(isDoNotContact(client('c', { doNotContactUntil: '2026-03-01' }), '2026-03-01')).toBe(
      false,
    );
    expect(doNotContactUntilAfterRefusal('2026-08-31', settings())).toBe('2027-02-28');
    expect(doNotContactUntilAfterRefusal('2027-08-31', settings())).toBe('2028-02-29');
  });
});
