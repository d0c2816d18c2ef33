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
