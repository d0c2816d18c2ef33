// Properties of the tier dates over any end date and any user holidays: a tier call lands on
// the closest working day on or before its nominal day (after it, when before would break the
// 40-day limit; never on a holiday or weekend), the urgent calls run daily up to the end, the
// lapsed call is the day after, and no call of tiers within 40 days comes earlier than 40 days
// before the end; tiers set beyond 40 days are flagged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../shared/domain/china-date';
import { isWorkingDay } from '../../../../shared/domain/reminders/calendar';
import {
  caseSchedule,
  EARLIEST_SALES_CALL_DAYS,
  validateTierSettings,
} from '../../../../shared/domain/reminders/tiers';
import { settings } from './fixtures';

// End dates from 2025 (years with a State Council notice) to 2030 (Monday-Friday fallback).
const endDateArb = fc.integer({ min: 0, max: 6 * 365 }).map((n) => addDays('2025-01-01', n));
const tierArb = fc.uniqueArray(fc.integer({ min: 4, max: 40 }), { minLength: 1, maxLength: 4 });

describe('tier dates (fast-check)', () => {
  it('each tier call is on the closest working day on or before its day, never a holiday', () => {
    fc.assert(
      fc.property(
        endDateArb,
        tierArb,
        fc.array(fc.integer({ min: 1, max: 45 }), { maxLength: 6 }),
        (end, days, holidayOffsets) => {
          const s = settings({
            tiers: days.map((d) => ({ name: `d${d}`, daysBefore: d })),
            extraHolidays: holidayOffsets.map((n) => addDays(end, -n)),
          });
          const schedule = caseSchedule(end, s);
          for (const slot of schedule.slots.filter((x) => x.kind === 'tier')) {
            const nominal = addDays(end, -Number(slot.tier.slice(1)));
            expect(isWorkingDay(slot.dueDate, s)).toBe(true);
            expect(s.extraHolidays).not.toContain(slot.dueDate);
            // Back to the closest working day, unless that breaks the 40-day limit: then
            // forward to the closest one after. Every day skipped is not a working day.
            const limit = addDays(end, -EARLIEST_SALES_CALL_DAYS);
            const forward = slot.dueDate > nominal;
            if (forward) expect(nominal >= limit).toBe(true);
            const skipped = forward
              ? { first: nominal, last: addDays(slot.dueDate, -1) }
              : { first: addDays(slot.dueDate, 1), last: nominal };
            for (let d = skipped.first; d <= skipped.last; d = addDays(d, 1)) {
              expect(isWorkingDay(d, s)).toBe(false);
            }
            if (forward) expect(slot.dueDate >= limit).toBe(true);
            // Tier calls stop where the daily urgent calls begin.
            expect(slot.dueDate < addDays(end, -s.urgentDaysBefore)).toBe(true);
          }
          const urgent = schedule.slots.filter((x) => x.kind === 'urgent').map((x) => x.dueDate);
          expect(urgent[0]).toBe(addDays(end, -s.urgentDaysBefore));
          expect(urgent.at(-1)).toBe(end);
          expect(urgent).toHaveLength(s.urgentDaysBefore + 1);
          expect(schedule.slots.at(-1)).toEqual({
            kind: 'lapsed',
            tier: 'lapsed',
            dueDate: addDays(end, 1),
          });
          // Slots in date order; the verify task before the first call, on a working day.
          const due = schedule.slots.map((x) => x.dueDate);
          expect([...due].sort()).toEqual(due);
          expect(schedule.verifyDue < (due[0] as string)).toBe(true);
          expect(isWorkingDay(schedule.verifyDue, s)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('40-day rule: with any tiers within 40 days no call comes earlier than 40 days before the end', () => {
    expect(EARLIEST_SALES_CALL_DAYS).toBe(40);
    fc.assert(
      fc.property(endDateArb, tierArb, (end, days) => {
        const s = settings({ tiers: days.map((d) => ({ name: `d${d}`, daysBefore: d })) });
        for (const slot of caseSchedule(end, s).slots.filter((x) => x.kind !== 'urgent')) {
          expect(daysBetween(slot.dueDate, end)).toBeLessThanOrEqual(EARLIEST_SALES_CALL_DAYS);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('40-day rule: a tier set beyond 40 days is flagged, one at 40 or less is not', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { maxLength: 5 }), (days) => {
        const warned = validateTierSettings({
          tiers: days.map((d) => ({ name: `d${d}`, daysBefore: d })),
        }).map((w) => w.tier);
        expect(warned).toEqual(days.filter((d) => d > 40).map((d) => `d${d}`));
      }),
    );
  });
});
