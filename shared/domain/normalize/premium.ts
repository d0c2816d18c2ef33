// Premiums as lists write them: 1,234.56 / ¥1234 / ￥1,234.50元 / 1234 元 / -200 / (200.00)
// / 0.35万. Amounts are rounded to fen (2 decimals).
import type { SheetCell } from '../import/types';
import type { TextRef } from '../../i18n/text-ref';
import { problemText } from '../validation/result';
import { toHalfWidth } from './text';

export type PremiumResult =
  { ok: true; value: number | null } | { ok: false; code: 'premium_invalid'; text: TextRef };

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function parsePremium(input: string | number | null | undefined): PremiumResult {
  if (input == null) return { ok: true, value: null };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: round2(input) } : invalid(String(input));
  }
  let text = toHalfWidth(input)
    .replace(/[\s,¥￥]|RMB|CNY|人民币/gi, '')
    .replace(/元$/, '');
  if (text === '' || text === '-') return { ok: true, value: null };
  let sign = 1;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    sign = -1;
    // Stryker disable next-line StringLiteral: (.*) always takes part in the match, the group is never undefined
    text = bracketed[1] ?? '';
  }
  let factor = 1;
  // 0.35万元 has lost its 元 above, so 万 is the last character of every amount in 万.
  if (text.endsWith('万')) {
    factor = 10_000;
    text = text.slice(0, -1);
  }
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return invalid(input);
  return { ok: true, value: round2(sign * factor * Number(text)) };
}

/** A premium cell: numbers as stored (not the formatted text), text parsed as above. */
export function premiumFromCell(cell: SheetCell | null | undefined): PremiumResult {
  if (cell == null || cell.v === null || cell.t === 'z') return { ok: true, value: null };
  if (cell.t === 'e') return invalid(cell.w ?? '#错误');
  if (typeof cell.v === 'number') return parsePremium(cell.v);
  return parsePremium(String(cell.v));
}

function invalid(text: string): PremiumResult {
  return { ok: false, code: 'premium_invalid', text: problemText('premium.invalid', { text }) };
}
