import { describe, expect, it } from 'vitest';
import { itRefuses } from '../../../support/tables';
import { zh } from '../../../support/text';
import {
  excelSerialToDate,
  normalizeDateCell,
  parseDateText,
  parsePeriodText,
} from '../../../../shared/domain/normalize/dates';

describe('excelSerialToDate, 1900 system', () => {
  it.each([
    [45992, '2025-12-01'],
    [46357, '2026-12-01'],
    [46022, '2025-12-31'],
    [36585, '2000-02-29'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [2958465, '9999-12-31'],
  ])('%d → %s', (serial, date) => {
    const r = excelSerialToDate(serial, false);
    if (date.startsWith('9999')) {
      expect(r).toMatchObject({ ok: false, code: 'date_out_of_range' });
      return;
    }
    expect(r).toEqual({ ok: true, date, time: null });
  });

  it("serial 60 is Lotus' fake 1900-02-29 and is refused", () => {
    expect(excelSerialToDate(60, false)).toMatchObject({ ok: false, code: 'date_impossible' });
  });

  it('keeps the time of day from the fraction', () => {
    expect(excelSerialToDate(46357.5, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: '12:00',
    });
    expect(excelSerialToDate(46357 + 86399 / 86400, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: '23:59:59',
    });
    expect(excelSerialToDate(46357 + 0.9999999, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: '24:00',
    });
  });

  it.each([0, -1, Number.NaN])('refuses %d', (serial) => {
    expect(excelSerialToDate(serial, false).ok).toBe(false);
  });
});

describe('excelSerialToDate, 1904 system', () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [59, '1904-02-29'],
    [60, '1904-03-01'],
    [45992, '2029-12-02'],
    [46357 - 1462, '2026-12-01'],
  ])('%d → %s', (serial, date) => {
    expect(excelSerialToDate(serial, true)).toEqual({ ok: true, date, time: null });
  });
  it('differs from the 1900 system by 1462 days for modern dates', () => {
    const a = excelSerialToDate(46357, false);
    const b = excelSerialToDate(46357 - 1462, true);
    expect(a).toEqual(b);
  });
});

describe('parseDateText', () => {
  it.each([
    ['2026-12-01', '2026-12-01', null],
    ['2026/12/1', '2026-12-01', null],
    ['2026.12.01', '2026-12-01', null],
    ['20261201', '2026-12-01', null],
    ['2026年12月1日', '2026-12-01', null],
    ['2026 年 12 月 1 日', '2026-12-01', null],
    ['２０２６－１２－０１', '2026-12-01', null],
    [' 2026-1-5 ', '2026-01-05', null],
    ['2026-12-01 00:00', '2026-12-01', '00:00'],
    ['2026-12-01 24:00', '2026-12-01', '24:00'],
    ['2026-12-01 23:59:59', '2026-12-01', '23:59:59'],
    ['2026-12-01 00:00:00', '2026-12-01', '00:00'],
    ['2026-12-01T08:30:00', '2026-12-01', '08:30'],
    ['2026/12/1 9:05', '2026-12-01', '09:05'],
    ['2026年12月1日24时', '2026-12-01', '24:00'],
    ['2026年12月1日0时', '2026-12-01', '00:00'],
    ['2026年12月1日23时59分59秒', '2026-12-01', '23:59:59'],
    ['2026-12-01 23：59：59', '2026-12-01', '23:59:59'],
    ['20000229', '2000-02-29', null],
  ])('%s → %s %s', (text, date, time) => {
    expect(parseDateText(text)).toEqual({ ok: true, date, time });
  });

  itRefuses(
    'refuses %s (%s)',
    parseDateText,
    [
      ['', 'date_empty'],
      ['2026-02-30', 'date_impossible'],
      ['2026-02-29', 'date_impossible'],
      ['19000229', 'date_impossible'],
      ['2026-13-01', 'date_impossible'],
      ['2026-04-31', 'date_impossible'],
      ['2026-12-01 24:01', 'date_impossible'],
      ['2026-12-01 25:00', 'date_impossible'],
      ['2026-12-01 12:60', 'date_impossible'],
      ['1899-12-31', 'date_out_of_range'],
      ['12/1/2026', 'date_unrecognized'],
      ['明年', 'date_unrecognized'],
      ['2026-12', 'date_unrecognized'],
      ['202612011', 'date_unrecognized'],
    ],
    (r) => expect(!r.ok && zh(r.text)).toMatch(/[\u4e00-\u9fff]/),
  );
});

describe('normalizeDateCell', () => {
  it('reads a number cell as a serial, never its locale-formatted text', () => {
    expect(normalizeDateCell({ t: 'n', v: 46357, w: '12/1/26' }, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: null,
    });
    expect(normalizeDateCell({ t: 'n', v: 46357 - 1462, w: '12/1/26' }, true)).toMatchObject({
      date: '2026-12-01',
    });
  });
  it('reads a number like 20261201 as a compact date', () => {
    expect(normalizeDateCell({ t: 'n', v: 20261201 }, false)).toMatchObject({
      ok: true,
      date: '2026-12-01',
    });
  });
  it('reads text cells', () => {
    expect(normalizeDateCell({ t: 's', v: '2026年12月1日' }, false)).toMatchObject({
      date: '2026-12-01',
    });
  });
  it('reads date cells and drops the midnight they always carry', () => {
    expect(normalizeDateCell({ t: 'd', v: '2026-12-01T00:00:00.000Z' }, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: null,
    });
  });
  it('reports empty and error cells', () => {
    expect(normalizeDateCell(undefined, false)).toMatchObject({ ok: false, code: 'date_empty' });
    expect(normalizeDateCell({ t: 'z', v: null }, false)).toMatchObject({
      ok: false,
      code: 'date_empty',
    });
    expect(normalizeDateCell({ t: 'e', v: 42, w: '#N/A' }, false)).toMatchObject({ ok: false });
  });
});

describe("insurers' wording (issue 9 §2): 24:00 is the end of that same day", () => {
  it.each([
    ['至2026年07月06日24时止', '2026-07-06', '24:00'],
    ['自2025年07月07日00时起', '2025-07-07', '00:00'],
    ['自2025年7月7日零时起', '2025-07-07', '00:00'],
    ['至2026年7月6日二十四时止', '2026-07-06', '24:00'],
    ['2026-07-06 24:00', '2026-07-06', '24:00'],
    ['2026-07-06 23:59:59', '2026-07-06', '23:59:59'],
    ['2026/07/06 24:00:00', '2026-07-06', '24:00'],
  ])('%s → %s %s', (text, date, time) => {
    expect(parseDateText(text)).toEqual({ ok: true, date, time });
  });

  it('refuses 24:30 and a 25th hour', () => {
    expect(parseDateText('至2026年07月06日25时止')).toMatchObject({ code: 'date_impossible' });
    expect(parseDateText('2026-07-06 24:30')).toMatchObject({ code: 'date_impossible' });
  });
});

describe('parsePeriodText: both ends in one 保险期间 cell (issue 9 §2)', () => {
  const period = (
    start: string,
    startTime: string | null,
    end: string,
    endTime: string | null,
  ) => ({
    ok: true,
    start: { date: start, time: startTime },
    end: { date: end, time: endTime },
  });

  it.each([
    ['2025-07-07 00:00至2026-07-06 24:00', period('2025-07-07', '00:00', '2026-07-06', '24:00')],
    [
      '自2025年07月07日00时起至2026年07月06日24时止',
      period('2025-07-07', '00:00', '2026-07-06', '24:00'),
    ],
    [
      '自2025年7月7日零时起至2026年7月6日二十四时止',
      period('2025-07-07', '00:00', '2026-07-06', '24:00'),
    ],
    ['2025/7/7~2026/7/6', period('2025-07-07', null, '2026-07-06', null)],
    ['2025/7/7 ～ 2026/7/6', period('2025-07-07', null, '2026-07-06', null)],
    ['2025.07.07—2026.07.06', period('2025-07-07', null, '2026-07-06', null)],
    ['2025-07-07 - 2026-07-06 23:59:59', period('2025-07-07', null, '2026-07-06', '23:59:59')],
    ['2025-07-07-2026-07-06', period('2025-07-07', null, '2026-07-06', null)],
    ['20250707-20260706', period('2025-07-07', null, '2026-07-06', null)],
  ])('%s', (text, expected) => {
    expect(parsePeriodText(text)).toEqual(expected);
  });

  it.each([
    ['2025-07-07', 'date_unrecognized'],
    ['一年', 'date_unrecognized'],
    ['', 'date_empty'],
    ['2025-07-07至2026-02-30', 'date_impossible'],
  ])('%j → %s', (text, code) => {
    expect(parsePeriodText(text)).toMatchObject({ ok: false, code });
  });
});

describe('dates to the character (issue 15)', () => {
  const refused = (code: string, text: string) => ({
    ok: false,
    code,
    text: {
      key: `problems:cellDate.${
        {
          date_empty: 'empty',
          date_impossible: 'impossible',
          date_unrecognized: 'unrecognized',
          date_out_of_range: 'outOfRange',
        }[code]
      }`,
      params: { text, min: 1900, max: 2199 },
    },
  });

  it('serials: 0 is impossible, a negative one unrecognised, 60 names 1900-02-29', () => {
    expect(excelSerialToDate(0, false)).toEqual(refused('date_impossible', '0'));
    expect(excelSerialToDate(-1, false)).toEqual(refused('date_unrecognized', '-1'));
    expect(excelSerialToDate(60, false)).toEqual(refused('date_impossible', '1900-02-29'));
  });

  it('serials: 2199-12-31 is the last day read, 2200-01-01 is out of range', () => {
    expect(excelSerialToDate(109_574, false)).toEqual({ ok: true, date: '2199-12-31', time: null });
    expect(excelSerialToDate(109_575, false)).toEqual(refused('date_out_of_range', '109575'));
  });

  it('text: 2199-12-31 is read, 2200-01-01 and 2226 are out of range', () => {
    expect(parseDateText('2199-12-31')).toEqual({ ok: true, date: '2199-12-31', time: null });
    expect(parseDateText('2200-01-01')).toEqual(refused('date_out_of_range', '2200-01-01'));
    expect(parseDateText('2226-07-06')).toEqual(refused('date_out_of_range', '2226-07-06'));
    expect(parseDateText('1900-01-01')).toEqual({ ok: true, date: '1900-01-01', time: null });
  });

  it('no text is an empty date', () => {
    expect(parseDateText(null)).toEqual(refused('date_empty', ''));
    expect(parsePeriodText(null)).toEqual(refused('date_empty', ''));
    expect(parsePeriodText('   ')).toEqual(refused('date_empty', ''));
  });

  it('the wording words count only at the ends: 自/至 first, 起/止 last', () => {
    expect(parseDateText('2026-12-01到')).toMatchObject({ code: 'date_unrecognized' });
    expect(parseDateText('2026止-12-01')).toMatchObject({ code: 'date_unrecognized' });
  });

  it('refuses a 60th second and any second past 24:00', () => {
    expect(parseDateText('2026-12-01 12:00:60')).toMatchObject({ code: 'date_impossible' });
    expect(parseDateText('2026-12-01 24:00:01')).toMatchObject({ code: 'date_impossible' });
  });

  it('cells: empty whatever an empty cell holds; a text cell without value too', () => {
    expect(normalizeDateCell({ t: 'z', v: 0 }, false)).toEqual(refused('date_empty', ''));
    expect(normalizeDateCell({ t: 's', v: null }, false)).toEqual(refused('date_empty', ''));
  });

  it('cells: an error cell names what it shows, or #错误', () => {
    expect(normalizeDateCell({ t: 'e', v: 42, w: '#N/A' }, false)).toEqual(
      refused('date_unrecognized', '#N/A'),
    );
    expect(normalizeDateCell({ t: 'e', v: 42 }, false)).toEqual(
      refused('date_unrecognized', '#错误'),
    );
  });

  it('number cells from 19000101 to 21991231 are compact dates, others serials', () => {
    const cell = (v: number) => normalizeDateCell({ t: 'n', v }, false);
    expect(cell(19_000_101)).toEqual({ ok: true, date: '1900-01-01', time: null });
    expect(cell(21_991_231)).toEqual({ ok: true, date: '2199-12-31', time: null });
    expect(cell(21_991_232)).toEqual(refused('date_out_of_range', '21991232'));
    expect(cell(19_000_100)).toEqual(refused('date_out_of_range', '19000100'));
  });

  it('a text cell keeps its midnight; a date cell keeps any other time', () => {
    expect(normalizeDateCell({ t: 's', v: '2026-12-01 00:00' }, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: '00:00',
    });
    expect(normalizeDateCell({ t: 'd', v: '2026-12-01T08:30:00Z' }, false)).toEqual({
      ok: true,
      date: '2026-12-01',
      time: '08:30',
    });
    expect(normalizeDateCell({ t: 'd', v: 'Dec 1' }, false)).toEqual(
      refused('date_unrecognized', 'Dec 1'),
    );
  });

  it('periods: a doubled dash —— separates, a space alone does not', () => {
    expect(parsePeriodText('2025.07.07——2026.07.06')).toMatchObject({
      ok: true,
      start: { date: '2025-07-07' },
      end: { date: '2026-07-06' },
    });
    expect(parsePeriodText('20250707 20260706')).toEqual(
      refused('date_unrecognized', '20250707 20260706'),
    );
  });

  it('periods: two impossible ends are unrecognised, one impossible end is named', () => {
    expect(parsePeriodText('2026-02-30至2026-02-31')).toMatchObject({ code: 'date_unrecognized' });
    expect(parsePeriodText('2026-02-30至2026-03-01')).toMatchObject({ code: 'date_impossible' });
  });
});
