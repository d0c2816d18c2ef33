import { describe, expect, it } from 'vitest';
import { itRefuses } from '../../../support/tables';
import { en, zh } from '../../../support/text';
import {
  normalizePlateForSearch,
  stripPlateProvince,
  validatePlate,
} from '../../../../shared/domain/validation/plate';

describe('validatePlate accepts', () => {
  it.each([
    ['京A12345', '京A12345', 'standard'],
    ['京a·12345', '京A12345', 'standard'],
    [' 粤B 8K9Z2 ', '粤B8K9Z2', 'standard'],
    ['沪Ａ１２３４５', '沪A12345', 'standard'],
    ['苏E-A1B2C', '苏EA1B2C', 'standard'],
    ['鲁A1234挂', '鲁A1234挂', 'standard'],
    ['川A1234学', '川A1234学', 'standard'],
    ['京A1234警', '京A1234警', 'standard'],
    ['粤Z1234港', '粤Z1234港', 'standard'],
    ['粤Z1234澳', '粤Z1234澳', 'standard'],
    ['沪A1234领', '沪A1234领', 'standard'],
    ['使123456', '使123456', 'embassy'],
    ['123456使', '123456使', 'embassy'],
    // new energy, small cars: energy letter then letter/digit then 4 digits
    ['京AD12345', '京AD12345', 'new_energy'],
    ['京AF12345', '京AF12345', 'new_energy'],
    ['粤BA1234 5', '粤BA12345', 'new_energy'],
    ['浙ABC2345', '浙ABC2345', 'new_energy'],
    ['沪AC12345', '沪AC12345', 'new_energy'],
    ['苏AE12345', '苏AE12345', 'new_energy'],
    ['苏AG12345', '苏AG12345', 'new_energy'],
    ['苏AH12345', '苏AH12345', 'new_energy'],
    ['苏AJ12345', '苏AJ12345', 'new_energy'],
    ['苏AK12345', '苏AK12345', 'new_energy'],
    // new energy, large vehicles: 5 digits then energy letter
    ['京A12345D', '京A12345D', 'new_energy'],
    ['京A12345F', '京A12345F', 'new_energy'],
    ['京A12345K', '京A12345K', 'new_energy'],
  ])('%s → %s (%s)', (input, value, kind) => {
    const r = validatePlate(input);
    expect(r).toMatchObject({ ok: true, value, kind, noPlate: false, warnings: [] });
  });

  it.each(['*', '新车', '未上牌', '新车未上牌', '＊', '京A*'])('no plate yet: %s', (input) => {
    expect(validatePlate(input)).toEqual({
      ok: true,
      value: null,
      noPlate: true,
      kind: null,
      warnings: [],
    });
  });

  it.each([
    ['粤B12345应急', 'emergency'],
    ['民航12345', 'civil_aviation'],
    ['WJ京12345', 'military'],
    ['VA12345', 'military'],
    ['京A1234临', 'temporary'],
  ])('special plate %s is accepted with a warning', (input, kind) => {
    const r = validatePlate(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe(kind);
    expect(r.warnings.map((w) => w.code)).toEqual(['plate_special']);
  });
});

describe('validatePlate refuses', () => {
  itRefuses(
    '%s (%s)',
    (input: string) => validatePlate(input),
    [
      ['', 'plate_empty'],
      ['A12345', 'plate_invalid'],
      ['港A12345', 'plate_invalid'],
      ['京I12345', 'plate_invalid'],
      ['京AO1234', 'plate_invalid'],
      ['京A1234', 'plate_invalid'],
      ['京A123456', 'plate_invalid'],
      ['京AL12345', 'plate_invalid'], // L is not an energy letter
      ['京A12345L', 'plate_invalid'],
      ['京AD1234A', 'plate_invalid'],
      ['京A123456D', 'plate_invalid'],
    ],
    (r) => {
      expect(!r.ok && zh(r.text)).toMatch(/[\u4e00-\u9fff]/);
      expect(!r.ok && en(r.text)).toMatch(/[A-Za-z]/);
    },
  );

  it('names the cause in plain words', () => {
    const noProvince = validatePlate('A12345');
    const letterO = validatePlate('京AO1234');
    const short = validatePlate('京A1234');
    expect(!noProvince.ok && zh(noProvince.text)).toContain('省份简称');
    expect(!letterO.ok && zh(letterO.text)).toContain('I 或 O');
    expect(!short.ok && zh(short.text)).toContain('现在是 6 位');
  });
});

describe('plate search helpers', () => {
  it('normalises like the validator', () => {
    expect(normalizePlateForSearch('京a · 123 45')).toBe('京A12345');
    expect(normalizePlateForSearch('ａ１２')).toBe('A12');
  });
  it('strips the province character only when there is one', () => {
    expect(stripPlateProvince('京A12345')).toBe('A12345');
    expect(stripPlateProvince('A12345')).toBe('A12345');
  });
});

describe('validatePlate to the character (issue 15)', () => {
  it.each([null, '', '   '])('%j is an empty plate', (input) => {
    expect(validatePlate(input)).toEqual({
      ok: false,
      code: 'plate_empty',
      text: { key: 'problems:plate.empty' },
    });
  });

  it.each(['暂无牌照', '暂无牌', '无牌照', '未挂牌'])('no plate yet: %s', (input) => {
    expect(validatePlate(input)).toMatchObject({ ok: true, value: null, noPlate: true });
  });

  it('a special plate is a plate, with a warning that names it', () => {
    expect(validatePlate('民航12345')).toEqual({
      ok: true,
      value: '民航12345',
      noPlate: false,
      kind: 'civil_aviation',
      warnings: [
        {
          code: 'plate_special',
          text: { key: 'problems:plate.special', params: { plate: '民航12345' } },
        },
      ],
    });
  });

  it.each(['京使123456', '使1234567', '1234567使'])('%s is no embassy plate', (input) => {
    expect(validatePlate(input)).toMatchObject({ ok: false, code: 'plate_invalid' });
  });

  it.each([
    ['A12345', 'plate.noProvince'],
    ['使12345', 'plate.length'],
    ['领A123', 'plate.length'],
    ['京AO1234', 'plate.letterIO'],
    ['京A1234', 'plate.length'],
    ['京112345', 'plate.invalid'],
    ['京AL12345', 'plate.invalid'],
  ])('%s is refused as %s, naming the plate and its length', (plate, key) => {
    expect(validatePlate(plate)).toEqual({
      ok: false,
      code: 'plate_invalid',
      text: { key: `problems:${key}`, params: { plate, length: plate.length } },
    });
  });
});
