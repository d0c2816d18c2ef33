// Working days in mainland China: weekends and State Council holidays with their make-up
// working days (调休), from the maintained `chinese-days` package, overridden by holiday data
// the user enters for years the package does not know yet; plain Monday-Friday beyond that.
// Default import: the package is CommonJS for Node (tsx, the CLI) and ESM for Vite; both give
// the functions on the default export, only Vite also has them as named exports.
import chineseDays from 'chinese-days';
import { plusDays as addDays } from './dates';
import type { IsoDate, Settings } from '../types';

/** The user's own holiday data (Settings.extraHolidays / extraWorkdays). */
export type CalendarOverrides = Pick<Settings, 'extraHolidays' | 'extraWorkdays'>;

// Stryker disable next-line ArrayDeclaration: an entry that is not a date never matches a day
const NO_OVERRIDES: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] };

// The package answers in about a microsecond but plans ask the same few hundred dates
// hundreds of thousands of times, so answers are memoised per date.
const packageAnswers = new Map<IsoDate, boolean>();
const knownYears = new Map<number, boolean>();

/** True when `chinese-days` carries the State Council notice for `year`. */
export function isKnownHolidayYear(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    knownYears.set(year, known);
  }
  return known;
}

/**
 * Years among `dates` for which nobody knows the holidays: the package lacks the State Council
 * notice and the user has entered no holiday for that year (issue 9 §8). Plans there fall back to
 * Monday-Friday, so 春节 and 国庆 calls land on holidays; the caller must say so.
 */
export function yearsWithoutHolidayData(
  dates: Iterable<IsoDate>,
  overrides: CalendarOverrides = NO_OVERRIDES,
): number[] {
  const entered = new Set(overrides.extraHolidays.map((d) => Number(d.slice(0, 4))));
  const missing = new Set<number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    if (!isKnownHolidayYear(year) && !entered.has(year)) missing.add(year);
  }
  return [...missing].sort((a, b) => a - b);
}

function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function packageWorkday(date: IsoDate): boolean {
  let answer = packageAnswers.get(date);
  // Stryker disable next-line ConditionalExpression: asking the package again gives the same answer, only slower
  if (answer === undefined) {
    const year = Number(date.slice(0, 4));
    // Outside the package's years only weekends count (its own fallback does the same, but
    // we do not want to depend on that undocumented behaviour).
    answer = isKnownHolidayYear(year) ? chineseDays.isWorkday(date) : !isWeekend(date);
    // Stryker disable next-line CallExpression: an answer not remembered is asked again, the same
    packageAnswers.set(date, answer);
  }
  return answer;
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

// Overrides arrive as arrays in settings; a Set per settings object keeps lookups O(1).
const overrideSets = new WeakMap<CalendarOverrides, { holidays: Set<string>; work: Set<string> }>();
function sets(overrides: CalendarOverrides): { holidays: Set<string>; work: Set<string> } {
  let found = overrideSets.get(overrides);
  // Stryker disable next-line ConditionalExpression: fresh sets from the same arrays hold the same days
  if (!found) {
    found = { holidays: new Set(overrides.extraHolidays), work: new Set(overrides.extraWorkdays) };
    overrideSets.set(overrides, found);
  }
  return found;
}

/** A working day: the user's entries win, then the package's notice, then Monday-Friday. */
export function isWorkingDay(date: IsoDate, overrides: CalendarOverrides = NO_OVERRIDES): boolean {
  const user = sets(overrides);
  if (user.work.has(date)) return true;
  if (user.holidays.has(date)) return false;
  return packageWorkday(date);
}

/** `date` itself when it is a working day, else the closest working day before it. */
export function previousWorkingDay(
  date: IsoDate,
  overrides: CalendarOverrides = NO_OVERRIDES,
): IsoDate {
  let day = date;
  // The longest run of non-working days (春节 plus a weekend) is under 15 days.
  for (let i = 0; i < 60 && !isWorkingDay(day, overrides); i++) day = addDays(day, -1);
  return day;
}

/** `date` itself when it is a working day, else the closest working day after it. */
export function nextWorkingDay(
  date: IsoDate,
  overrides: CalendarOverrides = NO_OVERRIDES,
): IsoDate {
  let day = date;
  for (let i = 0; i < 60 && !isWorkingDay(day, overrides); i++) day = addDays(day, 1);
  return day;
}

/** The first working day strictly after `date` (retry "next working day"). */
export function workingDayAfter(
  date: IsoDate,
  overrides: CalendarOverrides = NO_OVERRIDES,
): IsoDate {
  return nextWorkingDay(addDays(date, 1), overrides);
}
