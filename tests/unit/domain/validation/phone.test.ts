import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { zh } from '../../../support/text';
import { maskPhone, splitPhones, validatePhone } from '../../../../shared/domain/validation/phone';

describe('validatePhone', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['+86 138 1234 5678', '13812345678', 'mobile'],
    ['+86-13812345678', '13812345678', 'mobile'],
    ['0086 13812345678', '13812345678', 'mobile'],
    ['8613812345678', '13812345678', 'mobile'],
    ['138-1234-5678', '13812345678', 'mobile'],
    ['(138)12345678', '13812345678', 'mobile'],
    ['１３８１２３４５６７８', '13812345678', 'mobile'],
    ['19912345678', '19912345678', 'mobile'],
    ['010-12345678', '010-12345678', 'landline'],
    ['01012345678', '010-12345678', 'landline'],
    ['(010)12345678', '010-12345678', 'landline'],
    ['（021）6123 4567', '021-61234567', 'landline'],
    ['0755-1234567', '0755-1234567', 'landline'],
    ['0571-87654321', '0571-87654321', 'landline'],
    ['010-12345678-123', '010-12345678-123', 'landline'],
    ['010-12345678转8001', '010-12345678-8001', 'landline'],
    ['0755 12345678 ext. 12', '0755-12345678-12', 'landline'],
    ['400-123-4567', '4001234567', 'service'],
    ['800 123 4567', '8001234567', 'service'],
  ])('%s → %s (%s)', (input, value, type) => {
    expect(validatePhone(input)).toEqual({
      ok: true,
      value,
      type,
      masked: false,
      dialable: true,
      warnings: [],
    });
  });

  it.each([
    ['138****1234', '138****1234'],
    ['138 **** 1234', '138****1234'],
    ['+86 138****1234', '138****1234'],
    ['138xxxx1234', '138****1234'],
  ])('masked %s is kept, flagged and not dialable', (input, value) => {
    expect(validatePhone(input)).toEqual({
      ok: true,
      value,
      type: 'masked',
      masked: true,
      dialable: false,
      warnings: [],
    });
  });

  it.each([
    ['', 'phone_empty', '为空'],
    ['1381234567', 'phone_invalid', '11 位'],
    ['138123456789', 'phone_invalid', '11 位'],
    ['12812345678', 'phone_invalid', '第二位'],
    ['12345678', 'phone_invalid', '区号'],
    ['abc', 'phone_invalid', '不是有效'],
    ['13812345678转1', 'phone_invalid', ''],
  ])('refuses %s', (input, code, words) => {
    const r = validatePhone(input);
    expect(r).toMatchObject({ ok: false, code });
    expect(!r.ok && zh(r.text)).toContain(words);
  });
});

describe('splitPhones', () => {
  itMaps<string, string[]>('%j', splitPhones, [
    ['13812345678/13912345678', ['13812345678', '13912345678']],
    ['13812345678，13912345678', ['13812345678', '13912345678']],
    ['13812345678,13912345678;010-12345678', ['13812345678', '13912345678', '010-12345678']],
    ['13812345678、13912345678', ['13812345678', '13912345678']],
    ['13812345678\n13912345678', ['13812345678', '13912345678']],
    ['13812345678 13912345678', ['13812345678', '13912345678']],
    ['138 1234 5678', ['138 1234 5678']],
    ['138 1234 5678 / 010 1234 5678', ['138 1234 5678', '010 1234 5678']],
    ['', []],
    [' ; ', []],
  ]);
});

describe('maskPhone', () => {
  itMaps('%s → %s', maskPhone, [
    ['13812345678', '138****5678'],
    ['010-12345678', '010-****5678'],
    ['0755-1234567-12', '0755-***4567'],
    ['138****1234', '138****1234'],
    ['', ''],
  ]);
});
