// Public surface of the pure import code: the file pipeline calls these.
export { findHeaderRow, scoreSheet, headerAt } from './find-header';
export type { HeaderRow } from './find-header';
export { autoMapColumns, headerSignature } from './map-columns';
export { normalizeHeader, matchHeader } from './header-dictionary';
export type { HeaderMatch } from './header-dictionary';
export { insurerFromTitle, findInsurerName, canonicalInsurer } from './insurer-from-title';
export { normalizeRows } from './normalize-row';
export type { NormalizeOptions } from './normalize-row';
export { markDuplicatesInFile } from './duplicates-in-file';
export { nameProblemColumns } from './problem-columns';
export { cellText } from './cell-text';
export { MAPPING_TARGETS, fieldLabelKey } from './field-labels';
export * from './types';
// The rules that decide what an import does with the stored records (the repositories load
// those and write the result).
export { applyFixes } from './apply-fixes';
export { planRows } from './plan-rows';
export type { PlanOptions } from './plan-rows';
export type * from './plan-types';
