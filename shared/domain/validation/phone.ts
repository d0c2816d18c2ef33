// Mainland phone numbers: mobiles, landlines with area code and optional extension, 400/800
// service numbers, and masked numbers (138****1234) that lists sometimes carry: kept and
// flagged, never dialled.
import { toHalfWidth } from '../normalize/text';
import { fail, type ProblemKey, type ValidationFailure, type ValidationIssue } from './result';

export type PhoneType = 'mobile' | 'landline' | 'service' | 'masked';

export type PhoneResult =
  | {
      ok: true;
      /** Mobiles as 11 digits; landlines as 区号-号码[-分机]; service numbers as digits. */
      value: string;
      type: PhoneType;
      masked: boolean;
      dialable: boolean;
      warnings: ValidationIssue[];
    }
  | ValidationFailure;

const EXTENSION = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;

/** Half-width, +86 / 0086 removed, spaces, dashes and brackets removed (extension kept apart). */
export function normalizePhone(input: string): { digits: string; extension: string | null } {
  let text = toHalfWidth(input)
    .trim()
    .replace(/[×xX]{4}/g, '****');
  let extension: string | null = null;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1] ?? null;
    text = text.slice(0, ext.index);
  } else {
    // 010-12345678-123: a third dash group after a full landline is an extension.
    const dashed = /^(\(?0\d{2,3}\)?[\s-]*\d{7,8})-(\d{1,6})$/.exec(text);
    if (dashed) {
      extension = dashed[2] ?? null;
      text = dashed[1] ?? text;
    }
  }
  const digits = text
    .replace(/[\s\-()（）[\]【】.]/g, '')
    // +86 only before a number of a length it can have: 9 to 11 digits after a trunk 0, or 11
    // digits or asterisks (a mobile, masked or not).
    .replace(/^\+?0{0,2}86(?=0?\d{9,11}$|\d[*\d]{10}$)/, '');
  return { digits, extension };
}

export function validatePhone(input: string | null | undefined): PhoneResult {
  const raw = (input ?? '').trim();
  if (raw === '') return fail('phone_empty', 'phone.empty');
  const { digits, extension } = normalizePhone(raw);
  if (/^1[3-9*][\d*]{9}$/.test(digits) && digits.includes('*')) {
    return { ok: true, value: digits, type: 'masked', masked: true, dialable: false, warnings: [] };
  }
  if (/^1[3-9]\d{9}$/.test(digits) && extension === null) {
    return { ok: true, value: digits, type: 'mobile', masked: false, dialable: true, warnings: [] };
  }
  if (/^[48]00\d{7}$/.test(digits)) {
    const value = extension ? `${digits}-${extension}` : digits;
    return { ok: true, value, type: 'service', masked: false, dialable: true, warnings: [] };
  }
  const landline = /^(0(?:[12]\d|\d{3}))(\d{7,8})$/.exec(digits);
  if (landline) {
    const value = `${landline[1]}-${landline[2]}${extension ? `-${extension}` : ''}`;
    return { ok: true, value, type: 'landline', masked: false, dialable: true, warnings: [] };
  }
  return fail('phone_invalid', phoneReason(digits), { raw, length: digits.length });
}

/** Which wording says in plain words what is wrong, so the user knows what to fix. */
function phoneReason(digits: string): ProblemKey {
  if (/^\d{7,8}$/.test(digits)) return 'phone.noAreaCode';
  if (/^1\d*$/.test(digits) && digits.length !== 11) return 'phone.mobileLength';
  if (/^1[0-2]/.test(digits)) return 'phone.mobileSecondDigit';
  return 'phone.invalid';
}

/**
 * Separators between several numbers in one cell. Whitespace is handled separately. A run of
 * them leaves empty parts between, which are skipped.
 */
const LIST_SEPARATORS = /[/,，;；、\n\r|]/;

/**
 * Several numbers in one cell → the individual raw numbers (not yet validated). Whitespace
 * separates numbers only when the joined text is not itself one number ("138 1234 5678").
 */
export function splitPhones(cell: string | null | undefined): string[] {
  const out: string[] = [];
  for (const part of toHalfWidth(cell ?? '').split(LIST_SEPARATORS)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    if (validatePhone(trimmed).ok) {
      out.push(trimmed);
      continue;
    }
    // Trimmed: no empty part at either end. Without whitespace this is the part itself.
    out.push(...trimmed.split(/\s+/));
  }
  return out;
}

// Lists import the mask next to the validator.
export { maskPhone } from './mask';
