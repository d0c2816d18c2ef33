import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { parseHolidayNotice } from '../../../../shared/domain/reminders/holiday-notice';

// The 2026 notice (国办发明电〔2025〕7号) as published, checked against chinese-days, which
// carries it: what a user pastes for 2027 is read the same way.
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

describe('parseHolidayNotice', () => {
  it('reads the 2026 notice to the same days off and make-up days as the calendar package', () => {
    const notice = parseHolidayNotice(NOTICE_2026);
    expect(notice.year).toBe(2026);
    const holidays = chineseDays.getHolidaysInRange('2026-01-01', '2026-12-31', false);
    // Every day the notice gives off is a holiday in the package, and the other way round for
    // days that are not plain weekends.
    for (const d of notice.holidays) expect(chineseDays.isHoliday(d), d).toBe(true);
    const weekdaysOff = holidays.filter(
      (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    );
    for (const d of weekdaysOff) expect(notice.holidays, d).toContain(d);
    expect(notice.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    for (const d of notice.workdays) expect(chineseDays.isWorkday(d), d).toBe(true);
    expect(notice.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
  });

  it('takes the year given when the title is not pasted, and a range across months', () => {
    const notice = parseHolidayNotice('春节：1月30日至2月3日放假调休，共5天。1月28日上班。', 2027);
    expect(notice.holidays).toEqual([
      '2027-01-30',
      '2027-01-31',
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
    ]);
    expect(notice.workdays).toEqual(['2027-01-28']);
  });

  it('without a year nothing is guessed', () => {
    expect(parseHolidayNotice('1月1日放假')).toEqual({
      year: null,
      holidays: [],
      workdays: [],
      unread: [],
    });
  });

  it('reads the whole published notice with nothing left unread', () => {
    expect(parseHolidayNotice(NOTICE_2026).unread).toEqual([]);
  });

  it('names each line that says 放假 or 上班 with a date it cannot read', () => {
    const notice = parseHolidayNotice(
      [
        '国务院办公厅关于2027年部分节假日安排的通知',
        '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
        '二、春节：2月30日至3月2日放假调休，共9天。',
        '三、清明节：4/3至4/5放假，共3天。',
        '四、劳动节：五月一日至五日放假调休。',
        '五、端午节：9日放假。',
        '六、国庆节：10月1日至7日放假调休，共7天。9月26日（周日）上班。',
      ].join('\n'),
    );
    expect(notice.unread).toEqual([
      { line: 3, text: '二、春节：2月30日至3月2日放假调休，共9天。' },
      { line: 4, text: '三、清明节：4/3至4/5放假，共3天。' },
      { line: 5, text: '四、劳动节：五月一日至五日放假调休。' },
      { line: 6, text: '五、端午节：9日放假。' },
    ]);
    // What could be read still is: the caller decides to refuse the paste.
    expect(notice.holidays).toContain('2027-01-02');
    expect(notice.workdays).toEqual(['2027-09-26']);
  });
});
