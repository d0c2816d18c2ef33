export { toHalfWidth, cleanText, normalizeName, normalizeFreeText } from './text';
export { excelSerialToDate, parseDateText, normalizeDateCell } from './dates';
export type { DateParseResult, DateErrorCode } from './dates';
export { textIdFromCell, cleanTextId } from './text-id';
export type { TextIdResult, TextIdIssue } from './text-id';
export { parsePremium, premiumFromCell } from './premium';
export type { PremiumResult } from './premium';
export { kindFromText } from './kind';
