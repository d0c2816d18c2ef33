// Chinese licence plates (GA 36-2018). Refuse what cannot be a plate, warn on special plates
// (emergency, civil aviation, military, temporary) we do not check in detail, and recognise
// "no plate yet" markers that lists use for new cars.
import { toHalfWidth } from '../normalize/text';
import {
  fail,
  issue,
  type ProblemKey,
  type ValidationFailure,
  type ValidationIssue,
} from './result';

export const PROVINCE_CHARS = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Letters allowed on plates: A-Z without I and O. */
const L = 'A-HJ-NP-Z';
const ENERGY = 'DABCEFGHJK';
const P = `[${PROVINCE_CHARS}]`;

const STANDARD = new RegExp(`^[${PROVINCE_CHARS}使领][${L}][${L}0-9]{4}[${L}0-9挂学警港澳领使]$`);
const NEW_ENERGY = new RegExp(`^${P}[${L}](?:[0-9]{5}[${ENERGY}]|[${ENERGY}][${L}0-9][0-9]{4})$`);
/** Embassy plates: 使 plus six digits, in either order as lists write them. */
const EMBASSY = /^(?:使[0-9]{6}|[0-9]{6}使)$/;
/** Special plates: accepted with a warning because their formats vary and we do not check them. */
const SPECIAL = [
  { re: /应急/, kind: 'emergency' },
  { re: /^民航/, kind: 'civil_aviation' },
  { re: new RegExp(`^WJ${P}?[0-9A-Z]{4,6}$`), kind: 'military' },
  { re: /^[A-Z][A-Z][0-9]{5}$/, kind: 'military' },
  { re: /临/, kind: 'temporary' },
] as const;

export type PlateKind =
  'standard' | 'new_energy' | 'embassy' | 'emergency' | 'civil_aviation' | 'military' | 'temporary';

export type PlateResult =
  | {
      ok: true;
      /** Normalised plate, or null when the list says the car has no plate yet. */
      value: string | null;
      noPlate: boolean;
      kind: PlateKind | null;
      warnings: ValidationIssue[];
    }
  | ValidationFailure;

/** 暂无牌照 and 无牌照 contain 无牌. */
const NO_PLATE = /\*|＊|新车|未上牌|无牌|未挂牌/;

/** Upper-case, half-width, without spaces, `·` and dashes: 京a·12345 → 京A12345. */
export function normalizePlate(input: string): string {
  return toHalfWidth(input)
    .toUpperCase()
    .replace(/[\s·•・.\-_]/g, '');
}

/**
 * Plate text for search: normalised as above. Search matches with or without the province
 * character, so callers index both the full plate and `stripPlateProvince(plate)`.
 */
export function normalizePlateForSearch(input: string): string {
  return normalizePlate(input);
}

/** The plate without its leading province character (京A12345 → A12345). */
export function stripPlateProvince(plate: string): string {
  const first = plate.charAt(0);
  return PROVINCE_CHARS.includes(first) ? plate.slice(1) : plate;
}

export function validatePlate(input: string | null | undefined): PlateResult {
  const raw = (input ?? '').trim();
  if (raw === '') {
    return fail('plate_empty', 'plate.empty');
  }
  if (NO_PLATE.test(raw)) {
    return { ok: true, value: null, noPlate: true, kind: null, warnings: [] };
  }
  const plate = normalizePlate(raw);
  if (STANDARD.test(plate))
    return { ok: true, value: plate, noPlate: false, kind: 'standard', warnings: [] };
  if (NEW_ENERGY.test(plate)) {
    return { ok: true, value: plate, noPlate: false, kind: 'new_energy', warnings: [] };
  }
  if (EMBASSY.test(plate))
    return { ok: true, value: plate, noPlate: false, kind: 'embassy', warnings: [] };
  for (const special of SPECIAL) {
    if (special.re.test(plate)) {
      const warning = issue('plate_special', 'plate.special', { plate });
      return { ok: true, value: plate, noPlate: false, kind: special.kind, warnings: [warning] };
    }
  }
  return fail('plate_invalid', plateReason(plate), { plate, length: plate.length });
}

/** Which wording says in plain words what is wrong, so the user knows what to fix. */
function plateReason(plate: string): ProblemKey {
  const first = plate.charAt(0);
  if (!PROVINCE_CHARS.includes(first) && first !== '使' && first !== '领')
    return 'plate.noProvince';
  if (/[IO]/.test(plate)) return 'plate.letterIO';
  if (plate.length !== 7 && plate.length !== 8) return 'plate.length';
  return 'plate.invalid';
}
