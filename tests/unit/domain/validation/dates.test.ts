import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { zh } from '../../../support/text';
import {
  isLeapYear,
  isRealDate,
  validateDateRange,
  validateIsoDate,
} from '../../../../shared/domain/validation/dates';

describe('isRealDate', () => {
  itMaps('%s → %s', isRealDate, [
    ['2000-02-29', true],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
  ]);
  it('leap years', () => {
    const years = [1900, 2000, 2024, 2100, 2023];
    expect(years.map(isLeapYear)).toEqual([false, true, true, false, false]);
  });
});

describe('validateDateRange', () => {
  it('accepts an end after the start', () => {
    expect(validateDateRange('2025-12-02', '2026-12-01')).toEqual({
      ok: true,
      value: { start: '2025-12-02', end: '2026-12-01' },
      warnings: [],
    });
  });
  it('accepts a missing start', () => {
    expect(validateDateRange(null, '2026-12-01')).toMatchObject({
      ok: true,
      value: { start: null },
    });
  });
  it.each([
    ['2026-12-01', '2025-12-02', 'end_before_start'],
    ['2026-12-01', '2026-12-01', 'end_before_start'],
    ['2026-02-30', '2027-01-01', 'date_impossible'],
    ['2026-01-01', '', 'date_empty'],
  ])('%s → %s refused (%s)', (start, end, code) => {
    const r = validateDateRange(start, end);
    expect(r).toMatchObject({ ok: false, code });
  });
  it('says to check whether the dates were swapped', () => {
    const r = validateDateRange('2026-12-01', '2025-12-02');
    expect(!r.ok && zh(r.text)).toContain('填反');
  });
});

describe('validateIsoDate and validateDateRange to the character (issue 15)', () => {
  const label = { key: 'problems:isoDate.label' };
  it.each(['x2026-12-01', '2026-12-01x'])('%s is no date', (text) => {
    expect(isRealDate(text)).toBe(false);
  });

  it('names the field and the text', () => {
    expect(validateIsoDate(null)).toEqual({
      ok: false,
      code: 'date_empty',
      text: { key: 'problems:isoDate.empty', params: { label } },
    });
    expect(validateIsoDate(' 2026-02-30 ')).toEqual({
      ok: false,
      code: 'date_impossible',
      text: { key: 'problems:isoDate.impossible', params: { label, text: '2026-02-30' } },
    });
    expect(validateIsoDate(' 2026-02-28 ')).toEqual({
      ok: true,
      value: '2026-02-28',
      warnings: [],
    });
  });

  it('a blank start is no start', () => {
    expect(validateDateRange('  ', '2026-12-01')).toEqual({
      ok: true,
      value: { start: null, end: '2026-12-01' },
      warnings: [],
    });
  });

  it('names which end is wrong, and both dates when the end is not after the start', () => {
    expect(validateDateRange('2026-01-01', '')).toMatchObject({
      text: { params: { label: { key: 'fields:endDate' } } },
    });
    expect(validateDateRange('2026-02-30', '2027-01-01')).toMatchObject({
      text: { params: { label: { key: 'fields:startDate' } } },
    });
    expect(validateDateRange('2026-12-01', '2026-12-01')).toEqual({
      ok: false,
      code: 'end_before_start',
      text: {
        key: 'problems:isoDate.endBeforeStart',
        params: { end: '2026-12-01', start: '2026-12-01' },
      },
    });
  });
});
