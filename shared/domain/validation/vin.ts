// Vehicle identification numbers (ISO 3779 / GB 16735): 17 characters without I, O, Q.
// Position 9 is a check digit; a mismatch is only a warning because typos happen and
// imported cars do not always follow the North-American check-digit rule.
import { toHalfWidth } from '../normalize/text';
import { fail, issue, type ValidationResult } from './result';

const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
}; // prettier-ignore

/** Upper-case, half-width, without spaces and dashes. */
export function normalizeVin(input: string): string {
  return toHalfWidth(input)
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '');
}

/** The expected check character for a 17-character VIN ('0'-'9' or 'X'). */
export function vinCheckChar(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin.charAt(i);
    const value = /[0-9]/.test(ch) ? Number(ch) : (LETTER_VALUES[ch] ?? 0);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const rest = sum % 11;
  return rest === 10 ? 'X' : String(rest);
}

export function validateVin(input: string | null | undefined): ValidationResult<string> {
  const vin = normalizeVin(input ?? '');
  if (vin === '') return fail('vin_empty', '车架号为空', 'The VIN is empty');
  if (vin.length !== 17) {
    return fail(
      'vin_length',
      `车架号“${vin}”应为 17 位，现在是 ${vin.length} 位，请对照行驶证检查`,
      `VIN "${vin}" must have 17 characters; it has ${vin.length}`,
    );
  }
  if (!VIN_RE.test(vin)) {
    const bad = [...vin].filter((ch) => !/[A-HJ-NPR-Z0-9]/.test(ch));
    const shown = [...new Set(bad)].join(' ');
    return fail(
      'vin_chars',
      `车架号“${vin}”含不允许的字符 ${shown}（车架号不用 I、O、Q，可能是 1 或 0），请检查`,
      `VIN "${vin}" contains characters that are not allowed: ${shown} (VINs never use I, O, Q)`,
    );
  }
  const expected = vinCheckChar(vin);
  if (vin.charAt(8) !== expected) {
    const warning = issue(
      'vin_check_digit',
      `车架号“${vin}”第 9 位校验码应为 ${expected}，可能抄错了一位，请核对（进口车可能不适用）`,
      `VIN "${vin}": the check digit (position 9) should be ${expected}; a character may be mistyped (imported cars may not follow this rule)`,
    );
    return { ok: true, value: vin, warnings: [warning] };
  }
  return { ok: true, value: vin, warnings: [] };
}
