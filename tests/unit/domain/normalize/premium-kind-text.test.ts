import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { kindFromText } from '../../../../shared/domain/normalize/kind';
import { parsePremium, premiumFromCell } from '../../../../shared/domain/normalize/premium';
import { cleanText, normalizeName, toHalfWidth } from '../../../../shared/domain/normalize/text';

describe('parsePremium', () => {
  it.each([
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['¥1,234.56', 1234.56],
    ['￥1234', 1234],
    ['1234元', 1234],
    [' 1 234.5 元 ', 1234.5],
    ['RMB 950.00', 950],
    ['-200', -200],
    ['(200.00)', -200],
    ['0.35万', 3500],
    ['１２３４．５', 1234.5],
    ['.5', 0.5],
    [1234.567, 1234.57],
  ])('%j → %d', (input, value) => {
    expect(parsePremium(input)).toEqual({ ok: true, value });
  });
  it.each(['', '-', null])('%j → null', (input) => {
    expect(parsePremium(input)).toEqual({ ok: true, value: null });
  });
  it.each(['abc', '12.3.4', '约1000'])('refuses %s', (input) => {
    expect(parsePremium(input)).toMatchObject({ ok: false, code: 'premium_invalid' });
  });
  it('reads number cells by value, not by formatted text', () => {
    expect(premiumFromCell({ t: 'n', v: 1234.5, w: '¥1,234.50' })).toEqual({
      ok: true,
      value: 1234.5,
    });
    expect(premiumFromCell({ t: 'e', v: 7, w: '#DIV/0!' })).toMatchObject({ ok: false });
  });
});

describe('kindFromText', () => {
  itMaps('%s → %s', kindFromText, [
    ['交强险', 'compulsory'],
    ['机动车交通事故责任强制保险', 'compulsory'],
    ['强制险', 'compulsory'],
    ['商业险', 'commercial'],
    ['商险', 'commercial'],
    ['车损险', 'commercial'],
    ['第三者责任险', 'commercial'],
    ['车损+三者+不计免赔', 'commercial'],
    ['机动车商业保险', 'commercial'],
    ['交强+商业', null],
    ['', null],
    ['其他', null],
  ]);
});

describe('text helpers', () => {
  it('full-width → half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）　，')).toBe('ABC123() ,');
  });
  it('cleanText collapses whitespace and drops invisible characters', () => {
    expect(cleanText(' a\u00a0 b\u200b\t c ')).toBe('a b c');
  });
  itMaps('normalizeName(%j) → %j', normalizeName, [
    ['  张三 ', '张三'],
    ['张 三', '张三'],
    ['欧阳　娜娜', '欧阳娜娜'],
    ['John  Smith', 'John Smith'],
    ['北京 某某 科技有限公司', '北京某某科技有限公司'],
    ['   ', null],
  ]);
});
