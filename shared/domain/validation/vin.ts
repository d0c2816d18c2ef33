// Vehicle identification numbers (ISO 3779 / GB 16735): 17 characters without I, O, Q.
// Position 9 is a check digit; a mismatch is only a warning because typos happen and
// imported cars do not always follow the North-American check-digit rule.
import { toHalfWidth } from '../normalize/text';
import { fail, issue, type ValidationResult } from './result';

const VIN_CHAR = /[A-HJ-NPR-Z0-9]/;
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
  // Stryker disable next-line EqualityOperator: an 18th round adds 0 (charAt(17) is '', weight 0)
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
  if (vin === '') return fail('vin_empty', 'vin.empty');
  if (vin.length !== 17) {
    return fail('vin_length', 'vin.length', { vin, length: vin.length });
  }
  const bad = [...vin].filter((ch) => !VIN_CHAR.test(ch));
  if (bad.length > 0) {
    const shown = [...new Set(bad)].join(' ');
    return fail('vin_chars', 'vin.chars', { vin, chars: shown });
  }
  const expected = vinCheckChar(vin);
  if (vin.charAt(8) !== expected) {
    const warning = issue('vin_check_digit', 'vin.checkDigit', { vin, expected });
    return { ok: true, value: vin, warnings: [warning] };
  }
  return { ok: true, value: vin, warnings: [] };
}
