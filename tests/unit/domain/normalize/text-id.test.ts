import { describe, expect, it } from 'vitest';
import { zh } from '../../../support/text';
import { textIdFromCell } from '../../../../shared/domain/normalize/text-id';

describe('textIdFromCell', () => {
  it('keeps a 21-digit policy number from the formatted text of a number cell', () => {
    const policyNo = '123456789012345678901';
    const cell = { t: 'n' as const, v: Number(policyNo), w: policyNo };
    expect(String(cell.v)).not.toBe(policyNo); // a float would have lost it
    expect(textIdFromCell(cell)).toEqual({ ok: true, value: policyNo, warning: null });
  });

  it('keeps leading zeros the format shows', () => {
    expect(textIdFromCell({ t: 'n', v: 12345, w: '0012345', z: '0000000' })).toMatchObject({
      value: '0012345',
    });
  });

  it('keeps text exactly, upper-cased, without spaces or the leading apostrophe', () => {
    expect(textIdFromCell({ t: 's', v: ' pdaa202611010000012345 ' })).toMatchObject({
      value: 'PDAA202611010000012345',
    });
    expect(textIdFromCell({ t: 's', v: "'000123" })).toMatchObject({ value: '000123' });
    expect(textIdFromCell({ t: 's', v: 'ＡＢ１２３' })).toMatchObject({ value: 'AB123' });
  });

  it('flags a number Excel already turned into scientific notation', () => {
    const r = textIdFromCell({ t: 'n', v: 1.23457e20, w: '1.23457E+20' });
    expect(r).toMatchObject({ ok: false, code: 'sci_notation' });
    expect(r.ok ? '' : zh(r.text)).toBe(
      '保单号在文件里已被 Excel 变成科学计数法，请把该列设为文本后重新导出',
    );
    expect(textIdFromCell({ t: 's', v: '1.23457E+20' })).toMatchObject({
      ok: false,
      code: 'sci_notation',
    });
  });

  it('refuses a long number stored as a float with no text to recover it', () => {
    expect(textIdFromCell({ t: 'n', v: 123456789012345680000 })).toMatchObject({
      ok: false,
      code: 'precision_lost',
    });
  });

  it('warns when the text shows zeros after the 15th digit (Excel kept only 15)', () => {
    const r = textIdFromCell({ t: 'n', v: 123456789012345000000, w: '123456789012345000000' });
    expect(r).toMatchObject({ ok: true, value: '123456789012345000000' });
    expect(r.ok && r.warning?.code).toBe('maybe_precision_lost');
  });

  it('uses a small number as is', () => {
    expect(textIdFromCell({ t: 'n', v: 20260001 })).toEqual({
      ok: true,
      value: '20260001',
      warning: null,
    });
  });

  it('names error cells and treats empty cells as null', () => {
    expect(textIdFromCell({ t: 'e', v: 42, w: '#N/A' })).toMatchObject({
      ok: false,
      code: 'error_cell',
    });
    expect(textIdFromCell(undefined)).toEqual({ ok: true, value: null, warning: null });
    expect(textIdFromCell({ t: 's', v: '   ' })).toEqual({ ok: true, value: null, warning: null });
  });
});

describe('long numbers from a binary workbook (issue 9 §1)', () => {
  it('warns when the text is only what the stored double prints (17 digits, then zeros)', () => {
    const shown = '123456789012345680000';
    const r = textIdFromCell({ t: 'n', v: Number(shown), w: shown, z: '0' });
    expect(r.ok && r.warning?.code).toBe('maybe_precision_lost');
  });

  it('keeps every digit of a source text that says more than the double', () => {
    const exact = '123456789012345678901';
    expect(textIdFromCell({ t: 'n', v: Number(exact), w: exact })).toEqual({
      ok: true,
      value: exact,
      warning: null,
    });
  });

  it('trusts a 16-digit number a double holds exactly', () => {
    expect(textIdFromCell({ t: 'n', v: 1234567890123456, w: '1234567890123456' })).toEqual({
      ok: true,
      value: '1234567890123456',
      warning: null,
    });
  });
});

describe('textIdFromCell to the character (issue 15)', () => {
  const n = (v: number, w?: string) =>
    textIdFromCell(w === undefined ? { t: 'n', v } : { t: 'n', v, w });

  it('drops only a leading apostrophe', () => {
    expect(textIdFromCell({ t: 's', v: "AB'12" })).toMatchObject({ value: "AB'12" });
  });

  it('an empty cell is null whatever it holds; a text cell without value too', () => {
    const empty = { ok: true, value: null, warning: null };
    expect(textIdFromCell(null)).toEqual(empty);
    expect(textIdFromCell({ t: 'z', v: 0 })).toEqual(empty);
    expect(textIdFromCell({ t: 's', v: null })).toEqual(empty);
  });

  it('an error cell names what it shows, or nothing', () => {
    expect(textIdFromCell({ t: 'e', v: 42, w: '#N/A' })).toEqual({
      ok: false,
      code: 'error_cell',
      text: { key: 'problems:textId.errorCell', params: { value: '#N/A' } },
    });
    expect(textIdFromCell({ t: 'e', v: 42 })).toMatchObject({
      text: { params: { value: '' } },
    });
  });

  it.each(['1E+20', '12E+20', '1.2E20', '1.23457e-5', '-1.5E+3'])(
    'text %s is scientific notation',
    (v) => {
      expect(textIdFromCell({ t: 's', v })).toMatchObject({ ok: false, code: 'sci_notation' });
    },
  );

  it.each(['AB12E345', '12E34AB', 'LE12345'])('text %s with an E inside is an identifier', (v) => {
    expect(textIdFromCell({ t: 's', v })).toEqual({ ok: true, value: v, warning: null });
  });

  it('a 21-digit number shown with thousands separators keeps its digits', () => {
    const exact = '123456789012345678901';
    expect(n(Number(exact), '123,456,789,012,345,678,901')).toEqual({
      ok: true,
      value: exact,
      warning: null,
    });
  });

  it('a number shown with decimals is its number when whole, its text when not', () => {
    expect(n(12345, '12,345.00')).toEqual({ ok: true, value: '12345', warning: null });
    expect(n(12.5, '12.50')).toEqual({ ok: true, value: '12.50', warning: null });
    expect(n(12.5)).toEqual({ ok: true, value: '12.5', warning: null });
  });

  it('without text: 15 digits are exact, 10^15 and past are lost', () => {
    expect(n(999_999_999_999_999)).toEqual({ ok: true, value: '999999999999999', warning: null });
    expect(n(1e15)).toEqual({
      ok: false,
      code: 'precision_lost',
      text: { key: 'problems:textId.precisionLost' },
    });
  });

  it('1 and 20 zeros may have lost digits', () => {
    expect(n(1e20, '100000000000000000000')).toEqual({
      ok: true,
      value: '100000000000000000000',
      warning: {
        code: 'maybe_precision_lost',
        text: { key: 'problems:textId.maybePrecisionLost' },
      },
    });
  });

  it('leading zeros are not significant digits: 00 + 15 digits is exact', () => {
    expect(n(123456789012340, '00123456789012340')).toEqual({
      ok: true,
      value: '00123456789012340',
      warning: null,
    });
  });

  it('zeros after the 15th significant digit warn behind leading zeros too', () => {
    const shown = '00123456789012345000000';
    expect(n(Number(shown), shown)).toMatchObject({
      value: shown,
      warning: { code: 'maybe_precision_lost' },
    });
  });

  it.each(['123456789012345678900', '123456789012345067890'])(
    'digits past the 15th that are not all zeros and not the double are exact: %s',
    (shown) => {
      expect(n(Number(shown), shown)).toEqual({ ok: true, value: shown, warning: null });
    },
  );
});
