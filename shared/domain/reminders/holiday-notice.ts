// The State Council's holiday notice, pasted as it is published (国务院办公厅关于 YYYY 年部分节假日
// 安排的通知), turned into the holidays and make-up working days Settings stores for a year the
// calendar package does not know yet (issue 9 §8). The notice's own wording is the format:
// "二、春节：2月6日（农历腊月十九，周六）至14日（农历腊月廿七，周日）放假调休，共9天。
// 2月15日（周日）、2月28日（周六）上班。" Parenthesised weekdays and lunar dates are dropped
// first (their commas would split a range); each clause then says 放假 or 上班.
import { plusDays } from './dates';
import type { IsoDate } from '../types';

export interface HolidayNotice {
  year: number | null;
  holidays: IsoDate[];
  workdays: IsoDate[];
  /**
   * Lines (1-based, as pasted) that say 放假 or 上班 and carry a date that cannot be read: an
   * impossible day (2月30日), a day without its month, or a date written another way (2/6,
   * 二月六日). The caller refuses the paste and names the first one: half a calendar is worse
   * than none, because the year would then count as known.
   */
  unread: Array<{ line: number; text: string }>;
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

function iso(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  // Stryker disable next-line ConditionalExpression: a day past the month's end (or 0) always moves the month too
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

// Dates written in a way the notice never uses: 2/6, 2-6, 2.6, or Chinese numerals (二月六日).
// Only asked whether it occurs, so one digit (one numeral) either side is enough: 12/25 holds 2/2.
const OTHER_DATE = /\d\s*[/.\-－]\s*\d|[一二三四五六七八九十〇]\s*月/;

/**
 * Dates of one clause in order, a month or year left out carried from the date before; `bad`
 * when a date in it cannot be read.
 */
function clauseDates(
  clause: string,
  year: number,
): { dates: Array<{ date: IsoDate; to: boolean }>; bad: boolean } {
  const dates: Array<{ date: IsoDate; to: boolean }> = [];
  let bad = false;
  let y = year;
  let m: number | null = null;
  for (const match of clause.matchAll(DATE)) {
    if (match[1]) y = Number(match[1]);
    if (match[2]) m = Number(match[2]);
    // Stryker disable next-line ConditionalExpression: without a month iso() gets month 0, and its check refuses the date anyway
    const date = m === null ? null : iso(y, m, Number(match[3]));
    const before = clause.slice(0, match.index).trimEnd();
    if (date) dates.push({ date, to: /[至到—~-]$/.test(before) });
    else bad = true;
  }
  // Stryker disable next-line StringLiteral: any digit-free filler in place of the dates read leaves the same other-date matches
  if (OTHER_DATE.test(clause.replace(DATE, ''))) bad = true;
  return { dates, bad };
}

/** Reads a pasted notice; `year` is taken from its title when not given. */
export function parseHolidayNotice(text: string, year?: number): HolidayNotice {
  const titleYear = /(\d{4})\s*年\s*(?:部分)?节假日/.exec(text)?.[1];
  const y = year ?? (titleYear ? Number(titleYear) : null);
  if (y === null) return { year: null, holidays: [], workdays: [], unread: [] };
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  const unread: HolidayNotice['unread'] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const plain = line.replace(/（[^）]*）|\([^)]*\)/g, '');
    let lineBad = false;
    for (const clause of plain.split(/[。；;，,]/)) {
      const work = /上班/.test(clause);
      if (!work && !/放假|休息/.test(clause)) continue;
      const { dates, bad } = clauseDates(clause, y);
      lineBad ||= bad;
      if (work) for (const d of dates) workdays.add(d.date);
      else {
        dates.forEach((d, i) => {
          const prev = dates[i - 1];
          if (d.to && prev) {
            for (let day = prev.date; day <= d.date; day = plusDays(day, 1)) holidays.add(day);
          } else holidays.add(d.date);
        });
      }
    }
    if (lineBad) unread.push({ line: index + 1, text: line.trim() });
  });
  return { year: y, holidays: [...holidays].sort(), workdays: [...workdays].sort(), unread };
}
