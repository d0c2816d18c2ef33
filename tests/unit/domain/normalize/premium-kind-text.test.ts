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
    ['.55', 0.55],
    ['0.35万元', 3500],
    [1234.567, 1234.57],
  ])('%j → %d', (input, value) => {
    expect(parsePremium(input)).toEqual({ ok: true, value });
  });
  it.each(['', '-', null])('%j → null', (input) => {
    expect(parsePremium(input)).toEqual({ ok: true, value: null });
  });
  // 元 only as the last character, brackets only around the whole amount, 万 only at its end.
  it.each(['abc', '12.3.4', '约1000', '1元5', '5(200)', '(200)5', '万35'])(
    'refuses %s',
    (input) => {
      expect(parsePremium(input)).toEqual({
        ok: false,
        code: 'premium_invalid',
        text: { key: 'problems:premium.invalid', params: { text: input } },
      });
    },
  );
  it('reads number cells by value, not by formatted text', () => {
    expect(premiumFromCell({ t: 'n', v: 1234.5, w: '¥1,234.50' })).toEqual({
      ok: true,
      value: 1234.5,
    });
    expect(premiumFromCell({ t: 'e', v: 7, w: '#DIV/0!' })).toEqual({
      ok: false,
      code: 'premium_invalid',
      text: { key: 'problems:premium.invalid', params: { text: '#DIV/0!' } },
    });
  });
  it('names an error cell without its shown text #错误', () => {
    expect(premiumFromCell({ t: 'e', v: 7 })).toMatchObject({
      text: { params: { text: '#错误' } },
    });
  });
  it('an empty cell, or none, is no premium', () => {
    for (const cell of [null, undefined, { t: 'z', v: 0 }, { t: 's', v: null }] as const) {
      expect(premiumFromCell(cell)).toEqual({ ok: true, value: null });
    }
  });
  it('a formula residue (5.55e-17) is a number, not the text 5.551115123125783e-17', () => {
    expect(premiumFromCell({ t: 'n', v: 0.1 + 0.2 - 0.3, f: true })).toEqual({
      ok: true,
      value: 0,
    });
  });
  it('a text cell is parsed as text; a true/false cell is no amount', () => {
    expect(premiumFromCell({ t: 's', v: '1,234.50元' })).toEqual({ ok: true, value: 1234.5 });
    expect(premiumFromCell({ t: 'b', v: true })).toMatchObject({
      ok: false,
      code: 'premium_invalid',
    });
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
    ['交 强 险', 'compulsory'],
    ['JQ', 'compulsory'],
    ['jq', 'compulsory'],
    ['SY', 'commercial'],
    // JQ and SY are codes only when they are the whole text.
    ['AJQ', null],
    ['JQA', null],
    ['ASY', null],
    ['SYA', null],
    ['交强+商业', null],
    ['', null],
    [null, null],
    ['其他', null],
  ]);
});

describe('text helpers', () => {
  it('full-width → half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）　，')).toBe('ABC123() ,');
  });
  it('converts ！ (U+FF01) to ～ (U+FF5E) and nothing past them', () => {
    expect(toHalfWidth('！～｟ｱ')).toBe('!~｟ｱ');
  });
  it('a non-breaking space between words stays a space', () => {
    expect(cleanText('John\u00a0Smith')).toBe('John Smith');
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
