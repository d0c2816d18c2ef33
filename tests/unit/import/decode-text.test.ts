import { describe, expect, it } from 'vitest';
import { decodeText, sniffDelimiter } from '../../../renderer/services/import/decode-text';
import { encodeGbk } from '../../fixtures/generate-gbk';

const TEXT = '保单号,车牌号,被保险人\r\n612345678901234567890,浙A12345,张三丰\r\n';

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('decodeText', () => {
  it('UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).text).toBe(TEXT);
  });
  it('GBK / GB18030', () => {
    expect(decodeText(encodeGbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
  it('UTF-16 LE and BE, with and without BOM', () => {
    expect(decodeText(utf16(TEXT, true, true)).text).toBe(TEXT);
    expect(decodeText(utf16(TEXT, false, true)).text).toBe(TEXT);
    expect(decodeText(utf16('policy,plate\r\n1,2\r\n', true, false))).toMatchObject({
      encoding: 'utf-16le',
    });
  });
});

describe('sniffDelimiter', () => {
  it('finds comma, tab and semicolon, ignoring quoted separators', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n"1,5"\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n"x,y";2,5;3\n')).toBe(';');
  });
});
