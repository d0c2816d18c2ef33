// Rows that are not policies: totals, signatures and print notes under the table, and the
// header repeated on every printed page.
import { cellText } from './cell-text';
import { normalizeHeader } from './header-dictionary';
import type { ColumnMapping, SheetCell } from './types';

const FOOTER =
  /^(?:合计|总计|小计|累计|共计|总数|制表|签字|签名|签章|盖章|审核|复核|批准|负责人|打印日期|打印时间|打印人|导出时间|导出日期|导出人|注[:：]|说明[:：]|备注[:：]|数据截止|第\d+页)/;

export function isFooterRow(row: readonly SheetCell[]): boolean {
  for (const cell of row) {
    const text = cellText(cell).replace(/\s+/g, '');
    if (text === '') continue;
    return FOOTER.test(text);
  }
  return false;
}

/** The header row again (multi-page exports repeat it): at least half the mapped headers match. */
export function isRepeatedHeader(row: readonly SheetCell[], mapping: ColumnMapping): boolean {
  const mapped = mapping.columns.filter((c) => c.target !== null && c.header !== '');
  if (mapped.length === 0) return false;
  let same = 0;
  for (const c of mapped) {
    const text = cellText(row[c.index]);
    // Cheap test first: data cells rarely share even the first character with their header.
    if (
      text !== '' &&
      text.charAt(0) === c.header.charAt(0) &&
      normalizeHeader(text) === normalizeHeader(c.header)
    ) {
      same++;
    }
  }
  return same * 2 >= mapped.length;
}
