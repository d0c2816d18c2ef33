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
  return toHalfWidth(input).toUpperCase().replace(/\s/g, '');
}

/** The check character for the first 17 digits of a resident ID number (more are not read). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  // Stryker disable next-line EqualityOperator: an 18th round adds 0 (weight 0, or Number('') 0)
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
  if (id === '') return fail('id_empty', 'id.empty');
  if (/^\d{15}$/.test(id)) {
    return fail('id_old_15', 'id.old15', { id });
  }
  if (id.length !== 18) {
    return fail('id_length', 'id.length', { id, length: id.length });
  }
  // 18 characters here: the pattern covers them all without anchors.
  if (!/\d{17}[\dX]/.test(id)) {
    return fail('id_chars', 'id.chars', { id });
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const year = Number(id.slice(6, 10));
  // Without today no birth date is too late.
  const latest = options.today ?? '9999-12-31';
  if (!isRealDate(birth) || year < 1900 || birth > latest) {
    return fail('id_birth_date', 'id.birthDate', { id, birth: id.slice(6, 14) });
  }
  const expected = idCheckChar(id);
  if (id.charAt(17) !== expected) {
    return fail('id_check_char', 'id.checkChar', { id, expected });
  }
  return { ok: true, value: id, warnings: [] };
}

export { maskIdNumber } from './mask';
