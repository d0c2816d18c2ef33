// Resident identity numbers (GB 11643-1999): 17 digits and a check character, with the
// birth date in characters 7-14. A wrong check character is refused: unlike VINs, ID
// numbers always follow the rule, so a mismatch means a typo.
import { toHalfWidth } from '../normalize/text';
import { isRealDate } from './dates';
import { fail, type ValidationResult } from './result';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Half-width, upper-case (a lower-case x fixed), spaces removed. */
export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input).toUpperCase().replace(/\s+/g, '');
}

/** The check character for the first 17 digits of a resident ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export interface IdNumberOptions {
  /** Today's date 'YYYY-MM-DD'; when given, a birth date after it is refused. */
  today?: string;
}

export function validateIdNumber(
  input: string | null | undefined,
  options: IdNumberOptions = {},
): ValidationResult<string> {
  const id = normalizeIdNumber(input ?? '');
  if (id === '') return fail('id_empty', '证件号码为空', 'The ID number is empty');
  if (/^\d{15}$/.test(id)) {
    return fail(
      'id_old_15',
      `身份证号“${id}”是 15 位旧号码，请改填 18 位新号码`,
      `ID number "${id}" is an old 15-digit number; please enter the 18-character number`,
    );
  }
  if (id.length !== 18) {
    return fail(
      'id_length',
      `身份证号“${id}”应为 18 位，现在是 ${id.length} 位`,
      `ID number "${id}" must have 18 characters; it has ${id.length}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail(
      'id_chars',
      `身份证号“${id}”前 17 位应全是数字，最后一位是数字或 X`,
      `ID number "${id}": the first 17 characters must be digits, the last a digit or X`,
    );
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const year = Number(id.slice(6, 10));
  if (!isRealDate(birth) || year < 1900 || (options.today !== undefined && birth > options.today)) {
    return fail(
      'id_birth_date',
      `身份证号“${id}”第 7-14 位的出生日期 ${id.slice(6, 14)} 不是真实日期，请检查`,
      `ID number "${id}": the birth date in characters 7-14 (${id.slice(6, 14)}) is not a real date`,
    );
  }
  const expected = idCheckChar(id.slice(0, 17));
  if (id.charAt(17) !== expected) {
    return fail(
      'id_check_char',
      `身份证号“${id}”最后一位校验码应为 ${expected}，可能有一位抄错了，请核对`,
      `ID number "${id}": the last (check) character should be ${expected}; a digit may be mistyped`,
    );
  }
  return { ok: true, value: id, warnings: [] };
}

export { maskIdNumber } from './mask';
