// Insurer names as titles, file names and insurer columns write them → one canonical short
// name, so "中国人民财产保险股份有限公司北京分公司" and "人保财险" are the same insurer (the
// policy key is insurer + policy number).
import { cellText } from './cell-text';
import type { SheetGrid } from './types';
import { normalizeFreeText, toHalfWidth } from '../normalize/text';

/** Canonical name → patterns, most specific first. Lookbehinds keep 投保人保费 from meaning 人保. */
const INSURERS: Array<[string, RegExp]> = [
  ['太平洋', /太平洋|太保|CPIC/i],
  ['安盛天平', /安盛天平|天平汽车|天平保险/],
  ['人保', /中国人民财产|人民财产保险|(?<![投被保险])人保|PICC/i],
  ['国寿财', /国寿财|中国人寿财产|人寿财险|国寿财险|中国人寿/],
  ['平安', /平安/],
  ['中华联合', /中华联合|中华财险|中华保险/],
  ['大地', /大地保险|大地财产|中国大地|大地财险|^大地$/],
  ['阳光', /阳光财产|阳光保险|阳光财险|^阳光$/],
  ['太平', /太平财产|太平保险|太平财险|中国太平|^太平$/],
  ['天安', /天安财产|天安保险|天安财险|^天安$/],
  ['华安', /华安财产|华安保险|华安财险|^华安$/],
  ['永安', /永安财产|永安保险|永安财险|^永安$/],
  ['英大', /英大泰和|英大财产|英大财险|^英大$/],
  ['紫金', /紫金财产|紫金保险|紫金财险|^紫金$/],
  ['渤海', /渤海财产|渤海保险|渤海财险|^渤海$/],
  ['众安', /众安在线|众安保险|众安财险|^众安$/],
  ['华泰', /华泰财产|华泰保险|华泰财险|^华泰$/],
  ['亚太', /亚太财产|亚太保险|亚太财险|^亚太$/],
  ['永诚', /永诚财产|永诚保险|^永诚$/],
  ['都邦', /都邦财产|都邦保险|^都邦$/],
  ['锦泰', /锦泰财产|锦泰保险|^锦泰$/],
  ['诚泰', /诚泰财产|诚泰保险|^诚泰$/],
  ['安诚', /安诚财产|安诚保险|^安诚$/],
  ['北部湾', /北部湾财产|北部湾保险|^北部湾$/],
  ['鼎和', /鼎和财产|鼎和保险|^鼎和$/],
  ['浙商', /浙商财产|浙商保险|^浙商$/],
  ['国任', /国任财产|国任保险|信达财产|^国任$/],
  ['长安', /长安责任|长安保险|^长安$/],
  ['鑫安', /鑫安汽车|鑫安保险|^鑫安$/],
  ['富德', /富德财产|富德保险|^富德$/],
];

/** The canonical short name of an insurer named anywhere in `text`, or null. */
export function findInsurerName(text: string | null | undefined): string | null {
  const cleaned = toHalfWidth(text ?? '').replace(/\s+/g, '');
  if (cleaned === '') return null;
  for (const [name, re] of INSURERS) if (re.test(cleaned)) return name;
  return null;
}

/** An insurer column value: the canonical short name when recognised, else the cleaned text. */
export function canonicalInsurer(text: string | null | undefined): string | null {
  return findInsurerName(text) ?? normalizeFreeText(text);
}

/** The insurer named in the title / export-info rows above the header, or null. */
export function insurerFromTitle(grid: SheetGrid, headerRowIndex: number): string | null {
  for (let r = 0; r < headerRowIndex && r < grid.rows.length; r++) {
    for (const cell of grid.rows[r] ?? []) {
      const name = findInsurerName(cellText(cell));
      if (name) return name;
    }
  }
  return null;
}
