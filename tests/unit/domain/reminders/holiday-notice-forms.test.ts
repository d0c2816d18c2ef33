// The pasted holiday notice in the forms a user's paste takes: every range word (至 到 — ~ -),
// 休息 as well as 放假, a date carrying its own year across the year change, dates listed
// without a range, half-width parentheses, clauses split by ； ; ， , and Windows line ends.
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../../../shared/domain/reminders/holiday-notice';

const off = (text: string, year = 2027) => parseHolidayNotice(text, year).holidays;

describe('holiday notice forms', () => {
  it('every range word gives the whole range', () => {
    for (const word of ['至', '到', '—', '~', '-']) {
      expect(off(`五一：5月1日${word}3日放假`), word).toEqual([
        '2027-05-01',
        '2027-05-02',
        '2027-05-03',
      ]);
    }
  });

  it('dates listed without a range word are those days only', () => {
    expect(off('5月1日、5月3日放假')).toEqual(['2027-05-01', '2027-05-03']);
  });

  it('休息 counts as a day off', () => {
    expect(off('10月8日休息')).toEqual(['2027-10-08']);
  });

  it('a date with its own year: 元旦 across the year change', () => {
    expect(off('元旦：2026年12月31日至2027年1月2日放假', 2027)).toEqual([
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('half-width parentheses are dropped like full-width ones', () => {
    const notice = parseHolidayNotice('元旦：1月1日(周五)至3日(周日)放假，共3天。', 2027);
    expect(notice.holidays).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(notice.unread).toEqual([]);
  });

  it('clauses split by any of ； ; ， , each say off or work for themselves', () => {
    for (const sep of ['；', ';', '，', ',']) {
      const notice = parseHolidayNotice(`5月1日放假${sep}5月9日上班`, 2027);
      expect(notice.holidays, sep).toEqual(['2027-05-01']);
      expect(notice.workdays, sep).toEqual(['2027-05-09']);
    }
  });

  it('a clause saying neither 放假 nor 上班 is not read', () => {
    expect(parseHolidayNotice('5月1日（周六）为劳动节', 2027)).toEqual({
      year: 2027,
      holidays: [],
      workdays: [],
      unread: [],
    });
  });

  it('the year from a title with spaces, with or without 部分', () => {
    expect(parseHolidayNotice('关于 2027 年 部分节假日安排\n5月1日放假').year).toBe(2027);
    expect(parseHolidayNotice('2028年节假日安排\n5月1日放假').holidays).toEqual(['2028-05-01']);
    // The year given wins over the title's.
    expect(parseHolidayNotice('2028年节假日安排\n5月1日放假', 2029).year).toBe(2029);
  });

  it('Windows line ends: the unread line is numbered as pasted and trimmed', () => {
    const notice = parseHolidayNotice('2027年节假日安排\r\n5月1日放假\r\n  4/5放假  \r\n', 2027);
    expect(notice.unread).toEqual([{ line: 3, text: '4/5放假' }]);
  });

  it('dates written another way are unread: 2-6, 2.6, 2／6 spaced, 二月', () => {
    for (const text of ['2-6放假', '2.6放假', '2 / 6放假', '二月六日放假', '2－6上班']) {
      expect(parseHolidayNotice(text, 2027).unread, text).toHaveLength(1);
    }
  });

  it('a day before any month in the clause is unread, the rest still read', () => {
    const notice = parseHolidayNotice('3日至5月5日放假', 2027);
    expect(notice.unread).toHaveLength(1);
    expect(notice.holidays).toEqual(['2027-05-05']);
  });

  it('an impossible day (2月30日) or month (13月1日) is unread, never rolled into the next', () => {
    for (const text of ['2月30日放假', '13月1日放假', '4月31日上班']) {
      const notice = parseHolidayNotice(text, 2027);
      expect([notice.holidays, notice.workdays, notice.unread.length], text).toEqual([[], [], 1]);
    }
  });

  it('a range word after a space still makes a range; one earlier in the clause does not', () => {
    expect(off('5月1日 至 3日放假')).toEqual(['2027-05-01', '2027-05-02', '2027-05-03']);
    // 5日 follows 3日 with 、: listed, not a range from 3日 (the 至 before 3日 is not its own).
    expect(off('5月1日至3日、5日放假')).toEqual([
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-05',
    ]);
  });

  it('commas inside the parentheses (lunar date, weekday) do not split the range', () => {
    expect(
      off('二、春节：2月6日（农历腊月十九，周六）至8日（农历腊月廿一，周一）放假调休。'),
    ).toEqual(['2027-02-06', '2027-02-07', '2027-02-08']);
    expect(off('春节：2月6日(lunar, Sat)至7日(lunar, Sun)放假')).toEqual([
      '2027-02-06',
      '2027-02-07',
    ]);
  });

  it('days off and make-up days come out in date order, whatever order the notice lists them in', () => {
    const notice = parseHolidayNotice(
      '国庆：10月1日放假。元旦：1月1日放假。10月9日上班，9月26日上班。',
      2027,
    );
    expect(notice.holidays).toEqual(['2027-01-01', '2027-10-01']);
    expect(notice.workdays).toEqual(['2027-09-26', '2027-10-09']);
  });

  it('a Chinese-numeral month with a space before 月 is unread too', () => {
    expect(parseHolidayNotice('二 月六日放假', 2027).unread).toHaveLength(1);
  });

  it('a parenthesis between the range word and the date leaves the range whole', () => {
    expect(off('5月1日至（周一）3日放假')).toEqual(['2027-05-01', '2027-05-02', '2027-05-03']);
  });

  it('two-digit dates written another way are unread too: 12/25, 10.15', () => {
    for (const text of ['12/25放假', '10.15上班', '十二月六日放假']) {
      expect(parseHolidayNotice(text, 2027).unread, text).toHaveLength(1);
    }
  });
});
