// Holiday data beyond the calendar (issue 9 §8): a plan that reaches a year the calendar package
// does not know, and for which the user entered nothing, says so in its warnings.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import {
  isKnownHolidayYear,
  yearsWithoutHolidayData,
} from '../../../../shared/domain/reminders/calendar';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import { client, idFactory, policy, settings, staff, vehicle } from './fixtures';

// The first year after the package's last notice (2027 with chinese-days 1.5.7); the tests keep
// meaning something when an update of the package brings that year. Asked inside each test (not
// at load), so mutation testing can tell which test reached which line of the calendar.
function years(): { unknown: number; known: number } {
  let unknown = 2026;
  while (isKnownHolidayYear(unknown)) unknown++;
  return { unknown, known: unknown - 1 };
}

function plan(endDate: string, patch: Partial<PlanInput> = {}) {
  const { known } = years();
  return computePlan({
    today: `${known}-12-20`,
    now: `${known}-12-20T01:00:00.000Z`,
    settings: settings(),
    clients: [client('c1')],
    vehicles: [vehicle('v1', 'c1')],
    policies: [policy('p1', 'v1', endDate)],
    cases: [],
    tasks: [],
    staff: [staff('s1', '张三')],
    newId: idFactory(),
    ...patch,
  });
}

describe('years without holiday data', () => {
  it('lists the years neither the package nor the user knows, once each, in order', () => {
    const { unknown, known } = years();
    expect(
      yearsWithoutHolidayData([
        `${unknown + 1}-03-01`,
        `${known}-05-01`,
        `${unknown}-02-10`,
        `${unknown}-09-01`,
      ]),
    ).toEqual([unknown, unknown + 1]);
    const own = { extraHolidays: [`${unknown}-02-06`], extraWorkdays: [] };
    expect(yearsWithoutHolidayData([`${unknown}-02-10`], own)).toEqual([]);
  });

  it('a plan whose calls reach that year warns, naming the year, in both languages', () => {
    const { unknown } = years();
    const r = plan(`${unknown}-02-15`);
    const calendar = r.warnings.filter((w) => w.text.key === 'errors:calendar.unknownYear');
    expect(calendar.map((w) => w.text.params)).toEqual([{ year: unknown }]);
    expect(createTranslator('zh-CN').text(calendar[0]!.text)).toContain(`${unknown} 年`);
    expect(createTranslator('en').text(calendar[0]!.text)).toContain(`for ${unknown}`);
  });

  it('no warning when the calls stay in known years, or the user entered that year', () => {
    const { unknown, known } = years();
    const june = { today: `${known}-06-01`, now: `${known}-06-01T01:00:00.000Z` };
    expect(plan(`${known}-12-15`, june).warnings).toEqual([]);
    // From 20 December the 14-day look-ahead itself reaches the next year.
    expect(plan(`${known}-12-31`).warnings).toHaveLength(1);
    const own = settings({ extraHolidays: [`${unknown}-02-06`] });
    expect(plan(`${unknown}-02-15`, { settings: own }).warnings).toEqual([]);
  });
});
