export type {
  ValidationResult,
  ValidationIssue,
  ValidationFailure,
  ValidationSuccess,
} from './result';
export {
  validatePlate,
  normalizePlate,
  normalizePlateForSearch,
  stripPlateProvince,
  PROVINCE_CHARS,
} from './plate';
export type { PlateResult, PlateKind } from './plate';
export { validateVin, normalizeVin, vinCheckChar } from './vin';
export { validateIdNumber, normalizeIdNumber, idCheckChar } from './id-number';
export type { IdNumberOptions } from './id-number';
export { validatePhone, normalizePhone, splitPhones } from './phone';
export type { PhoneResult, PhoneType } from './phone';
export { maskPhone, maskIdNumber } from './mask';
export { validateIsoDate, validateDateRange, isRealDate, isLeapYear, daysInMonth } from './dates';
