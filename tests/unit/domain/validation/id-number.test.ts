import { describe, expect, it } from 'vitest';
import { itMaps, itRefuses } from '../../../support/tables';
import { zh } from '../../../support/text';
import {
  idCheckChar,
  maskIdNumber,
  validateIdNumber,
} from '../../../../shared/domain/validation/id-number';

/** Independent reference for GB 11643: weights are 2^(17-i) mod 11. */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11] ?? '?';
}

function makeId(area: string, birth: string, seq: string): string {
  const first17 = area + birth + seq;
  return first17 + referenceCheckChar(first17);
}

describe('validateIdNumber', () => {
  it('accepts the published sample 11010519491231002X', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      warnings: [],
    });
  });

  it('fixes a lower-case x and full-width digits', () => {
    expect(validateIdNumber('11010519491231002x')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
    expect(validateIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it.each([
    ['440301', '20000229', '123'], // leap day in a leap century year
    ['310101', '19960229', '456'],
    ['510104', '19991231', '789'],
    ['110101', '20240229', '001'],
    ['650102', '19000101', '002'],
  ])('accepts generated ID %s %s %s', (area, birth, seq) => {
    const id = makeId(area, birth, seq);
    expect(idCheckChar(id.slice(0, 17))).toBe(id[17]);
    expect(validateIdNumber(id)).toMatchObject({ ok: true, value: id });
  });

  it('matches the reference check character over many numbers', () => {
    for (let n = 0; n < 1000; n++) {
      const first17 = String(110101199001010000n + BigInt(n) * 7919n).slice(0, 17);
      expect(idCheckChar(first17)).toBe(referenceCheckChar(first17));
    }
  });

  itRefuses('refuses %s (%s)', (input: string) => validateIdNumber(input), [
    ['', 'id_empty'],
    ['110105194912310', 'id_old_15'],
    ['1101051949123100', 'id_length'],
    ['11010519491231002XX', 'id_length'],
    ['1101051949123100X2', 'id_chars'],
    ['11010519491231002A', 'id_chars'],
    ['110105194912310021', 'id_check_char'],
    [makeId('110101', '19000229', '001'), 'id_birth_date'], // 1900 is not a leap year
    [makeId('110101', '20230229', '001'), 'id_birth_date'],
    [makeId('110101', '19991301', '001'), 'id_birth_date'],
    [makeId('110101', '19990431', '001'), 'id_birth_date'],
    [makeId('110101', '18991231', '001'), 'id_birth_date'],
  ]);

  it('refuses a birth date after today when today is given', () => {
    const id = makeId('110101', '20300101', '001');
    expect(validateIdNumber(id).ok).toBe(true);
    expect(validateIdNumber(id, { today: '2026-05-01' })).toMatchObject({
      ok: false,
      code: 'id_birth_date',
    });
  });

  it('says which check character was expected', () => {
    const r = validateIdNumber('110105194912310021');
    expect(!r.ok && zh(r.text)).toContain('应为 X');
  });
});

describe('maskIdNumber', () => {
  itMaps('%s → %s', maskIdNumber, [
    ['11010519491231002X', '1101**********002X'],
    ['110105194912310021', '1101**********0021'],
    ['', ''],
    ['1234', '****'],
  ]);
});

describe('validateIdNumber to the character (issue 15)', () => {
  const refused = (code: string, key: string, params?: Record<string, unknown>) => ({
    ok: false,
    code,
    text: params ? { key: `problems:${key}`, params } : { key: `problems:${key}` },
  });

  it('no text is an empty number; spaces anywhere are dropped', () => {
    expect(validateIdNumber(null)).toEqual(refused('id_empty', 'id.empty'));
    expect(validateIdNumber('110105 19491231 002x')).toEqual({
      ok: true,
      value: '11010519491231002X',
      warnings: [],
    });
  });

  it('each refusal names the number and what is wrong', () => {
    expect(validateIdNumber('110105194912310')).toEqual(
      refused('id_old_15', 'id.old15', { id: '110105194912310' }),
    );
    expect(validateIdNumber('1101051949123100')).toEqual(
      refused('id_length', 'id.length', { id: '1101051949123100', length: 16 }),
    );
    expect(validateIdNumber('1101051949123100X2')).toEqual(
      refused('id_chars', 'id.chars', { id: '1101051949123100X2' }),
    );
    const future = makeId('110101', '20300101', '001');
    expect(validateIdNumber(future, { today: '2026-05-01' })).toEqual(
      refused('id_birth_date', 'id.birthDate', { id: future, birth: '20300101' }),
    );
  });

  it('a birth date up to today passes when today is given', () => {
    const id = makeId('110101', '20260501', '001');
    expect(validateIdNumber(id, { today: '2026-05-01' })).toMatchObject({ ok: true });
    expect(validateIdNumber(id, { today: '2026-04-30' })).toMatchObject({ code: 'id_birth_date' });
    expect(
      validateIdNumber(makeId('110101', '19491231', '002'), { today: '2026-05-01' }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('maskIdNumber to the character (issue 15)', () => {
  itMaps<string | null, string>('%j → %s', maskIdNumber, [
    [' 110105194912310021 ', '1101**********0021'],
    ['12345678', '********'],
    ['123456789', '1234*6789'],
    [null, ''],
  ]);
});
