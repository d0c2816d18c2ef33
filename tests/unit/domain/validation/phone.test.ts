import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { zh } from '../../../support/text';
import {
  maskPhone,
  normalizePhone,
  splitPhones,
  validatePhone,
} from '../../../../shared/domain/validation/phone';

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
    ['010-****5678', '010-****5678'],
    [' 13812345678 ', '138****5678'],
    ['12345', '12345'],
    ['A010-12345678', 'A01******5678'],
    ['010-12345678x', '010******678x'],
    ['', ''],
  ]);
  it('no number masks to nothing', () => {
    expect(maskPhone(null)).toBe('');
  });
});

describe('phones to the character (issue 15)', () => {
  it.each([null, '', '   '])('%j is an empty number', (input) => {
    expect(validatePhone(input)).toEqual({
      ok: false,
      code: 'phone_empty',
      text: { key: 'problems:phone.empty' },
    });
  });

  it.each([
    ['01012345678-123', '010-12345678-123'],
    ['(0755) 12345678-12', '0755-12345678-12'],
    ['0755 12345678 ext 12', '0755-12345678-12'],
    ['400-123-4567转8', '4001234567-8'],
  ])('%s → %s', (input, value) => {
    expect(validatePhone(input)).toMatchObject({ ok: true, value });
  });

  it('normalizePhone trims before it looks for the extension at the end', () => {
    expect(normalizePhone(' 010-12345678转8001 ')).toEqual({
      digits: '01012345678',
      extension: '8001',
    });
  });

  // Nothing before or after a number is dropped to make it fit.
  it.each([
    ['A010-12345678-123', 'phone.invalid'],
    ['010-12345678-123A', 'phone.invalid'],
    ['010-12345678转8001A', 'phone.invalid'],
    ['A138****1234', 'phone.invalid'],
    ['138****12345', 'phone.invalid'],
    ['A4001234567', 'phone.invalid'],
    ['40012345678', 'phone.invalid'],
    ['A01012345678', 'phone.invalid'],
    ['0101234567890', 'phone.invalid'],
    // +86 is the country code only at the start, and only before a number of a possible length.
    ['0186012345678', 'phone.invalid'],
    ['+86 1381234567899', 'phone.invalid'],
    ['+86 123456789', 'phone.mobileLength'],
    ['+86 138****12345', 'phone.invalid'],
    ['2123456789', 'phone.invalid'],
    ['138123456a', 'phone.invalid'],
    ['21012345678', 'phone.invalid'],
    ['1381234567', 'phone.mobileLength'],
    ['12812345678', 'phone.mobileSecondDigit'],
    ['12345678', 'phone.noAreaCode'],
  ])('%s is refused as %s, naming the text and its digits', (raw, key) => {
    const digits = normalizePhone(raw).digits;
    expect(validatePhone(raw)).toEqual({
      ok: false,
      code: 'phone_invalid',
      text: { key: `problems:${key}`, params: { raw, length: digits.length } },
    });
  });

  itMaps<string | null, string[]>('splitPhones(%j)', splitPhones, [
    [null, []],
    ['13812345678  13912345678', ['13812345678', '13912345678']],
    ['13812345678,,13912345678', ['13812345678', '13912345678']],
    ['abc', ['abc']],
  ]);
});
