// Policy kind from the 险种 / 险别 / 名单类型 text of a list.
import type { PolicyKind } from '../types';
import { toHalfWidth } from './text';

const COMPULSORY = /交强|强制|机动车交通事故责任|JQX|^JQ$/i;
const COMMERCIAL =
  /商业|商险|车损|车辆损失|三者|第三者|座位|车上人员|盗抢|不计免赔|玻璃|划痕|自燃|SYX|^SY$/i;

/**
 * 交强 / 强制 → compulsory; 商业 / 商险 / 车损 / 三者 … → commercial. Text naming both (交强+商业)
 * or neither → null: the row does not say which one it is.
 */
export function kindFromText(input: string | null | undefined): PolicyKind | null {
  if (input == null) return null;
  // Empty text matches neither pattern below: null without a check of its own.
  const text = toHalfWidth(input).replace(/\s/g, '');
  const compulsory = COMPULSORY.test(text);
  const commercial = COMMERCIAL.test(text);
  if (compulsory && !commercial) return 'compulsory';
  if (commercial && !compulsory) return 'commercial';
  return null;
}
