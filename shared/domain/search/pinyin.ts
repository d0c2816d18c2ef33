// Pinyin keys for a person's name, used by search (`zs` finds 张三, `zhangsan` too).
// `surname: 'head'` makes pinyin-pro read the first character(s) as a surname, so polyphonic
// surnames come out the way people say them: 曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou.
import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  /** Lower-case initials, e.g. 张三 → 'zs'. Latin letters and digits in the name are kept. */
  initials: string;
  /** Lower-case full pinyin without tones or spaces, e.g. 张三 → 'zhangsan'. */
  full: string;
}

const NOT_KEY_CHAR = /[^a-z0-9]/g;

export function namePinyin(name: string): NamePinyin {
  // Spaces come out as they go in and are dropped with every other character that is not a
  // letter or digit (NOT_KEY_CHAR), so a blank name gives empty keys without a check of its own.
  const full = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  });
  const initials = pinyin(name, {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  });
  return {
    initials: initials.join('').toLowerCase().replace(NOT_KEY_CHAR, ''),
    full: full.join('').toLowerCase().replace(NOT_KEY_CHAR, ''),
  };
}
